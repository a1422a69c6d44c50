package io.djk8s.quarkus;

import io.djk8s.ReadinessChanged;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.status.StatusPublishing;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Ties djk8s to Quarkus's lifecycle. On {@code StartupEvent} (first among the observers) it builds
 * the engine, so bad configuration fails the start, and the {@code deployment} startup probe
 * passes. The drain starts at the first of {@code ShutdownDelayInitiatedEvent} (with {@code
 * quarkus.shutdown.delay-enabled}: Quarkus keeps serving for {@code quarkus.shutdown.delay} while
 * readiness answers 503) and {@code ShutdownEvent}. Quarkus has closed its HTTP server by the time
 * it fires {@code ShutdownEvent} (measured: connections are refused from then on), so holding that
 * observer for {@code djk8s.shutdown.drain} would only delay the exit: on Quarkus the drain the
 * kubelet sees is {@code quarkus.shutdown.delay}. From the engine's first run on, each change of
 * the overall readiness fires a {@link ReadinessChanged} event to the application's observers.
 */
@Singleton
public class Djk8sLifecycle {

  @Inject ManualReadiness manual;
  @Inject Event<ReadinessChanged> changes;

  private final ApplicationState state = new ApplicationState();
  private volatile Djk8sEngine engine;
  private ProbeDispatcher dispatcher;
  private ReadinessEvents events;
  private StatusPublishing statusFiles;

  /** Created by ArC. */
  public Djk8sLifecycle() {}

  /** The engine, built on first use: on start-up, or by the first probe request before it. */
  Djk8sEngine engine() {
    Djk8sEngine built = engine;
    if (built == null) {
      synchronized (this) {
        built = engine;
        if (built == null) {
          built = Djk8sEngine.build(manual, state);
          events = ReadinessEvents.attach(built.service(), changes::fire);
          dispatcher = new ProbeDispatcher();
          engine = built;
        }
      }
    }
    return built;
  }

  ProbeDispatcher dispatcher() {
    engine();
    return dispatcher;
  }

  /**
   * The engine the application's probes run in.
   *
   * @return the engine
   */
  public ProbeService service() {
    return engine().service();
  }

  void started(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
    ProbeService service = service();
    state.started();
    Extensions.attachMetrics(service);
    statusFiles =
        StatusPublishing.start(service, QuarkusSettings.of(ConfigProvider.getConfig()))
            .orElse(null);
  }

  void delayed(@Observes ShutdownDelayInitiatedEvent event) {
    drainStarts("quarkus.shutdown.delay");
  }

  void stopping(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
    drainStarts("ShutdownEvent");
    Djk8sEngine built = engine;
    if (built == null) {
      return;
    }
    if (statusFiles != null) {
      statusFiles.close();
    }
    dispatcher.close();
    built.service().close();
    events.close();
  }

  private void drainStarts(String why) {
    if (state.startDrain(why)) {
      Djk8sEngine built = engine;
      if (built != null) {
        built.service().invalidate(LifecycleProbes.SHUTDOWN);
      }
    }
  }
}
