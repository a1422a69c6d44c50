package io.djk8s.core.engine;

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

  Flight(String name, long startedNanos) {
    this.name = name;
    this.startedNanos = startedNanos;
  }

  /** Whether a caller arriving at {@code now} may use this run instead of starting another. */
  boolean reusable(long now, long reuseNanos) {
    return !result.isDone() || now - completedNanos < reuseNanos;
  }

  synchronized void running(Thread thread) {
    runner = thread;
  }

  synchronized void finished(ProbeOutcome outcome, long nowNanos) {
    runner = null;
    completedNanos = nowNanos;
    result.complete(outcome);
  }

  /**
   * Interrupts the thread running this flight, once.
   *
   * @return {@code true} when this call interrupted it
   */
  /** Marks a run that was invalidated while in flight: its result must not be published. */
  void supersede() {
    superseded = true;
  }

  boolean superseded() {
    return superseded;
  }

  synchronized boolean interruptOnce() {
    if (runner == null || interrupted) {
      return false;
    }
    interrupted = true;
    runner.interrupt();
    return true;
  }
}
