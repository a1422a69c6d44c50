package io.djk8s.grpc;

import io.djk8s.core.engine.ProbeService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Builds the gRPC health service on a djk8s engine:
 *
 * <pre>{@code
 * Djk8sHealthService health = Djk8sGrpcHealth.create(engine);
 * Server server = NettyServerBuilder.forPort(9090).addService(health).build().start();
 * }</pre>
 */
public final class Djk8sGrpcHealth {

  /** The default bound on open {@code Watch} streams. */
  public static final int DEFAULT_MAX_WATCHERS = 100;

  /** The default period of the shared refresh of watched targets while a stream is open. */
  public static final Duration DEFAULT_WATCH_REFRESH = Duration.ofSeconds(1);

  private Djk8sGrpcHealth() {}

  /**
   * The service with the default bounds.
   *
   * @param engine the engine, which stays the caller's to close
   * @return the service
   */
  public static Djk8sHealthService create(ProbeService engine) {
    return builder(engine).build();
  }

  /**
   * A builder, to change the bounds.
   *
   * @param engine the engine, which stays the caller's to close
   * @return the builder
   */
  public static Builder builder(ProbeService engine) {
    return new Builder(engine);
  }

  /** Builds a {@link Djk8sHealthService}. */
  public static final class Builder {
    private final ProbeService engine;
    private int maxWatchers = DEFAULT_MAX_WATCHERS;
    private Duration watchRefresh = DEFAULT_WATCH_REFRESH;

    private Builder(ProbeService engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * The most {@code Watch} streams open at once.
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxWatchers(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxWatchers=" + max + ": give at least 1");
      }
      this.maxWatchers = max;
      return this;
    }

    /**
     * How often the watched targets run while a stream is open, when nothing else runs them.
     *
     * @param period positive
     * @return this builder
     */
    public Builder watchRefresh(Duration period) {
      if (period == null || period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException("watchRefresh=" + period + ": give a positive duration");
      }
      this.watchRefresh = period;
      return this;
    }

    /**
     * Builds the service and its two daemon threads (deadline alarms, watch refresh).
     *
     * @return the service
     */
    public Djk8sHealthService build() {
      ScheduledExecutorService timer = daemon("djk8s-grpc-deadline");
      ScheduledExecutorService refresher = daemon("djk8s-grpc-watch");
      TargetCheck check = new TargetCheck(engine, timer);
      Watchers watchers = new Watchers(engine, check, maxWatchers, watchRefresh, refresher);
      return new Djk8sHealthService(engine, check, watchers, timer, refresher);
    }

    private static ScheduledExecutorService daemon(String name) {
      return Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
          });
    }
  }
}
