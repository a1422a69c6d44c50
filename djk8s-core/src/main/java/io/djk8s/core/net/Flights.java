package io.djk8s.core.net;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Work single-flight per key on a bounded pool of daemon threads: asking for a key whose work is
 * still running joins it instead of starting another, so work that hangs holds one thread however
 * often it is asked for; work beyond the pool's size waits in its queue. Idle threads end after 30
 * s.
 *
 * @param <K> the key, such as a host name or a target
 * @param <V> the result
 */
final class Flights<K, V> implements AutoCloseable {

  private final ThreadPoolExecutor pool;
  private final ConcurrentMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

  Flights(String threadPrefix, int threads) {
    pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            DaemonThreads.named(threadPrefix));
    pool.allowCoreThreadTimeOut(true);
  }

  /**
   * The running work of the key, or new work started for it.
   *
   * @param key the key
   * @param work what to run when none runs; its exception completes the future
   * @return the result to come; a {@link RejectedExecutionException} once closed
   */
  CompletableFuture<V> join(K key, Callable<V> work) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> current = running.putIfAbsent(key, mine);
    if (current != null) {
      return current;
    }
    try {
      pool.execute(
          () -> {
            try {
              mine.complete(work.call());
            } catch (Throwable e) { // whatever the work threw ends this flight
              mine.completeExceptionally(e);
            } finally {
              running.remove(key, mine);
            }
          });
    } catch (RejectedExecutionException e) {
      running.remove(key, mine);
      mine.completeExceptionally(e);
    }
    return mine;
  }

  /**
   * Sets how many threads may run, at least one.
   *
   * @param threads the new size
   */
  synchronized void resize(int threads) {
    int size = Math.max(1, threads);
    if (size > pool.getMaximumPoolSize()) {
      pool.setMaximumPoolSize(size);
      pool.setCorePoolSize(size);
    } else if (size < pool.getMaximumPoolSize()) {
      pool.setCorePoolSize(size);
      pool.setMaximumPoolSize(size);
    }
  }

  /** Stops the threads; work in flight is abandoned. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
