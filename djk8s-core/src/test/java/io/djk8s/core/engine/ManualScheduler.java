package io.djk8s.core.engine;

import io.djk8s.testing.FakeTicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A {@link RefreshScheduler} on a {@link FakeTicker}: nothing runs until the test advances it, and
 * then every task due by then runs on the test's thread, in order of due time, with the clock set
 * to each task's due time.
 */
final class ManualScheduler implements RefreshScheduler {

  private record Task(long due, long sequence, Runnable task) {}

  private final FakeTicker ticker;
  private final PriorityQueue<Task> tasks =
      new PriorityQueue<>(
          (a, b) ->
              a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.sequence, b.sequence));
  private long sequence;
  private boolean closed;

  ManualScheduler(FakeTicker ticker) {
    this.ticker = ticker;
  }

  @Override
  public synchronized void schedule(Duration delay, Runnable task) {
    if (!closed) {
      tasks.add(new Task(ticker.nanoTime() + delay.toNanos(), sequence++, task));
    }
  }

  /** Runs the tasks due now. */
  void runDue() {
    advance(Duration.ZERO);
  }

  /** Moves the clock forward, running each task as its time comes. */
  void advance(Duration by) {
    long target = ticker.nanoTime() + by.toNanos();
    while (true) {
      Task next;
      synchronized (this) {
        next = tasks.peek();
        if (next == null || next.due > target) {
          break;
        }
        tasks.poll();
      }
      if (next.due > ticker.nanoTime()) {
        ticker.advance(Duration.ofNanos(next.due - ticker.nanoTime()));
      }
      next.task.run();
    }
    if (target > ticker.nanoTime()) {
      ticker.advance(Duration.ofNanos(target - ticker.nanoTime()));
    }
  }

  synchronized List<Long> pendingDueNanos() {
    List<Long> due = new ArrayList<>();
    tasks.forEach(t -> due.add(t.due));
    return due;
  }

  synchronized boolean closed() {
    return closed;
  }

  @Override
  public synchronized void close() {
    closed = true;
    tasks.clear();
  }
}
