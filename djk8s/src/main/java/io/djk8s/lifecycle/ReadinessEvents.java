package io.djk8s.lifecycle;

import io.djk8s.ReadinessChanged;
import io.djk8s.ReadinessControl;
import io.djk8s.ReadinessState;
import io.djk8s.core.engine.BoundedDispatcher;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ReadinessTracker;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires a {@link ReadinessChanged} CDI event, and logs one line, each time the application's
 * readiness as a whole changes. It listens to every probe run of the engine, and is told at once of
 * the manual state and of the start of a shutdown drain.
 */
@ApplicationScoped
public class ReadinessEvents {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  @Inject ProbeService runtime;
  @Inject Event<ReadinessChanged> changes;

  /** Probes that fail on purpose (shutdown, maintenance): their transitions are not warnings. */
  private static final Set<String> INTENDED =
      Set.of(ShutdownDrain.NAME, ReadinessControl.PROBE_NAME);

  private ReadinessTracker tracker;

  /** Observers run on a thread of their own, never on a request or probe thread. */
  private final BoundedDispatcher<ReadinessChanged> dispatcher =
      new BoundedDispatcher<>("djk8s-readiness-events", QUEUE, change -> changes.fire(change));

  /** How many changes may wait for slow observers before new ones are dropped. */
  static final int QUEUE = 256;

  @PreDestroy
  void stop() {
    dispatcher.close();
  }

  void attach(@Observes @Initialized(ApplicationScoped.class) Object started) {
    tracker();
    runtime.addListener(this::observe);
  }

  private synchronized ReadinessTracker tracker() {
    if (tracker == null) {
      tracker =
          new ReadinessTracker(
              runtime.probes(ProbeGroup.READINESS).stream()
                  // an optional probe never changes the application's readiness
                  .filter(p -> !runtime.policies().of(p.name()).optional())
                  .map(NamedProbe::name)
                  .toList());
    }
    return tracker;
  }

  /**
   * Records the outcome of a probe and fires the event when the overall state changes. Events are
   * fired in order, one at a time.
   *
   * @param outcome the latest outcome of one probe
   */
  public synchronized void observe(ProbeOutcome outcome) {
    tracker()
        .observe(outcome)
        .ifPresent(
            change -> {
              log(change);
              dispatcher.offer(change);
            });
  }

  /**
   * The current overall state.
   *
   * @return the state as of the latest observed outcome
   */
  public synchronized ReadinessState state() {
    return tracker().state();
  }

  private static void log(ReadinessChanged change) {
    if (change.newState() == ReadinessState.NOT_READY) {
      boolean intended = INTENDED.containsAll(change.failingProbes().keySet());
      LOG.log(
          intended ? Level.INFO : Level.WARNING,
          () ->
              "djk8s: readiness "
                  + change.oldState()
                  + " -> NOT_READY; failing probes: "
                  + change.failingProbes().keySet());
    } else {
      LOG.info(() -> "djk8s: readiness " + change.oldState() + " -> " + change.newState());
    }
  }
}
