package io.djk8s.impl.cli;

import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
import io.djk8s.impl.config.Djk8sKeys;
import io.djk8s.impl.config.Djk8sSettings;
import io.djk8s.impl.config.SettingsReader;
import io.djk8s.impl.config.SettingsResult;
import io.djk8s.impl.probe.NamedProbe;
import io.djk8s.impl.probe.ProbeEngine;
import io.djk8s.impl.probe.ProbeGroup;
import io.djk8s.impl.probe.ProbeNames;
import io.djk8s.impl.probe.ProbeOutcome;
import io.djk8s.impl.probe.ProbeReport;
import io.djk8s.impl.probes.jdbc.ConfiguredDatabaseProbe;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In-process mode: runs the configured probe list in this JVM, with the application's MicroProfile
 * Config and classpath and the same deadline ({@code djk8s.probe.timeout}) and engine as the HTTP
 * path. It does not boot a CDI container: that would start the whole application (its observers,
 * schedulers, perhaps its HTTP server) inside every exec probe, for seconds of CPU. Instead the
 * built-in probes are built directly ({@code database} over {@code djk8s.datasource.*}), and a
 * probe named by class is instantiated through its public no-argument constructor. Probes that need
 * injection are answered by client or file mode.
 */
final class InProcessProbe {

  private static final Map<String, Function<Config, ReadinessProbe>> BUILT_IN =
      Map.of("database", ConfiguredDatabaseProbe::of);

  private final Config config;

  private InProcessProbe(Config config) {
    this.config = config;
  }

  static InProcessProbe fromConfig() {
    CliLogging.configure();
    return new InProcessProbe(ConfigProvider.getConfig());
  }

  static InProcessProbe of(Config config) {
    return new InProcessProbe(config);
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
    for (String entry : settings.probes(group)) {
      try {
        probes.add(resolve(entry));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      String key =
          group == ProbeGroup.READINESS ? Djk8sKeys.READINESS_PROBES : Djk8sKeys.LIVENESS_PROBES;
      throw CliFailure.usage(
          "probe: "
              + key
              + "='"
              + String.join(",", settings.probes(group))
              + "' cannot run in-process:\n - "
              + String.join("\n - ", problems));
    }
    if (probes.isEmpty()) {
      return ProbeResult.ok();
    }
    DriverManager.getDrivers(); // load the JDBC drivers before the deadline starts, not within it
    ProbeReport report;
    try (ProbeEngine engine = new ProbeEngine(settings.probeTimeout(), probes.size() + 1)) {
      report = engine.run(probes, ProbeOrigin.CLI, Duration.ZERO);
    }
    if (report.ready()) {
      return ProbeResult.ok();
    }
    ProbeOutcome failure = report.firstFailure().orElseThrow();
    return ProbeResult.notReady(failure.content(), failure.detail());
  }

  private NamedProbe resolve(String entry) {
    String name = ProbeNames.withoutUpstreamAlias(entry);
    Function<Config, ReadinessProbe> builtIn = BUILT_IN.get(name);
    if (builtIn != null) {
      return new NamedProbe(name, builtIn.apply(config));
    }
    Class<?> type;
    try {
      type = Class.forName(entry, true, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException(
          "'"
              + entry
              + "' is neither a built-in probe ("
              + String.join(", ", BUILT_IN.keySet())
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
