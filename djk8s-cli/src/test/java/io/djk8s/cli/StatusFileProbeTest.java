package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.status.StatusFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File mode: ready and fresh is 0, not ready or stale is 1, no file is 3. */
class StatusFileProbeTest {

  private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

  @TempDir Path dir;

  private ProbeResult check(ProbeGroup group) {
    return new StatusFileProbe(dir, Duration.ofSeconds(15), Clock.fixed(NOW, ZoneOffset.UTC))
        .check(group);
  }

  @Test
  void aFreshReadyFileIsReady() throws IOException {
    new StatusFile(true, "Ok", NOW.minusSeconds(5)).write(dir.resolve(StatusFile.READY));

    assertThat(check(ProbeGroup.READINESS)).isEqualTo(ProbeResult.ok());
  }

  @Test
  void aFreshNotReadyFileGivesTheFailingProbesContent() throws IOException {
    new StatusFile(false, "db: could not connect to database", NOW)
        .write(dir.resolve(StatusFile.READY));

    ProbeResult result = check(ProbeGroup.READINESS);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.message()).isEqualTo("db: could not connect to database");
  }

  @Test
  void aStaleReadyFileIsNotReady() throws IOException {
    new StatusFile(true, "Ok", NOW.minusSeconds(16)).write(dir.resolve(StatusFile.READY));

    ProbeResult result = check(ProbeGroup.READINESS);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.message()).isEqualTo("status: stale");
    assertThat(result.detail()).get().asString().contains("stopped refreshing");
  }

  @Test
  void liveReadsItsOwnFile() throws IOException {
    new StatusFile(false, "db: down", NOW).write(dir.resolve(StatusFile.READY));
    new StatusFile(true, "Ok", NOW).write(dir.resolve(StatusFile.LIVE));

    assertThat(check(ProbeGroup.LIVENESS).exitCode()).isZero();
  }

  @Test
  void noFileIsExitCode3() {
    assertThat(check(ProbeGroup.READINESS).exitCode()).isEqualTo(3);
  }

  @Test
  void aFileThatIsNotAStatusFileIsNotReady() throws IOException {
    Files.writeString(dir.resolve(StatusFile.READY), "hello");

    assertThat(check(ProbeGroup.READINESS).exitCode()).isEqualTo(1);
  }

  @Test
  void aStatusDirectoryInTheEnvironmentSelectsFileMode() throws IOException {
    new StatusFile(false, "db: down", Instant.now()).write(dir.resolve(StatusFile.READY));

    Cli.Run run = Cli.run(java.util.Map.of("DJK8S_STATUS_DIR", dir.toString()), "probe", "-R");

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out().trim()).isEqualTo("db: down");
  }

  @Test
  void theCommandReadsTheDirectoryAndIntervalFromTheEnvironment() throws IOException {
    new StatusFile(true, "Ok", Instant.now().minusSeconds(4)).write(dir.resolve(StatusFile.READY));

    Cli.Run fresh =
        Cli.run(
            java.util.Map.of(
                "DJK8S_CLI_PROBE_MODE", "file",
                "DJK8S_STATUS_DIR", dir.toString(),
                "DJK8S_STATUS_INTERVAL", "2s"),
            "probe",
            "-R");
    Cli.Run stale =
        Cli.run(
            java.util.Map.of(
                "DJK8S_CLI_PROBE_MODE", "file",
                "DJK8S_STATUS_DIR", dir.toString(),
                "DJK8S_STATUS_INTERVAL", "1s"),
            "probe",
            "-R");

    assertThat(fresh.exit()).as("4 s old, 3 x 2 s allowed: " + fresh.all()).isZero();
    assertThat(stale.exit()).as("4 s old, 3 x 1 s allowed: " + stale.all()).isEqualTo(1);
    assertThat(stale.out().trim()).isEqualTo("status: stale");
  }
}
