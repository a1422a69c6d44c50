package io.djk8s.core.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One status file: what the running application last found for a probe group, when, and which
 * process wrote it. Five lines, written atomically (temporary file, then rename), so a reader never
 * sees half a file:
 *
 * <pre>
 * state=ready
 * content=Ok
 * written=1795312345678
 * pid=4711
 * pid-start=2240561
 * </pre>
 *
 * <p>{@code written} is in milliseconds since the epoch; {@code pid} and {@code pid-start} name the
 * writer (see {@link WriterProcess}; {@code pid-start} is left out where there is no {@code
 * /proc}). Readers ignore lines they do not know; the launcher's shell reader answers only files of
 * exactly these lines and hands any other to the JVM.
 *
 * <p>Kept free of CDI and MicroProfile Config, so that {@code probe} in file mode loads nothing but
 * this class.
 *
 * @param ready whether the group was ready
 * @param content the answer's body: {@code Ok}, or the failing probe's content
 * @param written when the application wrote the file
 * @param writer the process that wrote it; null when the file names none (not written by this
 *     version of djk8s), which every reader treats as stale
 */
public record StatusFile(boolean ready, String content, Instant written, WriterProcess writer) {

  /** The file of the readiness group. */
  public static final String READY = "ready";

  /** The file of the liveness group. */
  public static final String LIVE = "live";

  /**
   * A status written by this process.
   *
   * @param ready whether the group was ready
   * @param content the answer's body
   * @param written when
   */
  public StatusFile(boolean ready, String content, Instant written) {
    this(ready, content, written, WriterProcess.current());
  }

  /**
   * Writes this status atomically.
   *
   * @param file the target file; its directory must exist
   * @throws IOException when the file cannot be written
   */
  public void write(Path file) throws IOException {
    PrivateFiles.replace(file, text().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The file's text.
   *
   * @return the lines, each ended by a newline
   */
  public String text() {
    StringBuilder text =
        new StringBuilder()
            .append("state=")
            .append(ready ? "ready" : "not-ready")
            .append("\ncontent=")
            .append(content.replace('\n', ' ').replace('\r', ' '))
            .append("\nwritten=")
            .append(written.toEpochMilli())
            .append('\n');
    if (writer != null) {
      text.append("pid=").append(writer.pid()).append('\n');
      if (writer.start() != WriterProcess.UNKNOWN_START) {
        text.append("pid-start=").append(writer.start()).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * Reads a status file.
   *
   * @param file the file
   * @return the status, or empty when the file does not exist
   * @throws IOException when the file exists but cannot be read or is malformed
   */
  public static Optional<StatusFile> read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    String state = null;
    String content = "";
    Long written = null;
    Long pid = null;
    Long pidStart = null;
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = line.substring(0, eq);
      String value = line.substring(eq + 1);
      switch (key) {
        case "state" -> state = value;
        case "content" -> content = value;
        case "written" -> written = parseLong(value);
        case "pid" -> pid = parseLong(value);
        case "pid-start" -> pidStart = parseLong(value);
        default -> {
          // newer writers may add lines
        }
      }
    }
    if (state == null || written == null) {
      throw new IOException(file + ": not a djk8s status file (needs state= and written=)");
    }
    WriterProcess writer =
        pid == null
            ? null
            : new WriterProcess(pid, pidStart == null ? WriterProcess.UNKNOWN_START : pidStart);
    return Optional.of(
        new StatusFile(state.equals("ready"), content, Instant.ofEpochMilli(written), writer));
  }

  private static Long parseLong(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
