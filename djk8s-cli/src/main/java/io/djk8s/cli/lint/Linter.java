package io.djk8s.cli.lint;

import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsResult;
import io.djk8s.core.settings.SettingsSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies every rule to every container of the manifests. A container's djk8s settings are read by
 * {@link SettingsReader} from its own environment, so defaults and paths are djk8s's own.
 */
public final class Linter {

  private static final List<ContainerRules> RULES =
      List.of(
          new ProbeTargetRules(),
          new LivenessRules(),
          new TimeoutRules(),
          new ShutdownRules(),
          new CommandRules());

  private Linter() {}

  /**
   * Lints manifests.
   *
   * @param manifests the manifests read
   * @return every finding, by file and line
   */
  public static List<Finding> lint(Manifests manifests) {
    List<Finding> findings = new ArrayList<>(manifests.problems());
    for (Workload workload : manifests.workloads()) {
      for (Container container : workload.containers()) {
        ContainerContext context = context(workload, container, findings);
        boolean djk8s = isDjk8s(context);
        for (ContainerRules rules : RULES) {
          rules.check(context, djk8s);
        }
      }
    }
    findings.sort(
        Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparing(f -> f.rule().id()));
    return findings;
  }

  /**
   * The settings djk8s would read in a container, from its environment.
   *
   * @param container the container
   * @return the source
   */
  public static SettingsSource source(Container container) {
    return SettingsSource.of(
        key ->
            Optional.ofNullable(container.env().get(ContainerContext.variable(key)))
                .or(() -> Optional.ofNullable(container.env().get(key)))
                .map(Located::value),
        () -> container.env().keySet());
  }

  /**
   * The container's djk8s settings; the defaults when its environment is invalid.
   *
   * @param container the container
   * @return the settings
   */
  public static Djk8sSettings settings(Container container) {
    return SettingsReader.read(source(container)).settings().orElseGet(Linter::defaults);
  }

  private static ContainerContext context(
      Workload workload, Container container, List<Finding> findings) {
    SettingsSource source = source(container);
    SettingsResult result = SettingsReader.read(source);
    ContainerContext context =
        new ContainerContext(
            workload, container, source, result.settings().orElseGet(Linter::defaults), findings);
    if (result.settings().isEmpty() && hasDjk8sEnvironment(container)) {
      for (String problem : result.problems()) {
        String key = problem.split("[=: ]", 2)[0];
        Located where =
            context.located(key).orElse(new Located("", workload.file(), container.line()));
        context.report(Rule.SETTINGS, where.file(), where.line(), problem);
      }
    }
    return context;
  }

  private static Djk8sSettings defaults() {
    return SettingsReader.read(SettingsSource.of(Map.of()))
        .settings()
        .orElseThrow(() -> new IllegalStateException("djk8s's defaults do not validate"));
  }

  private static boolean hasDjk8sEnvironment(Container container) {
    return container.env().keySet().stream().anyMatch(name -> name.startsWith("DJK8S_"));
  }

  /** Whether djk8s runs in the container: its environment, paths or command say so. */
  private static boolean isDjk8s(ContainerContext context) {
    Container container = context.container();
    if (hasDjk8sEnvironment(container)
        || Djk8sCommandLine.arguments(container.command()).isPresent()) {
      return true;
    }
    for (Probe probe : container.probes()) {
      if (Djk8sCommandLine.arguments(probe.exec()).isPresent()
          || probe
              .http()
              .flatMap(get -> Djk8sPaths.group(context.settings(), get.path()))
              .isPresent()) {
        return true;
      }
    }
    return false;
  }
}
