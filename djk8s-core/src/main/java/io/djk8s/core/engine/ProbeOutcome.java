package io.djk8s.core.engine;

import io.djk8s.NotReady;
import io.djk8s.core.text.Redaction;
import java.time.Duration;
import java.util.Optional;

/**
 * What one probe run found.
 *
 * @param name the probe's name
 * @param kind how the run ended
 * @param content the body for the kubelet (generic; {@code Ok} when ready)
 * @param status the HTTP status (200 when ready)
 * @param detail what the operator reads in the log; may name hosts, never sent unless allowed
 * @param failure the exception behind {@link Kind#NOT_READY} or {@link Kind#FAILED}, if any
 * @param elapsed how long the run took, or how long this caller waited for it
 */
public record ProbeOutcome(
    String name,
    Kind kind,
    String content,
    int status,
    String detail,
    Optional<Throwable> failure,
    Duration elapsed) {

  /** The body of a ready answer. */
  public static final String OK = "Ok";

  /** Masks credentials in what the outcome shows: its body and its detail. */
  public ProbeOutcome {
    content = Redaction.mask(content);
    detail = Redaction.mask(detail);
  }

  /** How a probe run ended. */
  public enum Kind {
    /** The probe returned normally. */
    READY,
    /** The probe threw {@code NotReady}. */
    NOT_READY,
    /** The probe did not finish before its deadline. */
    TIMED_OUT,
    /** The probe threw something other than {@code NotReady}. */
    FAILED
  }

  /**
   * Whether the probe was ready.
   *
   * @return {@code true} for {@link Kind#READY}
   */
  public boolean ready() {
    return kind == Kind.READY;
  }

  static ProbeOutcome ready(String name, Duration elapsed) {
    return ready(name, elapsed, "");
  }

  /** Ready, with the probe's {@link ReadyNote} as detail when it has one. */
  static ProbeOutcome ready(String name, Duration elapsed, String note) {
    String detail = note == null || note.isBlank() ? "ok" : "ok: " + note;
    return new ProbeOutcome(name, Kind.READY, OK, 200, detail, Optional.empty(), elapsed);
  }

  static ProbeOutcome timedOut(String name, Duration timeout, Duration elapsed) {
    String message = name + ": timed out after " + timeout.toMillis() + " ms";
    return new ProbeOutcome(name, Kind.TIMED_OUT, message, 503, message, Optional.empty(), elapsed);
  }

  /** A background probe without a usable result: none yet, or one too old. */
  static ProbeOutcome background(String name, String message) {
    return new ProbeOutcome(
        name, Kind.NOT_READY, message, 503, message, Optional.empty(), Duration.ZERO);
  }

  static ProbeOutcome failed(String name, Throwable failure, Duration elapsed) {
    return new ProbeOutcome(
        name,
        Kind.FAILED,
        name + ": check failed",
        503,
        "unexpected " + describe(failure),
        Optional.of(failure),
        elapsed);
  }

  /**
   * A run that failed in a way nothing more can be said of (its exception could not even be
   * described).
   */
  static ProbeOutcome failedQuietly(String name, Duration elapsed) {
    return new ProbeOutcome(
        name,
        Kind.FAILED,
        name + ": check failed",
        503,
        "unexpected failure",
        Optional.empty(),
        elapsed);
  }

  /**
   * A probe's {@link NotReady}, re-checked: a subclass can override {@code status()} and {@code
   * content()}, so a status outside 400–599 becomes 503 and a missing body the default one; a
   * getter that throws makes the run a plain failure.
   */
  static ProbeOutcome notReady(String name, NotReady notReady, Duration elapsed) {
    int status;
    String content;
    String detail;
    Throwable cause;
    try {
      status = notReady.status();
      content = notReady.content();
      detail = notReady.detail();
      cause = notReady.getCause();
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      return failed(name, e, elapsed);
    }
    if (status < 400 || status > 599) {
      status = NotReady.DEFAULT_STATUS;
    }
    if (content == null || content.isBlank()) {
      content = NotReady.DEFAULT_CONTENT;
    }
    return new ProbeOutcome(
        name, Kind.NOT_READY, content, status, detail, Optional.ofNullable(cause), elapsed);
  }

  /** {@code toString()} of a throwable, which may itself throw. */
  static String describe(Throwable failure) {
    try {
      return String.valueOf(failure);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      return failure.getClass().getName();
    }
  }
}
