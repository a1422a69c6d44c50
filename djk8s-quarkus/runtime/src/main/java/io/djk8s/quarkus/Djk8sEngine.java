package io.djk8s.quarkus;

import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeNames;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ProbeServiceBuilder;
import io.djk8s.core.http.ProbeAnswers;
import io.djk8s.core.policy.PolicyReader;
import io.djk8s.core.policy.PolicyResult;
import io.djk8s.core.probes.BuiltInProbes;
import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsResult;
import io.djk8s.core.settings.SettingsSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.inject.Any;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The composition root of a Quarkus application: reads and validates the settings, resolves the
 * probe beans ArC kept (see the deployment module) and the built-ins, and builds the engine once.
 * Everything downstream (the route, the health bridge, metrics, status files) receives the engine.
 */
final class Djk8sEngine {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final ProbeService service;
  private final ProbeAnswers answers;
  private final NoWaitAnswers noWait;

  private Djk8sEngine(ProbeService service) {
    this.service = service;
    this.answers = new ProbeAnswers(service);
    this.noWait = new NoWaitAnswers(service);
  }

  ProbeService service() {
    return service;
  }

  /** The answers that run the probes and wait for them: never on the event loop. */
  ProbeAnswers answers() {
    return answers;
  }

  /** The answers the event loop may give itself, when no probe has to run. */
  NoWaitAnswers noWait() {
    return noWait;
  }

  /**
   * Builds the engine from the application's configuration and beans.
   *
   * @throws IllegalStateException listing every configuration problem, each with key and value
   */
  static Djk8sEngine build(ManualReadiness manual, ApplicationState state) {
    SettingsSource source = QuarkusSettings.of(ConfigProvider.getConfig());
    SettingsResult read = SettingsReader.read(source);
    List<String> problems = new ArrayList<>(read.problems());
    if (read.settings().isEmpty()) {
      throw invalid(problems);
    }
    Djk8sSettings settings = read.settings().get();
    ProbeCatalog catalog =
        new ProbeCatalog(
            applicationProbes(),
            List.of(
                new ProbeCatalog.Candidate(
                    LifecycleProbes.MANUAL, ManualReadiness.class.getName(), manual),
                new ProbeCatalog.Candidate(
                    LifecycleProbes.SHUTDOWN, "shutdown", state.shutdownProbe()),
                new ProbeCatalog.Candidate(
                    LifecycleProbes.DEPLOYMENT, "deployment", state.deploymentProbe())));
    ProbeCatalog.Resolved resolved = catalog.resolve(settings);
    problems.addAll(resolved.problems());
    for (List<ProbeCatalog.Entry> group : resolved.groups().values()) {
      for (ProbeCatalog.Entry entry : group) {
        entry
            .builtIn()
            .ifPresent(
                builtIn -> {
                  KeyReader config = new KeyReader(source);
                  builtIn.validate().accept(config);
                  problems.addAll(config.problems());
                });
      }
    }
    Set<String> known = new LinkedHashSet<>();
    resolved.groups().values().forEach(group -> group.forEach(entry -> known.add(entry.name())));
    BuiltInProbes.ALL.forEach(builtIn -> known.add(builtIn.name()));
    PolicyResult policy = PolicyReader.read(source, settings, known, ProbeNames.upstreamAliases());
    problems.addAll(policy.problems());
    if (!problems.isEmpty()) {
      throw invalid(problems.stream().distinct().toList());
    }
    policy.warnings().forEach(warning -> LOG.warning(() -> "djk8s: " + warning));
    ProbeHost host = new AgroalProbeHost();
    ProbeServiceBuilder builder = new ProbeServiceBuilder(settings).policies(policy.policies());
    for (Map.Entry<ProbeGroup, List<ProbeCatalog.Entry>> group : resolved.groups().entrySet()) {
      for (ProbeCatalog.Entry entry : group.getValue()) {
        ReadinessProbe probe;
        if (entry.builtIn().isPresent()) {
          probe = entry.builtIn().get().create(new KeyReader(source), host);
          if (probe instanceof AutoCloseable closeable) {
            builder.owns(closeable);
          }
        } else {
          probe = entry.bean().orElseThrow();
        }
        builder.add(group.getKey(), new NamedProbe(entry.name(), probe));
      }
    }
    ProbeService service = builder.build();
    manual.onChange(() -> service.invalidate(LifecycleProbes.MANUAL));
    LOG.info(() -> service.describe() + (settings.filterEnabled() ? "" : " (route disabled)"));
    return new Djk8sEngine(service);
  }

  private static List<ProbeCatalog.Candidate> applicationProbes() {
    List<ProbeCatalog.Candidate> found = new ArrayList<>();
    for (InstanceHandle<ReadinessProbe> handle :
        Arc.container().listAll(ReadinessProbe.class, Any.Literal.INSTANCE)) {
      Class<?> type = handle.getBean().getBeanClass();
      if (type == ManualReadiness.class) {
        continue;
      }
      found.add(new ProbeCatalog.Candidate(ProbeNames.of(type), type.getName(), handle.get()));
    }
    return found;
  }

  private static IllegalStateException invalid(List<String> problems) {
    return new IllegalStateException(
        "djk8s configuration is invalid:\n - " + String.join("\n - ", problems));
  }
}
