package io.djk8s.core.net;

import io.djk8s.ProbeContext;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The moment a probe's own I/O must give up: a little before the probe's deadline, so that the
 * probe reports its own reason (for example {@code no answer within 450 ms}) before the engine
 * reports a bare time-out.
 *
 * @param nanos the I/O deadline as a {@link System#nanoTime()} value
 * @param waitNanos when whoever waits for that I/O stops waiting: half-way between the I/O deadline
 *     and the probe's, so that a timeout that fires on time is still seen
 */
public record IoDeadline(long nanos, long waitNanos) {

  private static final long MAX_MARGIN_NANOS = Duration.ofMillis(50).toNanos();

  /**
   * The I/O deadline of a probe run: its deadline less a tenth of its timeout, at most 50 ms.
   *
   * @param context the probe run
   * @return the deadline
   */
  public static IoDeadline of(ProbeContext context) {
    long margin = Math.min(MAX_MARGIN_NANOS, context.timeout().toNanos() / 10);
    return new IoDeadline(context.deadline() - margin, context.deadline() - margin / 2);
  }

  /**
   * The time left to wait for I/O bounded by this deadline.
   *
   * @return a duration, zero once passed
   */
  public Duration waitRemaining() {
    long left = waitNanos - System.nanoTime();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  /**
   * The time left.
   *
   * @return a duration, zero once passed
   */
  public Duration remaining() {
    long left = nanos - System.nanoTime();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  /**
   * The time left, to pass to a connect or read timeout.
   *
   * @param what what was about to happen, for the message
   * @return a positive duration
   * @throws SocketTimeoutException when no time is left
   */
  public Duration left(String what) throws SocketTimeoutException {
    Duration left = remaining();
    if (left.isZero()) {
      throw new SocketTimeoutException("no time left to " + what);
    }
    return left;
  }

  /**
   * A timeout in whole milliseconds for socket APIs, where 0 would mean "wait forever".
   *
   * @param timeout a duration
   * @return at least 1
   */
  public static int millisAtLeastOne(Duration timeout) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
  }
}
