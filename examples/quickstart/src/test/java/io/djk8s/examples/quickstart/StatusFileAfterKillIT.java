package io.djk8s.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.djk8s.core.status.StatusCheck;
import io.djk8s.core.status.StatusFile;
import io.djk8s.testing.ShellLauncher;
import io.djk8s.testing.ShellLauncher.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproduction of issue 15: start the quickstart with {@code DJK8S_STATUS_DIR}, kill it with
 * {@code -9}, run {@code probe --ready}. The file it left says {@code state=ready} and is younger
 * than the maximum age, yet both readers (the launcher under dash and busybox, and the JVM's {@link
 * StatusCheck}) must answer not ready, and keep doing so while the next process boots, until that
 * process has written its own state.
 */
class StatusFileAfterKillIT {

  private static final Path LAUNCHER = Path.of("../../djk8s-cli/src/main/scripts/djk8s");

  private static final Duration MAX_AGE = Duration.ofSeconds(15);

  @TempDir Path work;

  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopEverything() {
    started.forEach(Process::destroyForcibly);
  }

  private Process quickstart(Path dir) throws Exception {
    Process process =
        PackagedQuickstart.start(
                work.resolve("quickstart-" + started.size() + ".log"),
                Map.of(
                    "DJK8S_STATUS_DIR",
                    dir.toString(),
                    "DJK8S_STATUS_INTERVAL",
                    "1s",
                    // the quickstart's own probe only: this test is about the file, not about
                    // H2's speed on a loaded machine
                    "DJK8S_READINESS_PROBES",
                    "maintenance"),
                List.of())
            .process();
    started.add(process);
    return process;
  }

  private volatile ShellLauncher.Run last;

  private int shellProbe(ShellLauncher launcher, Path dir) throws Exception {
    last = launcher.run(Map.of(), List.of("probe", "--ready", "--status-dir", dir.toString()));
    return last.exit();
  }

  /** Waits for the quickstart to be ready, or fails with what the probe and the process said. */
  private void awaitReady(String alias, ShellLauncher launcher, Path dir, int index)
      throws Exception {
    try {
      await(alias)
          .atMost(Duration.ofSeconds(180))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> shellProbe(launcher, dir) == 0);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(
          alias
              + ": last probe "
              + last
              + "\nquickstart output:\n"
              + Files.readString(work.resolve("quickstart-" + index + ".log")),
          e);
    }
  }

  private static StatusCheck.Kind jvmProbe(Path dir) {
    return StatusCheck.check(dir, true, MAX_AGE, Clock.systemUTC()).kind();
  }

  private static Optional<Long> writer(Path dir) throws Exception {
    return StatusFile.read(dir.resolve(StatusFile.READY)).map(file -> file.writer().pid());
  }

  @Test
  void aKilledApplicationsReadyFileIsNotBelievedUntilTheNextProcessWritesItsOwn() throws Exception {
    assertThat(LAUNCHER).as("the launcher script, from the module directory").isRegularFile();
    Path dir = work.resolve("status");
    ShellLauncher dash = ShellLauncher.of(Shell.DASH, LAUNCHER, work, work, false);
    ShellLauncher busybox = ShellLauncher.of(Shell.BUSYBOX, LAUNCHER, work, work, false);

    Process first = quickstart(dir);
    awaitReady("the first quickstart is ready", dash, dir, 0);
    String leftBehind = Files.readString(dir.resolve(StatusFile.READY));

    first.destroyForcibly();
    assertThat(first.waitFor(10, TimeUnit.SECONDS)).as("killed with -9").isTrue();

    assertThat(Files.readString(dir.resolve(StatusFile.READY)))
        .as("the file the killed process left")
        .isEqualTo(leftBehind)
        .contains("state=ready");
    assertThat(shellProbe(dash, dir)).as("dash after kill -9").isEqualTo(1);
    assertThat(shellProbe(busybox, dir)).as("busybox after kill -9").isEqualTo(1);
    assertThat(jvmProbe(dir))
        .as("the JVM reader after kill -9")
        .isEqualTo(StatusCheck.Kind.NOT_READY);

    Process second = quickstart(dir);
    List<String> seen = new ArrayList<>();
    await("the second quickstart is ready")
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              int exit = shellProbe(dash, dir);
              Optional<Long> pid = writer(dir);
              seen.add(exit + "@" + pid.orElse(-1L));
              if (exit == 0) {
                assertThat(pid)
                    .as("ready only once the new process wrote the file: " + seen)
                    .contains(second.pid());
                assertThat(jvmProbe(dir)).isEqualTo(StatusCheck.Kind.READY);
              } else {
                StatusCheck.Kind jvm = jvmProbe(dir);
                // the new process may write its own file between two reads: only a JVM reading
                // taken while the killed process's file was there, before and after, is judged
                if (pid.equals(Optional.of(first.pid()))
                    && writer(dir).equals(Optional.of(first.pid()))) {
                  assertThat(jvm)
                      .as("the killed process's file: " + seen)
                      .isNotEqualTo(StatusCheck.Kind.READY);
                }
              }
              return exit == 0;
            });
    assertThat(seen.get(0))
        .as("the new process boots for a while; the first probes fail: " + seen)
        .startsWith("1@" + first.pid());
  }
}
