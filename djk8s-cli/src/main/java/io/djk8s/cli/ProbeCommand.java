package io.djk8s.cli;

import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.DurationText;
import io.djk8s.core.settings.KeyReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code probe}: the exec probe. Flags as upstream ({@code -R}, {@code -L}, {@code -H}, {@code
 * -q}); the state comes from one of three modes, see {@link Mode}.
 */
@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks readiness (-R) or liveness (-L/-H) for a Kubernetes exec probe.",
      "Exit codes: 0 ready, 1 not ready, 2 usage or configuration error, 3 no answer."
    })
final class ProbeCommand implements Callable<Integer>, EnvironmentAware {

  /** The longest {@code --timeout}: {@code djk8s.probe.timeout}'s own maximum. */
  static final String MAX_TIMEOUT = "60s";

  /** The longest {@code --max-age}: three of {@code djk8s.status.interval}'s maximum. */
  static final String MAX_AGE = "30m";

  /** Where the state comes from. */
  enum Mode {
    /** Runs the configured probes in this JVM. */
    IN_PROCESS,
    /** Asks the running application over HTTP on loopback. */
    CLIENT,
    /** Reads the status file the running application refreshes. */
    FILE,
    /** Asks the running application's {@code grpc.health.v1.Health} service ({@link GrpcProbe}). */
    GRPC
  }

  @Spec CommandSpec spec;

  @Option(
      names = {"-R", "--ready"},
      description = "Check readiness: runs the readiness probes.")
  boolean ready;

  @Option(
      names = {"-L", "--live"},
      description = "Check liveness.")
  boolean live;

