package io.djk8s.core.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The process that wrote a status file: its pid and that process's start time, field 22 of {@code
 * /proc/<pid>/stat} (clock ticks after boot). A pid alone can be reused, by the next JVM in a
 * restarted container (pid 1 again) or by any process later; the pair names one process for the
 * life of the machine. The launcher's shell reader applies the same test.
 *
 * @param pid the writer's process id
 * @param start the writer's start time in clock ticks after boot, or {@link #UNKNOWN_START} on a
 *     system without {@code /proc}, where only the pid is checked
 */
public record WriterProcess(long pid, long start) {

  /** The start time on a system without {@code /proc}. */
  public static final long UNKNOWN_START = -1;

  private static final Path PROC = Path.of("/proc");

  /**
   * This process.
   *
   * @return this JVM's pid and start time
   */
  public static WriterProcess current() {
    long pid = ProcessHandle.current().pid();
    return new WriterProcess(pid, startOf(PROC, pid).orElse(UNKNOWN_START));
  }

  /**
   * Whether this process still runs: the pid exists, is not a zombie, and started when the writer
   * did.
   *
   * @return what the reader finds
   */
  public Liveness liveness() {
    return liveness(PROC);
  }

  Liveness liveness(Path proc) {
    if (start == UNKNOWN_START || !Files.isDirectory(proc.resolve("self"))) {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
          ? Liveness.RUNNING
          : Liveness.GONE;
    }
    OptionalLong running = startOf(proc, pid);
    if (running.isEmpty()) {
      return Liveness.GONE;
    }
    return running.getAsLong() == start ? Liveness.RUNNING : Liveness.ANOTHER_PROCESS;
  }

  /** What became of a writer. */
  public enum Liveness {
    /** The writer runs. */
    RUNNING,
    /** No process has the pid, or only a zombie. */
    GONE,
    /** The pid belongs to a process that started at another time: not the writer. */
    ANOTHER_PROCESS
  }

  /**
   * The start time of a process, from {@code /proc/<pid>/stat}.
   *
   * @return the start time, or empty when the process does not exist or is a zombie
   */
  static OptionalLong startOf(Path proc, long pid) {
    String stat;
    try {
      stat =
          Files.readString(
              proc.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
    // the command name (field 2) is in parentheses and may hold spaces and ')': fields follow the
    // last ')'
    String[] fields = stat.substring(stat.lastIndexOf(')') + 1).trim().split(" +");
    if (fields.length < 20 || fields[0].equals("Z") || fields[0].equals("X")) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(fields[19]));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
