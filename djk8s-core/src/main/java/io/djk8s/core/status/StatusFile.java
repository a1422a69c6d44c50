package io.djk8s.core.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One status file: what the running application last found for a probe group, and when. Three
 * lines, written atomically (temporary file, then rename), so a reader never sees half a file:
 *
 * <pre>
 * state=ready
 * content=Ok
 * written=1795312345678
 * </pre>
 *
 * <p>Kept free of CDI and MicroProfile Config, so that {@code probe} in file mode loads nothing but
 * this class.
 *
 * @param ready whether the group was ready
 * @param content the answer's body: {@code Ok}, or the failing probe's content
 * @param written when the application wrote the file
 */
public record StatusFile(boolean ready, String content, Instant written) {

  /** The file of the readiness group. */
  public static final String READY = "ready";

  /** The file of the liveness group. */
  public static final String LIVE = "live";

  /**
   * Writes this status atomically.
   *
   * @param file the target file; its directory must exist
   * @throws IOException when the file cannot be written
   */
  public void write(Path file) throws IOException {
    String text =
        "state="
            + (ready ? "ready" : "not-ready")
            + "\ncontent="
            + content.replace('\n', ' ').replace('\r', ' ')
            + "\nwritten="
            + written.toEpochMilli()
            + "\n";
    Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    try {
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
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
        default -> {
          // newer writers may add lines
        }
      }
    }
    if (state == null || written == null) {
      throw new IOException(file + ": not a djk8s status file (needs state= and written=)");
    }
    return Optional.of(
        new StatusFile(state.equals("ready"), content, Instant.ofEpochMilli(written)));
  }

  private static Long parseLong(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
