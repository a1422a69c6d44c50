package io.djk8s.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer is one process: its pid and the start time /proc gives that pid. */
class WriterProcessTest {

  @TempDir Path proc;

  private void stat(long pid, String line) throws IOException {
    Files.createDirectories(proc.resolve("self"));
    Files.writeString(
        Files.createDirectories(proc.resolve(Long.toString(pid))).resolve("stat"), line);
  }

  private static String line(String comm, String state, long start) {
    return "4711 ("
        + comm
        + ") "
        + state
        + " 1 4711 4711 0 -1 4194560 1 0 0 0 5 3 0 0 20 0 20 0 "
        + start
        + " 3133440 411 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
  }

  @Test
  void thisProcessIsRunning() {
    WriterProcess self = WriterProcess.current();

    assertThat(self.pid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(self.start()).as("Linux has /proc").isPositive();
    assertThat(self.liveness()).isEqualTo(WriterProcess.Liveness.RUNNING);
  }

  @Test
  void thePidWithAnotherStartTimeIsAnotherProcess() {
    WriterProcess self = WriterProcess.current();

    assertThat(new WriterProcess(self.pid(), self.start() + 1).liveness())
        .isEqualTo(WriterProcess.Liveness.ANOTHER_PROCESS);
  }

  @Test
  void aPidBeyondAnyPidMaxIsGone() {
    assertThat(new WriterProcess(99_999_999L, 1).liveness()).isEqualTo(WriterProcess.Liveness.GONE);
  }

  @Test
  void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() throws IOException {
    stat(4711, line("my (weird) java) S", "S", 2240561));

    assertThat(new WriterProcess(4711, 2240561).liveness(proc))
        .isEqualTo(WriterProcess.Liveness.RUNNING);
  }

  @Test
  void aZombieIsGone() throws IOException {
    stat(4711, line("java", "Z", 2240561));

    assertThat(new WriterProcess(4711, 2240561).liveness(proc))
        .isEqualTo(WriterProcess.Liveness.GONE);
  }

  @Test
  void anUnreadableStatIsGone() throws IOException {
    stat(4711, "garbage");

    assertThat(new WriterProcess(4711, 2240561).liveness(proc))
        .isEqualTo(WriterProcess.Liveness.GONE);
  }
}
