package io.djk8s.impl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.impl.http.ProbeRequestFilter;
import io.djk8s.impl.status.StatusFile;
import io.djk8s.impl.testing.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running application refreshes the status files when {@code djk8s.status.dir} is set, and
 * {@code probe} in file mode reads them.
 */
class StatusPublisherTest {

  @TempDir Path dir;

  private StatusFile awaitFile(String name, Instant after) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<StatusFile> file = StatusFile.read(dir.resolve(name));
      if (file.isPresent() && !file.get().written().isBefore(after)) {
        return file.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no " + name + " status file written after " + after);
  }

  @Test
  void theApplicationWritesNotReadyWithTheProbesContentAndProbeFileModeExits1() throws Exception {
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes", "never",
            "djk8s.status.dir", dir.toString(),
            "djk8s.status.interval", "200ms");
    EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config);
    try {
      StatusFile first = awaitFile(StatusFile.READY, Instant.EPOCH);
      StatusFile refreshed = awaitFile(StatusFile.READY, first.written().plusMillis(1));

      assertThat(first.ready()).isFalse();
      assertThat(first.content()).isEqualTo("test is not ready");
      assertThat(Duration.between(first.written(), refreshed.written()))
          .as("refreshed about every 200 ms")
          .isLessThan(Duration.ofSeconds(3));
      assertThat(awaitFile(StatusFile.LIVE, Instant.EPOCH).ready()).isTrue();

      Cli.Run ready = Cli.run("probe", "-R", "--status-dir", dir.toString(), "--max-age", "5s");
      Cli.Run live = Cli.run("probe", "-L", "--status-dir", dir.toString(), "--max-age", "5s");
      assertThat(ready.exit()).as(ready.all()).isEqualTo(1);
      assertThat(ready.out().trim()).isEqualTo("test is not ready");
      assertThat(live.exit()).as(live.all()).isZero();
    } finally {
      server.close();
    }
    StatusFile last = StatusFile.read(dir.resolve(StatusFile.READY)).orElseThrow();
    assertThat(last.content()).as("marked on shutdown").isEqualTo("shutting down");
  }

  @Test
  void aReadyApplicationIsReadyInFileModeAndAStoppedOneGoesStale() throws Exception {
    Map<String, String> config =
        Map.of(
            "djk8s.readiness.probes", "sleepA",
            "djk8s.status.dir", dir.toString(),
            "djk8s.status.interval", "100ms");
    EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), config);
    try {
      assertThat(awaitFile(StatusFile.READY, Instant.EPOCH).ready()).isTrue();
      Cli.Run run = Cli.run("probe", "-R", "--status-dir", dir.toString(), "--max-age", "5s");
      assertThat(run.exit()).as(run.all()).isZero();
      assertThat(run.out().trim()).isEqualTo("Ok");
    } finally {
      server.close();
    }
    Cli.Run live = Cli.run("probe", "-L", "--status-dir", dir.toString(), "--max-age", "300ms");
    Thread.sleep(400);
    Cli.Run stale = Cli.run("probe", "-L", "--status-dir", dir.toString(), "--max-age", "300ms");
    assertThat(stale.exit())
        .as("no longer refreshed: " + stale.all() + " / " + live.all())
        .isEqualTo(1);
    assertThat(stale.out().trim()).isEqualTo("status: stale");
  }

  @Test
  void withoutTheDirectoryNothingIsWritten() throws Exception {
    EmbeddedServer server = EmbeddedServer.start(Set.of(ProbeRequestFilter.class), Map.of());
    try {
      Thread.sleep(300);
      try (var files = Files.list(dir)) {
        assertThat(files).isEmpty();
      }
    } finally {
      server.close();
    }
  }
}
