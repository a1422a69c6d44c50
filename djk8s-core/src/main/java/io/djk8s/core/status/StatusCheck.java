package io.djk8s.core.status;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The reader's rule for a status file, shared by every reader (the command line's file mode and the
 * tests): no file is no answer; a file older than the maximum age is stale, so not ready; else the
 * file's state.
 */
public final class StatusCheck {

  /** What a status file says. */
  public enum Kind {
    /** Ready. */
    READY,
    /** Not ready, stale or unreadable. */
    NOT_READY,
    /** No file: the application is not running with a status directory. */
    NO_ANSWER
  }

  /**
   * The reader's verdict.
   *
   * @param kind ready, not ready or no answer
   * @param content the generic body ({@code Ok}, the probe's content, {@code status: stale})
   * @param detail why, for the log; null when there is nothing to add
   */
  public record Verdict(Kind kind, String content, String detail) {}

  private StatusCheck() {}

  /**
   * Reads one status file.
   *
   * @param directory the status directory
   * @param readiness true for {@code ready}, false for {@code live}
   * @param maxAge the oldest file that still counts
   * @param clock now
   * @return the verdict
   */
  public static Verdict check(Path directory, boolean readiness, Duration maxAge, Clock clock) {
    Path file = directory.resolve(readiness ? StatusFile.READY : StatusFile.LIVE);
    Optional<StatusFile> status;
    try {
      status = StatusFile.read(file);
    } catch (IOException e) {
      return new Verdict(Kind.NOT_READY, "status: unreadable", file + ": " + e.getMessage());
    }
    if (status.isEmpty()) {
      return new Verdict(
          Kind.NO_ANSWER,
          "No status file " + file + ": is the application running with djk8s.status.dir?",
          null);
    }
    Instant now = clock.instant();
    Duration age = Duration.between(status.get().written(), now);
    if (age.compareTo(maxAge) > 0) {
      return new Verdict(
          Kind.NOT_READY,
          "status: stale",
          file
              + " was written "
              + age.toMillis()
              + " ms ago, more than "
              + maxAge.toMillis()
              + " ms: the application stopped refreshing it");
    }
    if (!status.get().ready()) {
      return new Verdict(Kind.NOT_READY, status.get().content(), null);
    }
    return new Verdict(Kind.READY, "Ok", null);
  }
}
