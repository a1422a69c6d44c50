package io.djk8s.core.engine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands events to a slow consumer (application observers, alert senders) on one thread of its own,
 * in order, through a bounded queue: the caller — a request thread or a probe thread — never waits
 * for the consumer. When the queue is full the event is dropped and the drop logged, once per
 * burst.
 *
 * @param <T> the event type
 */
public final class BoundedDispatcher<T> implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final String name;
  private final Consumer<T> consumer;
  private final ThreadPoolExecutor thread;
  private final AtomicLong dropped = new AtomicLong();

  /**
   * A dispatcher.
   *
   * @param name the thread's name, for example {@code djk8s-events}
   * @param capacity the most events waiting at once
   * @param consumer what to do with each event; exceptions are logged, never thrown back
   */
  public BoundedDispatcher(String name, int capacity, Consumer<T> consumer) {
    this.name = name;
    this.consumer = consumer;
    this.thread =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(capacity),
            runnable -> {
              Thread t = new Thread(runnable, name);
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Queues an event without waiting.
   *
   * @param event the event
   * @return false when the queue was full and the event was dropped
   */
  public boolean offer(T event) {
    try {
      thread.execute(() -> deliver(event));
      return true;
    } catch (RejectedExecutionException full) {
      if (dropped.getAndIncrement() == 0) {
        LOG.warning(
            () ->
                "djk8s: "
                    + name
                    + " is behind (an observer is slow); dropping events until it catches up");
      }
      return false;
    }
  }

  /**
   * Events dropped so far because the queue was full.
   *
   * @return the count
   */
  public long dropped() {
    return dropped.get();
  }

  private void deliver(T event) {
    long missed = dropped.getAndSet(0);
    if (missed > 0) {
      LOG.warning(() -> "djk8s: " + name + " dropped " + missed + " events while it was behind");
    }
    try {
      consumer.accept(event);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "djk8s: an observer of " + name + " failed", e);
    }
  }

  /** Stops the thread; events still queued are not delivered. */
  @Override
  public void close() {
    thread.shutdownNow();
  }
}
