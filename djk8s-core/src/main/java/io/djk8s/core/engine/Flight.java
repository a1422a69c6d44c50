package io.djk8s.core.engine;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** One run of one probe, shared by every caller that joins it while it is in flight. */
final class Flight {

  final String name;
  final long startedNanos;
  final CompletableFuture<ProbeOutcome> result = new CompletableFuture<>();
  private volatile long completedNanos;
  private Thread runner;
  private boolean interrupted;
  private volatile boolean superseded;
  private final long successReuseNanos;
  private final long failureReuseNanos;

  Flight(String name, long startedNanos) {
    this(name, startedNanos, Duration.ZERO, Duration.ZERO);
  }

  /**
   * A run whose result is reused for a window of its own: one for a ready result, another for a
   * failed one ({@code djk8s.probes.<name>.cache-ttl} and {@code .failure-cache-ttl}).
   */
  Flight(String name, long startedNanos, Duration successReuse, Duration failureReuse) {
    this.name = name;
    this.startedNanos = startedNanos;
    this.successReuseNanos = successReuse.toNanos();
    this.failureReuseNanos = failureReuse.toNanos();
  }

  /**
   * Whether a caller arriving at {@code now} may use this run instead of starting another: while it
   * is in flight, or once finished within the larger of the caller's window and the run's own
   * window for its result.
   */
  boolean reusable(long now, long reuseNanos) {
    return !result.isDone() || withinWindow(now, reuseNanos);
  }

  /**
   * The outcome of this run if it has finished and a caller arriving at {@code now} may reuse it,
   * by the same windows as {@link #reusable}.
   */
  Optional<ProbeOutcome> finishedResult(long now, long reuseNanos) {
    return result.isDone() && withinWindow(now, reuseNanos)
        ? Optional.of(result.join())
        : Optional.empty();
  }

  private boolean withinWindow(long now, long reuseNanos) {
    long own = result.join().ready() ? successReuseNanos : failureReuseNanos;
    return now - completedNanos < Math.max(reuseNanos, own);
  }

  synchronized void running(Thread thread) {
    runner = thread;
  }

  synchronized void finished(ProbeOutcome outcome, long nowNanos) {
    runner = null;
    completedNanos = nowNanos;
    result.complete(outcome);
  }

  /** Marks a run that was invalidated while in flight: its result must not be published. */
  void supersede() {
    superseded = true;
  }

  boolean superseded() {
    return superseded;
  }

  /**
   * Interrupts the thread running this flight, once.
   *
   * @return {@code true} when this call interrupted it
   */
  synchronized boolean interruptOnce() {
    if (runner == null || interrupted) {
      return false;
    }
    interrupted = true;
    runner.interrupt();
    return true;
  }
}
