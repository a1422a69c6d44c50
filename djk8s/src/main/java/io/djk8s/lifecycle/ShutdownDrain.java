package io.djk8s.lifecycle;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.core.engine.InstantProbe;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The drain on shutdown, and the built-in readiness probe {@value #NAME} that reflects it.
 *
 * <p>The drain starts at the first of two signals: the JVM's shutdown (SIGTERM; a shutdown hook is
 * registered when the drain is not zero) or the CDI container destroying the application
 * ({@code @BeforeDestroyed(ApplicationScoped.class)}). From that moment readiness answers 503
 * {@value #CONTENT} and a {@code ReadinessChanged} event fires; liveness stays 200. Both signals
 * then wait until {@code djk8s.shutdown.drain} has passed since the start: the shutdown hook holds
 * the JVM, and the {@code BeforeDestroyed} observer holds the CDI container, so on an embedded
 * runtime whose container is stopped by its own shutdown hook (Weld SE) the application keeps
 * serving ordinary requests through the drain.
 */
@ApplicationScoped
@ProbeName(ShutdownDrain.NAME)
public class ShutdownDrain implements InstantProbe {

  /** The probe's name. */
  public static final String NAME = "shutdown";

  /** The body of {@code /readyz} during the drain. */
  public static final String CONTENT = "shutdown: shutting down";

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  @Inject ProbeService runtime;
  @Inject ReadinessEvents events;

  private long drainEndsNanos;
  private boolean draining;
  private Thread hook;

  void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
    Duration drain = runtime.settings().shutdownDrain();
    if (drain.isZero()) {
      return;
    }
    synchronized (this) {
      hook = new Thread(this::drainQuietly, "djk8s-shutdown-drain");
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    drain();
    Thread registered;
    synchronized (this) {
      registered = hook;
      hook = null;
    }
    if (registered != null && registered != Thread.currentThread()) {
      try {
        Runtime.getRuntime().removeShutdownHook(registered);
      } catch (IllegalStateException jvmIsShuttingDown) {
        // the hook is running or about to: it only waits for the same drain
      }
    }
  }

  private void drainQuietly() {
    try {
      drain();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "djk8s: drain from the shutdown hook ended early", e);
    }
  }

  /**
   * Starts the drain if it has not started, then waits until it ends. Does nothing when {@code
   * djk8s.shutdown.drain} is zero. Safe to call from several threads: all wait for the same end.
   */
  public void drain() {
    Duration drain = runtime.settings().shutdownDrain();
    if (drain.isZero()) {
      return;
    }
    long ends;
    boolean first = false;
    synchronized (this) {
      if (!draining) {
        draining = true;
        first = true;
        drainEndsNanos = System.nanoTime() + drain.toNanos();
      }
      ends = drainEndsNanos;
    }
    if (first) {
      LOG.info(
          () ->
              "djk8s: the application is stopping; readiness answers 503 while it drains for "
                  + drain.toMillis()
                  + " ms");
      runtime.invalidate(NAME);
      events.observe(notReady(drain));
    }
    waitUntil(ends);
  }

  private static void waitUntil(long endsNanos) {
    long left;
    while ((left = endsNanos - System.nanoTime()) > 0) {
      try {
        Thread.sleep(Math.max(1, (left + 999_999) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Whether the drain has started.
   *
   * @return {@code true} from the first shutdown signal on
   */
  public synchronized boolean draining() {
    return draining;
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    if (draining()) {
      throw new NotReady(
          CONTENT,
          NotReady.DEFAULT_STATUS,
          "the application is stopping (djk8s.shutdown.drain)",
          null);
    }
  }

  private static ProbeOutcome notReady(Duration drain) {
    return new ProbeOutcome(
        NAME,
        ProbeOutcome.Kind.NOT_READY,
        CONTENT,
        NotReady.DEFAULT_STATUS,
        "the application is stopping (djk8s.shutdown.drain=" + drain.toMillis() + "ms)",
        Optional.empty(),
        Duration.ZERO);
  }
}
