package io.djk8s.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.status.StatusCheck;
import io.djk8s.core.status.StatusFile;
import io.djk8s.jaxrs.ProbeRequestFilter;
import io.djk8s.testing.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running application refreshes the status files when {@code djk8s.status.dir} is set, and
 * {@code probe} in file mode reads them.
 */
class StatusPublisherTest {

  @TempDir Path dir;

  private StatusFile awaitFile(String name, Instant after) {
    // the first file is the "starting" mark written before the first run; wait for a run's
    return Awaitility.await("a " + name + " status file from a run written after " + after)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> StatusFile.read(dir.resolve(name)),
            file ->
                file.isPresent()
                    && !file.get().written().isBefore(after)
                    && !file.get().content().equals("starting"))
        .orElseThrow();
  }

  private StatusCheck.Verdict read(boolean readiness, Duration maxAge) {
    return StatusCheck.check(dir, readiness, maxAge, Clock.systemUTC());
  }

  @Test
  void theApplicationWritesNotReadyWithTheProbesContentAndTheReaderSeesIt() throws Exception {
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes", "never",
            "djk8s.status.dir", dir.toString(),
            "djk8s.status.interval", "1s");
    EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config);
    try {
      StatusFile first = awaitFile(StatusFile.READY, Instant.EPOCH);
      StatusFile refreshed = awaitFile(StatusFile.READY, first.written().plusMillis(1));

      assertThat(first.ready()).isFalse();
      assertThat(first.content()).isEqualTo("test is not ready");
      assertThat(Duration.between(first.written(), refreshed.written()))
          .as("refreshed about every second")
          .isLessThan(Duration.ofSeconds(3));
      assertThat(awaitFile(StatusFile.LIVE, Instant.EPOCH).ready()).isTrue();

      StatusCheck.Verdict ready = read(true, Duration.ofSeconds(5));
      StatusCheck.Verdict live = read(false, Duration.ofSeconds(5));
      assertThat(ready.kind()).as(ready.toString()).isEqualTo(StatusCheck.Kind.NOT_READY);
      assertThat(ready.content()).isEqualTo("test is not ready");
      assertThat(live.kind()).as(live.toString()).isEqualTo(StatusCheck.Kind.READY);
    } finally {
      server.close();
    }
    StatusFile last = StatusFile.read(dir.resolve(StatusFile.READY)).orElseThrow();
    assertThat(last.content()).as("marked on shutdown").isEqualTo("shutting down");
  }

  @Test
  void aReadyApplicationIsReadyToTheReaderAndAStoppedOneGoesStale() throws Exception {
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes", "sleepA",
            "djk8s.status.dir", dir.toString(),
            "djk8s.status.interval", "1s");
    EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config);
    try {
      assertThat(awaitFile(StatusFile.READY, Instant.EPOCH).ready()).isTrue();
      StatusCheck.Verdict run = read(true, Duration.ofSeconds(5));
      assertThat(run.kind()).as(run.toString()).isEqualTo(StatusCheck.Kind.READY);
      assertThat(run.content()).isEqualTo("Ok");
    } finally {
      server.close();
    }
    StatusFile last = StatusFile.read(dir.resolve(StatusFile.LIVE)).orElseThrow();
    Clock later = Clock.fixed(last.written().plusMillis(301), java.time.ZoneOffset.UTC);
    StatusCheck.Verdict stale = StatusCheck.check(dir, false, Duration.ofMillis(300), later);
    assertThat(stale.kind())
        .as("no longer refreshed: " + stale)
        .isEqualTo(StatusCheck.Kind.NOT_READY);
    assertThat(stale.content()).isEqualTo("status: stale");
  }

  @Test
  void withoutTheDirectoryNothingIsWritten() throws Exception {
    EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), Map.of());
    try {
      Awaitility.await("no status file for 300 ms")
          .during(Duration.ofMillis(300))
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(
              () -> {
                try (var files = Files.list(dir)) {
                  assertThat(files).as("files in an unconfigured status directory").isEmpty();
                }
              });
    } finally {
      server.close();
    }
  }
}
