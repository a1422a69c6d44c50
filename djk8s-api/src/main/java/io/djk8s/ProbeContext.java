package io.djk8s;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What a probe may need to know about the run it is part of: its deadline and who asked.
 *
 * <p>A context is immutable and safe to share between threads. Probes use {@link #remaining()} to
 * bound their own I/O (a connect timeout, a read timeout, {@code Connection.isValid}), so that they
 * stop when the answer is no longer wanted.
 */
public final class ProbeContext {

  private final long deadlineNanos;
  private final Duration timeout;
  private final ProbeOrigin origin;
  private final LongSupplier nanoTime;

  private ProbeContext(
      long deadlineNanos, Duration timeout, ProbeOrigin origin, LongSupplier nanoTime) {
    this.deadlineNanos = deadlineNanos;
    this.timeout = timeout;
    this.origin = origin;
    this.nanoTime = nanoTime;
  }

  /**
   * A context whose deadline is {@code timeout} from now.
   *
   * @param timeout the time the probe has; must be positive
   * @param origin who asks; must not be {@code null}
   * @return a new context
   * @throws IllegalArgumentException when the timeout is zero or negative
   */
  public static ProbeContext startingNow(Duration timeout, ProbeOrigin origin) {
    return startingNow(timeout, origin, System::nanoTime);
  }

  /**
   * A context whose deadline is {@code timeout} from now on the given clock: what an engine that
   * runs on a clock of its own (a test's fake clock) hands its probes.
   *
   * @param timeout the deadline of the run, positive
   * @param origin who asked
   * @param nanoTime the clock, in {@link System#nanoTime()} units
   * @return the context
   */
  public static ProbeContext startingNow(
      Duration timeout, ProbeOrigin origin, LongSupplier nanoTime) {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(nanoTime, "nanoTime");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("probe timeout must be positive, was " + timeout);
    }
    return new ProbeContext(nanoTime.getAsLong() + timeout.toNanos(), timeout, origin, nanoTime);
  }

  /**
   * The whole time the probe was given.
   *
   * @return a positive duration
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The time left until the deadline.
   *
   * @return a duration, {@link Duration#ZERO} once the deadline has passed
   */
  public Duration remaining() {
    long left = deadlineNanos - nanoTime.getAsLong();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  /**
   * The time left in whole seconds, rounded up and at least 1, for APIs that count in seconds such
   * as {@code Connection.isValid(int)} and {@code Statement.setQueryTimeout(int)}, where 0 would
   * mean "no limit".
   *
   * @return at least 1
   */
  public int remainingSecondsAtLeastOne() {
    long millis = remaining().toMillis();
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (millis + 999) / 1000));
  }

  /**
   * Whether the deadline has passed.
   *
   * @return {@code true} once no time is left
   */
  public boolean expired() {
    return deadlineNanos - nanoTime.getAsLong() <= 0;
  }

  /**
   * The deadline as a value of the context's clock ({@link System#nanoTime()} unless the engine
   * runs on a clock of its own).
   *
   * @return the deadline
   */
  public long deadline() {
    return deadlineNanos;
  }

  /**
   * Who asked for this run.
   *
   * @return never {@code null}
   */
  public ProbeOrigin origin() {
    return origin;
  }

  @Override
  public String toString() {
    return "ProbeContext[origin="
        + origin
        + ", timeout="
        + timeout
        + ", remaining="
        + remaining()
        + "]";
  }
}
