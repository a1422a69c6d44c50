package io.djk8s.core.engine;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A scheduler created on first use, so that an engine without background probes starts no {@code
 * djk8s-refresh} thread.
 */
final class LazyScheduler implements RefreshScheduler {

  private final Supplier<RefreshScheduler> factory;
  private RefreshScheduler scheduler;
  private boolean closed;

  private LazyScheduler(Supplier<RefreshScheduler> factory) {
    this.factory = factory;
  }

  static RefreshScheduler of(Supplier<RefreshScheduler> factory) {
    return new LazyScheduler(factory);
  }

  @Override
  public void schedule(Duration delay, Runnable task) {
    RefreshScheduler target;
    synchronized (this) {
      if (closed) {
        return;
      }
      if (scheduler == null) {
        scheduler = factory.get();
      }
      target = scheduler;
    }
    target.schedule(delay, task);
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (scheduler != null) {
      scheduler.close();
    }
  }
}
