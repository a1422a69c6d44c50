package io.djk8s.core.engine;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's own bounded executor: daemon threads named {@code djk8s-probe-N}, which end after 30
 * s idle. A stuck run left to its thread ({@link io.djk8s.core.policy.StuckRuns}) lends the pool
 * one more thread until it ends, so left runs never starve the runs that replace them.
 */
final class ProbeThreads {

  private final ThreadPoolExecutor pool;

  ProbeThreads(int threads) {
    int size = Math.max(2, threads);
    pool =
        new ThreadPoolExecutor(
            size, size, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory());
    pool.allowCoreThreadTimeOut(true);
  }

  void execute(Runnable task) {
    pool.execute(task);
  }

  /**
   * One more thread until {@code ends} completes: the place of a run left to its thread.
   *
   * @param ends completes when the left run ends
   */
  void lendUntil(CompletionStage<?> ends) {
    resize(1);
    ends.whenComplete((result, error) -> resize(-1));
  }

  private synchronized void resize(int by) {
    if (pool.isShutdown()) {
      return;
    }
    // the maximum must never fall below the core size: raise it first, lower it last
    if (by > 0) {
      pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
      pool.setCorePoolSize(pool.getCorePoolSize() + by);
    } else {
      pool.setCorePoolSize(pool.getCorePoolSize() + by);
      pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
    }
  }

  /**
   * The most threads the pool may run now.
   *
   * @return its size, with the threads lent to left runs
   */
  int size() {
    return pool.getMaximumPoolSize();
  }

  void shutdownNow() {
    pool.shutdownNow();
  }

  private static ThreadFactory factory() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "djk8s-probe-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
