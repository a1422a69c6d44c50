package io.djk8s.core.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where background refresh schedules its work: one daemon thread, {@code djk8s-refresh}, in
 * production; a scheduler the test advances with its fake clock in unit tests. It only starts runs
 * and checks deadlines; the probes themselves run on the engine's probe threads.
 */
public interface RefreshScheduler extends AutoCloseable {

  /**
   * Runs a task once, after a delay.
   *
   * @param delay how long from now; zero for as soon as possible
   * @param task the task; it must be quick and must not throw
   */
  void schedule(Duration delay, Runnable task);

  /** Stops the scheduler; tasks not yet run are dropped. */
  @Override
  void close();

  /**
   * The production scheduler: one daemon thread named {@code djk8s-refresh}.
   *
   * @return a new scheduler
   */
  static RefreshScheduler daemon() {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "djk8s-refresh");
              thread.setDaemon(true);
              return thread;
            });
    return new RefreshScheduler() {
      @Override
      public void schedule(Duration delay, Runnable task) {
        if (!executor.isShutdown()) {
          executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
      }

      @Override
      public void close() {
        executor.shutdownNow();
      }
    };
  }
}
