package io.djk8s.core.status;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The reader's rule for a status file, shared by the JVM's readers (the command line's file mode
 * and the tests) and mirrored by the launcher's shell reader, which a conformance test holds to it:
 * no file is no answer; a file is stale, so not ready, when it names no writer, when its writer is
 * gone or its pid now belongs to another process, when it was written in the future or longer ago
 * than the maximum age; else the file's state.
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

  /** The body of a file that cannot be trusted. */
  public static final String STALE = "status: stale";

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
    Optional<String> stale = staleness(file, status.get(), maxAge, clock.instant());
    if (stale.isPresent()) {
      return new Verdict(Kind.NOT_READY, STALE, stale.get());
    }
    if (!status.get().ready()) {
      return new Verdict(Kind.NOT_READY, status.get().content(), null);
    }
    return new Verdict(Kind.READY, "Ok", null);
  }

  /** Why the file cannot be trusted, if it cannot. */
  private static Optional<String> staleness(
      Path file, StatusFile status, Duration maxAge, Instant now) {
    WriterProcess writer = status.writer();
    if (writer == null) {
      return Optional.of(
          file + " names no writer process (pid=): it was not written by this version of djk8s");
    }
    switch (writer.liveness()) {
      case GONE -> {
        return Optional.of(
            file
                + " was written by process "
                + writer.pid()
                + ", which is no longer running: the application stopped or restarted");
      }
      case ANOTHER_PROCESS -> {
        return Optional.of(
            file
                + " was written by process "
                + writer.pid()
                + ", but that pid now belongs to another process: the application restarted");
      }
      case RUNNING -> {
        // the writer is alive: its time decides
      }
    }
    Duration age = Duration.between(status.written(), now);
    if (age.isNegative()) {
      return Optional.of(
          file
              + " was written "
              + age.negated().toMillis()
              + " ms in the future: the clock was set back, or another clock wrote it");
    }
    if (age.compareTo(maxAge) > 0) {
      return Optional.of(
          file
              + " was written "
              + age.toMillis()
              + " ms ago, more than "
              + maxAge.toMillis()
              + " ms: the application stopped refreshing it");
    }
    return Optional.empty();
  }
}
