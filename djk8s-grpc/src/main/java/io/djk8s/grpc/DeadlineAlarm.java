package io.djk8s.grpc;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cuts the calling thread's wait for the engine short at a client's gRPC deadline when it comes
 * before the engine's own: the engine answers an interrupted wait as timed out, so the client gets
 * {@code NOT_SERVING} in time instead of {@code DEADLINE_EXCEEDED} and the thread is freed.
 */
final class DeadlineAlarm implements AutoCloseable {

  private static final DeadlineAlarm NONE = new DeadlineAlarm(null);

  private final Thread waiter;
  private ScheduledFuture<?> pending;
  private boolean fired;
  private boolean closed;

  private DeadlineAlarm(Thread waiter) {
    this.waiter = waiter;
  }

  /**
   * Arms an alarm for the current thread.
   *
   * @param timer the timer thread
   * @param after when to interrupt; {@code null} for no alarm
   * @return the alarm, to close once the wait is over
   */
  static DeadlineAlarm arm(ScheduledExecutorService timer, Duration after) {
    if (after == null) {
      return NONE;
    }
    DeadlineAlarm alarm = new DeadlineAlarm(Thread.currentThread());
    synchronized (alarm) {
      alarm.pending =
          timer.schedule(alarm::fire, Math.max(0, after.toNanos()), TimeUnit.NANOSECONDS);
    }
    return alarm;
  }

  private synchronized void fire() {
    if (!closed) {
      fired = true;
      waiter.interrupt();
    }
  }

  /** Disarms the alarm and clears the interrupt it may have raised. */
  @Override
  public void close() {
    if (waiter == null) {
      return;
    }
    boolean clear;
    synchronized (this) {
      closed = true;
      pending.cancel(false);
      clear = fired;
    }
    if (clear) {
      Thread.interrupted();
    }
  }
}
