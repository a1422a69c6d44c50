package io.djk8s.grpc;

import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeService;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code Watch} streams of one health service, at most {@code max} at once. Each stream is told
 * of a change as soon as the engine reports an outcome of one of its probes (an engine listener:
 * every run counts, the kubelet's {@code Check} calls included). While any stream is open, one
 * shared task also runs each watched target every {@code refresh}, so that a change is seen even
 * when nothing else runs the probes; there is no polling per stream.
 */
final class Watchers implements Consumer<ProbeOutcome>, AutoCloseable {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final ProbeService engine;
  private final TargetCheck check;
  private final int max;
  private final Duration refresh;
  private final ScheduledExecutorService refresher;
  private final Set<Watcher> active = ConcurrentHashMap.newKeySet();
  private final Map<String, Boolean> ready = new ConcurrentHashMap<>();
  private ScheduledFuture<?> refreshing;
  private boolean closed;

  Watchers(
      ProbeService engine,
      TargetCheck check,
      int max,
      Duration refresh,
      ScheduledExecutorService refresher) {
    this.engine = engine;
    this.check = check;
    this.max = max;
    this.refresh = refresh;
    this.refresher = refresher;
    engine.addListener(this);
  }

  /**
   * Registers a stream.
   *
   * @param watcher the stream
   * @return false when {@code max} streams are open already, or the service is closed
   */
  synchronized boolean add(Watcher watcher) {
    if (closed || active.size() >= max) {
      return false;
    }
    active.add(watcher);
    if (refreshing == null) {
      long nanos = refresh.toNanos();
      refreshing =
          refresher.scheduleWithFixedDelay(this::refresh, nanos, nanos, TimeUnit.NANOSECONDS);
    }
    return true;
  }

  synchronized void remove(Watcher watcher) {
    active.remove(watcher);
    if (active.isEmpty() && refreshing != null) {
      refreshing.cancel(false);
      refreshing = null;
    }
  }

  int size() {
    return active.size();
  }

  int max() {
    return max;
  }

  @Override
  public synchronized void accept(ProbeOutcome outcome) {
    if (closed) {
      return;
    }
    ready.put(outcome.name(), outcome.ready());
    for (Watcher watcher : active) {
      watcher
          .target()
          .filter(target -> target.covers(outcome.name()))
          .flatMap(this::known)
          .ifPresent(watcher::offer);
    }
  }

  /** The status from the last outcome of each probe, empty while one has none yet. */
  private Optional<ServingStatus> known(HealthTarget target) {
    if (target.group() == ProbeGroup.STARTUP && engine.started()) {
      return Optional.of(ServingStatus.SERVING);
    }
    for (NamedProbe probe : target.probes()) {
      Boolean passed = ready.get(probe.name());
      if (passed == null) {
        return Optional.empty();
      }
      if (!passed) {
        return Optional.of(ServingStatus.NOT_SERVING);
      }
    }
    return Optional.of(ServingStatus.SERVING);
  }

  private void refresh() {
    try {
      Map<String, ServingStatus> byService = new LinkedHashMap<>();
      for (Watcher watcher : List.copyOf(active)) {
        if (watcher.target().isEmpty()) {
          continue;
        }
        HealthTarget target = watcher.target().get();
        ServingStatus status =
            byService.computeIfAbsent(
                target.service(), service -> TargetCheck.status(check.run(target)));
        synchronized (this) {
          watcher.offer(status);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "djk8s: refreshing the gRPC health watchers failed", e);
    }
  }

  @Override
  public void close() {
    List<Watcher> open;
    synchronized (this) {
      closed = true;
      if (refreshing != null) {
        refreshing.cancel(false);
        refreshing = null;
      }
      open = List.copyOf(active);
      active.clear();
    }
    open.forEach(Watcher::complete);
  }
}
