package io.djk8s.quarkus;

import io.djk8s.ReadinessChanged;
import io.djk8s.core.engine.BoundedDispatcher;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ReadinessTracker;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Fires a {@link ReadinessChanged} CDI event each time the application's readiness as a whole
 * changes, as the CDI runtimes do: it listens to every probe run of the engine, and the observers
 * run on djk8s's own thread ({@code djk8s-readiness-events}), in order, never on the event loop, a
 * request thread or a probe thread. Past {@value #QUEUE} changes waiting for slow observers, new
 * ones are dropped and the drop is logged.
 */
final class ReadinessEvents implements AutoCloseable {

  /** How many changes may wait for slow observers. */
  static final int QUEUE = 256;

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final ReadinessTracker tracker;
  private final BoundedDispatcher<ReadinessChanged> dispatcher;

  private ReadinessEvents(ProbeService service, Consumer<ReadinessChanged> fire) {
    tracker =
        new ReadinessTracker(
            service.probes(ProbeGroup.READINESS).stream()
                // an optional probe never changes the application's readiness
                .filter(p -> !service.policies().of(p.name()).optional())
                .map(NamedProbe::name)
                .toList());
    dispatcher = new BoundedDispatcher<>("djk8s-readiness-events", QUEUE, fire);
  }

  /**
   * Starts firing the changes of an engine's readiness.
   *
   * @param service the engine, before its first run
   * @param fire fires one event to the application's observers
   * @return the running events, to close on shutdown
   */
  static ReadinessEvents attach(ProbeService service, Consumer<ReadinessChanged> fire) {
    ReadinessEvents events = new ReadinessEvents(service, fire);
    service.addListener(events::observe);
    return events;
  }

  private synchronized void observe(ProbeOutcome outcome) {
    tracker
        .observe(outcome)
        .ifPresent(
            change -> {
              LOG.fine(() -> "djk8s: " + change);
              dispatcher.offer(change);
            });
  }

  /** Stops the observers' thread; changes still queued are not delivered. */
  @Override
  public void close() {
    dispatcher.close();
  }
}
