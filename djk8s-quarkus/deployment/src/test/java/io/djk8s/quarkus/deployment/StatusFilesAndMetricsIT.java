package io.djk8s.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.djk8s.core.status.StatusCheck;
import io.djk8s.testing.Http;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the probe runs feed on Quarkus, seen from outside: the status files an exec probe in file
 * mode reads ({@code djk8s probe --ready --file}, whose rule is core's {@link StatusCheck}) and the
 * Micrometer meters Quarkus serves on {@code /q/metrics} ({@code quarkus-micrometer-registry-
 * prometheus}), both following a probe bean that goes down and comes back.
 */
class StatusFilesAndMetricsIT {

  private static final Path STATUS_DIR = statusDir();
  private static final Duration INTERVAL = Duration.ofSeconds(1);

  /** Staleness is not what this test is about: a loaded machine may delay a refresh. */
  private static final Duration MAX_AGE = Duration.ofSeconds(30);

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(FlagProbe.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("djk8s.readiness.probes", "flag")
          .overrideConfigKey("djk8s.status.dir", STATUS_DIR.toString())
          .overrideConfigKey("djk8s.status.interval", INTERVAL.toMillis() + "ms");

  @TestHTTPResource("/")
  URI root;

  @Test
  void theStatusFileFollowsReadinessAsTheFileModeReaderSeesIt() {
    FlagProbe flag = Arc.container().instance(FlagProbe.class).get();
    await("ready file says ready").atMost(PATIENCE).until(() -> readyFile().kind(), ready());
    flag.down(true);
    try {
      await("ready file says not ready")
          .atMost(PATIENCE)
          .until(() -> readyFile().kind(), kind -> kind == StatusCheck.Kind.NOT_READY);
      assertThat(readyFile().content())
          .as("the probe's content, what the exec probe prints")
          .isEqualTo("flag: down");
      assertThat(liveFile().kind())
          .as("liveness is not readiness")
          .isEqualTo(StatusCheck.Kind.READY);
    } finally {
      flag.down(false);
    }
    await("ready file says ready again").atMost(PATIENCE).until(() -> readyFile().kind(), ready());
  }

  @Test
  void probeMetricsAppearOnQuarkusMetricsEndpoint() throws Exception {
    FlagProbe flag = Arc.container().instance(FlagProbe.class).get();
    flag.down(true);
    try {
      assertThat(Http.get(root.resolve("readyz")).status()).isEqualTo(503);
      await("djk8s.probe.status while the probe fails")
          .atMost(PATIENCE)
          .until(() -> status("flag"), value -> value == 0.0);
    } finally {
      flag.down(false);
    }
    assertThat(Http.get(root.resolve("readyz")).status()).isEqualTo(200);
    await("djk8s.probe.status once it passes")
        .atMost(PATIENCE)
        .until(() -> status("flag"), value -> value == 1.0);
    assertThat(value("djk8s_probe_duration_seconds_count", "flag"))
        .as("djk8s.probe.duration counts the runs")
        .isGreaterThanOrEqualTo(2.0);
  }

  /** The status gauge as the latest run left it (the status files' refreshes run it too). */
  private double status(String probe) throws Exception {
    return value("djk8s_probe_status", probe);
  }

  private double value(String metric, String probe) throws Exception {
    Http.Answer scrape = Http.get(root.resolve("q/metrics"));
    assertThat(scrape.status()).as("/q/metrics").isEqualTo(200);
    Matcher line =
        Pattern.compile("(?m)^" + metric + "\\{[^}]*probe=\"" + probe + "\"[^}]*} ([-+0-9.eENa]+)$")
            .matcher(scrape.body());
    assertThat(line.find())
        .as("%s{probe=\"%s\"} in /q/metrics:%n%s", metric, probe, scrape.body())
        .isTrue();
    return Double.parseDouble(line.group(1));
  }

  private static java.util.function.Predicate<StatusCheck.Kind> ready() {
    return kind -> kind == StatusCheck.Kind.READY;
  }

  private static StatusCheck.Verdict readyFile() {
    return StatusCheck.check(STATUS_DIR, true, MAX_AGE, Clock.systemUTC());
  }

  private static StatusCheck.Verdict liveFile() {
    return StatusCheck.check(STATUS_DIR, false, MAX_AGE, Clock.systemUTC());
  }

  /**
   * A fixed directory: this class is loaded again in the application's class loader, and both must
   * name the same one. A file a previous build left names a process that is gone: stale.
   */
  private static Path statusDir() {
    try {
      return Files.createDirectories(Path.of("target", "status-files-it").toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
