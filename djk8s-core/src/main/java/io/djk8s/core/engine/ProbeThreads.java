package io.djk8s.core.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The engine's own bounded executor: daemon threads named {@code djk8s-probe-N}. */
final class ProbeThreads {

  private ProbeThreads() {}

  static ExecutorService executor(int threads) {
    int size = Math.max(2, threads);
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            size, size, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory());
    executor.allowCoreThreadTimeOut(true);
    return executor;
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
