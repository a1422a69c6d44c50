package io.djk8s.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, item 15, as an operator meets it: the packaged quickstart started with a duration that
 * has no unit or lies outside its key's bounds must not start (and then answer every probe 500, or
 * time out every probe after 2 ms, or call every status file stale); the start fails with a message
 * naming the key and the value.
 */
class BadDurationStartIT {

  @TempDir Path work;

  private Process process;

  @AfterEach
  void stop() {
    if (process != null) {
      process.destroyForcibly();
    }
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DJK8S_PROBE_TIMEOUT   | PT2562048H | djk8s.probe.timeout='PT2562048H': must be from 10ms to 60s",
        "DJK8S_PROBE_TIMEOUT   | 2          | djk8s.probe.timeout='2': a duration needs a unit",
        "DJK8S_STATUS_INTERVAL | 5          | djk8s.status.interval='5': a duration needs a unit",
        "DJK8S_PROBE_CACHE_TTL | 1h         | djk8s.probe.cache-ttl='1h': must be from 0ms to 10m",
        "DJK8S_SHUTDOWN_DRAIN  | 30         | djk8s.shutdown.drain='30': a duration needs a unit"
      })
  void theStartFailsNamingTheKeyAndTheValue(String variable, String value, String problem)
      throws Exception {
    Path log = work.resolve("quickstart.log");
    process =
        PackagedQuickstart.start(
                log, Map.of(variable, value, "DJK8S_READINESS_PROBES", "maintenance"), List.of())
            .process();

    boolean exited = process.waitFor(120, TimeUnit.SECONDS);
    String output = Files.readString(log);
    assertThat(exited)
        .as("the quickstart must refuse to start; it still runs:%n%s", output)
        .isTrue();
    assertThat(process.exitValue()).as("exit code; output:%n%s", output).isNotZero();
    assertThat(output)
        .as("the deployment problem names the key and the value")
        .contains("djk8s configuration is invalid")
        .contains(problem);
  }
}
