package io.djk8s.core.probes.system;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Ready while the system's 1-minute load average per CPU is below {@code djk8s.load.max-per-cpu}
 * (default 90%). Where the operating system reports no load average (Windows), the probe is not
 * ready and says so.
 */
@ProbeName("load")
public class LoadProbe implements ReadinessProbe {

  /** The body of a not-ready answer. */
  public static final String NOT_READY_CONTENT = "load: system load too high";

  /** The body when the operating system has no load average. */
  public static final String NO_LOAD_AVERAGE_CONTENT = "load: no load average on this system";

  /** What the operating system reports; replaced in unit tests. */
  interface Os {
    /**
     * The 1-minute load average.
     *
     * @return the load average, negative when unavailable
     */
    double loadAverage();

    /**
     * The CPUs this JVM may use.
     *
     * @return at least 1
     */
    int cpus();
  }

  private final double maxPerCpu;
  private final Os system;

  /** The highest 1-minute load average per CPU the probe accepts. */
  public static final Key MAX_PER_CPU =
      Key.of("djk8s.load.max-per-cpu", Key.Type.FRACTION, "90%", "highest load average per CPU")
          .max("10000%");

  /** The declaration of the built-in {@code load} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe(
          "load",
          LoadProbe.class,
          false,
          List.of(MAX_PER_CPU),
          LoadProbe::validate,
          LoadProbe::new);

  private LoadProbe(KeyReader config, ProbeHost host) {
    this(maxPerCpu(config), operatingSystem());
  }

  LoadProbe(double maxPerCpu, Os system) {
    this.maxPerCpu = maxPerCpu;
    this.system = system;
  }

  private static Os operatingSystem() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return new Os() {
      @Override
      public double loadAverage() {
        return os.getSystemLoadAverage();
      }

      @Override
      public int cpus() {
        return Runtime.getRuntime().availableProcessors();
      }
    };
  }

  /**
   * Reads {@code djk8s.load.max-per-cpu}.
   *
   * @param config the configuration
   * @return the largest ready load per CPU, above 0
   */
  static double maxPerCpu(KeyReader config) {
    return config.fraction(MAX_PER_CPU);
  }

  /**
   * Reads this probe's configuration into a reader that collects its problems: the deployment
   * check.
   *
   * @param config collects problems
   */
  public static void validate(KeyReader config) {
    maxPerCpu(config);
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    double load = system.loadAverage();
    if (load < 0) {
      throw new NotReady(
          NO_LOAD_AVERAGE_CONTENT,
          "the operating system reports no load average (OperatingSystemMXBean answered "
              + load
              + "); remove 'load' from the probe list on this system",
          null);
    }
    int cpus = Math.max(1, system.cpus());
    double perCpu = load / cpus;
    if (perCpu >= maxPerCpu) {
      throw new NotReady(
          NOT_READY_CONTENT,
          String.format(
              Locale.ROOT,
              "1-minute load average %.2f on %d CPU%s is %.0f%% per CPU, at or above the"
                  + " maximum %.0f%%",
              load,
              cpus,
              cpus == 1 ? "" : "s",
              perCpu * 100,
              maxPerCpu * 100),
          null);
    }
  }
}