  @Option(
      names = {"-H", "--health"},
      description = "Check health (same as --live).")
  boolean health;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing; only the exit code tells.")
  boolean quiet;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description =
          "in-process, client or file (default: client with --url, file with"
              + " --status-dir, else djk8s.cli.probe.mode, else in-process).")
  String mode;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Client mode: base URL of the running application, e.g. http://127.0.0.1:8080.")
  String url;

  @Option(
      names = "--status-dir",
      paramLabel = "DIR",
      description = "File mode: the application's djk8s.status.dir.")
  Path statusDir;

  @Option(
      names = "--max-age",
      paramLabel = "DURATION",
      description =
          "File mode: a status file older than this is stale (default: three times"
              + " djk8s.status.interval, 15s).")
  String maxAge;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "Client mode: bound of connect plus answer (default 1s).")
  String timeout;

  @Option(
      names = "--grpc",
      paramLabel = "HOST:PORT",
      description = "gRPC mode: ask grpc.health.v1.Health/Check there, e.g. 127.0.0.1:9090.")
  String grpc;

  @Option(
      names = "--service",
      paramLabel = "NAME",
      description =
          "gRPC mode: the health service (default: readiness, liveness with -L/-H; a probe name"
              + " asks for that probe).")
  String service;

  @Option(
      names = "--log-file",
      paramLabel = "PATH",
      description = "Also append the result to this file, e.g. /proc/1/fd/1 for kubectl logs.")
  Path logFile;

  private Environment environment = Environment.system();

  @Override
  public void environment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * Runs the probe, from picocli or from {@link ProbeFastPath}.
   *
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  int run(PrintWriter out, PrintWriter err) {
    ProbeGroup group = group();
    Mode chosen = mode();
    ProbeResult result = check(chosen, group);
    if (!quiet) {
      out.println(result.message());
      if (result.detail().isPresent() && result.detailShown()) {
        err.println(result.detail().get());
      }
    }
    log(chosen, group, result, err);
    return result.exitCode();
  }

  private ProbeGroup group() {
    if (grpc != null && !ready && !live && !health) {
      return ProbeGroup.READINESS;
    }
    if (!ready && !live && !health) {
      throw usage("probe: give one of --ready (-R), --live (-L) or --health (-H)");
    }
    if (ready && (live || health)) {
      throw usage("probe: --ready cannot be combined with --live or --health");
    }
    return ready ? ProbeGroup.READINESS : ProbeGroup.LIVENESS;
  }

  private Mode mode() {
    if (grpc != null || service != null) {
      if (grpc == null || mode != null || url != null || statusDir != null) {
        throw usage("probe: --service needs --grpc; --grpc takes no --mode, --url or --status-dir");
      }
      return Mode.GRPC;
    }
    Optional<String> configured = Optional.ofNullable(mode);
    if (configured.isEmpty() && url == null && statusDir == null) {
      configured = keys().optional(CliKeys.PROBE_MODE);
    }
    if (configured.isPresent()) {
      String text = configured.get().trim().toLowerCase(Locale.ROOT);
      return switch (text) {
        case "in-process" -> Mode.IN_PROCESS;
        case "client" -> Mode.CLIENT;
        case "file" -> Mode.FILE;
        default ->
            throw usage(
                "probe: mode '" + configured.get() + "' is not one of in-process, client, file");
      };
    }
    if (url != null) {
      return Mode.CLIENT;
    }
    if (statusDir != null || keys().optional(Djk8sKeys.STATUS_DIR).isPresent()) {
      return Mode.FILE;
    }
    return Mode.IN_PROCESS;
  }

  private ProbeResult check(Mode chosen, ProbeGroup group) {
    return switch (chosen) {
      case CLIENT -> client().check(group);
      case FILE -> file().check(group);
      case IN_PROCESS -> InProcessProbe.fromConfig().check(group);
      case GRPC -> grpc(group);
    };
  }

  private ProbeResult grpc(ProbeGroup group) {
    String name = service != null ? service : group == ProbeGroup.LIVENESS ? "liveness" : "";
    Duration bound =
        timeout == null ? Duration.ofSeconds(1) : duration("--timeout", timeout, MAX_TIMEOUT);
    return GrpcProbe.check(
        GrpcProbe.target(grpc)
            .orElseThrow(() -> usage("probe: --grpc '" + grpc + "': give HOST:PORT")),
        name,
        bound);
  }

  private ClientProbe client() {
    String base = url;
    if (base == null) {
      base = keys().optional(CliKeys.PROBE_URL).orElse(null);
    }
    if (base == null) {
      throw usage(
          "probe: client mode needs --url (or "
              + CliKeys.PROBE_URL
              + "/"
              + CliKeys.PROBE_URL.environmentVariable()
              + ")");
    }
    Duration bound =
        timeout == null ? Duration.ofSeconds(1) : duration("--timeout", timeout, MAX_TIMEOUT);
    try {
      return new ClientProbe(ClientProbe.Target.parse(base), bound);
    } catch (IllegalArgumentException e) {
      throw usage("probe: --url '" + base + "': " + e.getMessage());
    }
  }

  private StatusFileProbe file() {
    Path dir = statusDir;
    if (dir == null) {
      Optional<String> configured = keys().optional(Djk8sKeys.STATUS_DIR);
      if (configured.isEmpty()) {
        throw usage(
            "probe: file mode needs --status-dir (or "
                + Djk8sKeys.STATUS_DIR
                + "/"
                + Djk8sKeys.STATUS_DIR.environmentVariable()
                + ")");
      }
      dir = Path.of(configured.get());
    }
    Duration age;
    if (maxAge != null) {
      age = duration("--max-age", maxAge, MAX_AGE);
    } else {
      KeyReader keys = keys();
      age = keys.duration(Djk8sKeys.STATUS_INTERVAL).multipliedBy(StatusFileProbe.STALE_INTERVALS);
      if (!keys.problems().isEmpty()) {
        throw usage("probe: " + String.join("; ", keys.problems()));
      }
    }
    return new StatusFileProbe(dir, age, Clock.systemUTC());
  }

  private KeyReader keys() {
    return new KeyReader(environment);
  }

  /**
   * A flag's duration: with a unit, positive, at most {@code max} (a deadline beyond it would
   * overflow the nanosecond clocks it is added to, and means a mistake).
   */
  private Duration duration(String name, String text, String max) {
    Optional<Duration> parsed = DurationText.parse(text);
    if (parsed.isEmpty()) {
      throw usage("probe: " + name + "='" + text + "': " + DurationText.expected(text));
    }
    if (parsed.get().isNegative() || parsed.get().isZero()) {
      throw usage("probe: " + name + "='" + text + "': give a positive duration, e.g. 2s");
    }
    if (parsed.get().compareTo(DurationText.parse(max).orElseThrow()) > 0) {
      throw usage("probe: " + name + "='" + text + "': must be at most " + max);
    }
    return parsed.get();
  }

  private void log(Mode chosen, ProbeGroup group, ProbeResult result, PrintWriter err) {
    if (logFile == null) {
      return;
    }
    String line =
        java.time.Instant.now()
            + " djk8s probe "
            + (group == ProbeGroup.READINESS ? "--ready" : "--live")
            + " ("
            + chosen.name().toLowerCase(Locale.ROOT).replace('_', '-')
            + "): "
            + result.message()
            + (result.detail().isPresent() ? " [" + result.detail().get() + "]" : "")
            + " (exit "
            + result.exitCode()
            + ")\n";
    try {
      Files.writeString(
          logFile,
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    } catch (IOException | RuntimeException e) {
      err.println("probe: cannot append to --log-file " + logFile + ": " + e);
    }
  }

  private RuntimeException usage(String message) {
    return spec == null
        ? CliFailure.usage(message)
        : new ParameterException(spec.commandLine(), message);
  }
}
