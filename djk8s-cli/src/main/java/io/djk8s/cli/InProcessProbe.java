package io.djk8s.cli;

import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeEngine;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeNames;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeReport;
import io.djk8s.core.engine.RefreshScheduler;
import io.djk8s.core.engine.Ticker;
import io.djk8s.core.policy.PolicyReader;
import io.djk8s.core.policy.PolicyResult;
import io.djk8s.core.policy.ProbePolicies;
import io.djk8s.core.probes.BuiltInProbes;
import io.djk8s.core.settings.DetailsPolicy;
import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsResult;
import io.djk8s.core.settings.SettingsSource;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In-process mode: runs the configured probe list in this JVM, with the application's MicroProfile
 * Config and classpath and the same deadlines ({@code djk8s.probe.timeout}, and each probe's {@code
 * djk8s.probes.<name>.timeout}) and engine as the HTTP path. An optional probe does not fail the
 * check; a probe's interval has no meaning in a run of its own and is not used. It does not boot a
 * CDI container: that would start the whole application (its observers, schedulers, perhaps its
 * HTTP server) inside every exec probe, for seconds of CPU. Instead the built-in probes are built
 * directly ({@code database} over {@code djk8s.datasource.*}), and a probe named by class is
 * instantiated through its public no-argument constructor. Probes that need injection are answered
 * by client or file mode.
 */
final class InProcessProbe {

  private final SettingsSource config;

  private InProcessProbe(SettingsSource config) {
    this.config = config;
  }

  static InProcessProbe fromConfig() {
    CliLogging.configure();
    return new InProcessProbe(CliSettings.of(ConfigProvider.getConfig()));
  }

  static InProcessProbe of(Config config) {
    return new InProcessProbe(CliSettings.of(config));
  }

  ProbeResult check(ProbeGroup group) {
    SettingsResult read = SettingsReader.read(config);
    if (read.settings().isEmpty()) {
      throw CliFailure.usage(
          "probe: djk8s configuration is invalid:\n - " + String.join("\n - ", read.problems()));
    }
    Djk8sSettings settings = read.settings().get();
    List<NamedProbe> probes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String entry : group.configured(settings)) {
      try {
        probes.add(resolve(entry));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      String key = group.key();
      throw CliFailure.usage(
          "probe: "
              + key
              + "='"
              + String.join(",", group.configured(settings))
              + "' cannot run in-process:\n - "
              + String.join("\n - ", problems));
    }
    if (probes.isEmpty()) {
      return ProbeResult.ok();
    }
    ProbePolicies policies = policies(settings, probes);
    DriverManager.getDrivers(); // load the JDBC drivers before the deadline starts, not within it
    ProbeReport report;
    // each probe by its own deadline; one run, so no reuse and no background refresh
    try (ProbeEngine engine =
        new ProbeEngine(policies, probes.size() + 1, Ticker.SYSTEM, RefreshScheduler::daemon)) {
      report = engine.run(probes, ProbeOrigin.CLI, Duration.ZERO);
    }
    if (report.ready()) {
      return ProbeResult.ok();
    }
    ProbeOutcome failure = report.firstFailure().orElseThrow();
    return settings.details() == DetailsPolicy.ALWAYS
        ? ProbeResult.notReady(failure.content(), failure.detail())
        : ProbeResult.notReadyDetailWithheld(failure.content(), failure.detail());
  }

  /** The per-probe keys of the probes this run checks, as the application reads them. */
  private ProbePolicies policies(Djk8sSettings settings, List<NamedProbe> probes) {
    // keys naming the application's other probes are its own to check, at deployment
    Set<String> running = new LinkedHashSet<>();
    probes.forEach(probe -> running.add(probe.name()));
    PolicyResult policy =
        PolicyReader.readSome(config, settings, running, ProbeNames.upstreamAliases());
    if (!policy.problems().isEmpty()) {
      throw CliFailure.usage(
          "probe: djk8s configuration is invalid:\n - " + String.join("\n - ", policy.problems()));
    }
    return policy.policies();
  }

  private NamedProbe resolve(String entry) {
    String name = ProbeNames.withoutUpstreamAlias(entry);
    Optional<BuiltInProbe> builtIn = BuiltInProbes.named(name);
    if (builtIn.isPresent()) {
      try {
        return new NamedProbe(name, builtIn.get().create(new KeyReader(config), ProbeHost.NONE));
      } catch (IllegalStateException misconfigured) {
        throw new IllegalArgumentException(misconfigured.getMessage(), misconfigured);
      }
    }
    Class<?> type;
    try {
      type = Class.forName(entry, true, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException(
          "'"
              + entry
              + "' is neither a built-in probe ("
              + BuiltInProbes.ALL.stream().map(BuiltInProbe::name).collect(Collectors.joining(", "))
              + ") nor a class on this classpath; probes that need CDI are answered by --url"
              + " (client mode) or --status-dir (file mode)");
    }
    if (!ReadinessProbe.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(
          "class " + entry + " does not implement io.djk8s.ReadinessProbe");
    }
    try {
      return new NamedProbe(
          ProbeNames.of(type), (ReadinessProbe) type.getConstructor().newInstance());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException(
          "probe class "
              + entry
              + " cannot be created without CDI (it needs a public no-argument constructor): "
              + e);
    }
  }
}
