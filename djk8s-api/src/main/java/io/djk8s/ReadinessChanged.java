package io.djk8s;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A CDI event fired each time the application's readiness as a whole changes: observe it to react
 * to being taken out of rotation or put back.
 *
 * <pre>{@code
 * void onChange(@Observes ReadinessChanged change) {
 *   if (change.newState() == ReadinessState.NOT_READY) {
 *     alerts.send("not ready: " + change.failingProbes());
 *   }
 * }
 * }</pre>
 *
 * <p>The first observation of a run moves from {@link ReadinessState#UNKNOWN}. The reasons are the
 * operator-facing details of the probes (they may name hosts), meant for the application's own logs
 * and alerts; djk8s never sends them to a caller the {@code djk8s.details} setting does not allow.
 * Observers run on one thread of djk8s's own ({@code djk8s-readiness-events}), in order, never on a
 * request or probe thread, so a slow observer (an alert sender) cannot delay a probe answer. The
 * queue to that thread is bounded: when observers fall behind by more than 256 changes, further
 * changes are dropped and the drop is logged.
 */
public final class ReadinessChanged {

  private final ReadinessState oldState;
  private final ReadinessState newState;
  private final Map<String, String> failingProbes;

  /**
   * Creates the event.
   *
   * @param oldState the state before
   * @param newState the state now
   * @param failingProbes the names of the probes not ready now, in configured order, with their
   *     reasons
   */
  public ReadinessChanged(
      ReadinessState oldState, ReadinessState newState, Map<String, String> failingProbes) {
    this.oldState = Objects.requireNonNull(oldState, "oldState");
    this.newState = Objects.requireNonNull(newState, "newState");
    this.failingProbes = Collections.unmodifiableMap(new LinkedHashMap<>(failingProbes));
  }

  /**
   * The state before the change.
   *
   * @return never {@code null}
   */
  public ReadinessState oldState() {
    return oldState;
  }

  /**
   * The state after the change.
   *
   * @return never {@code null}
   */
  public ReadinessState newState() {
    return newState;
  }

  /**
   * The probes that are not ready now, with the reason of each.
   *
   * @return an unmodifiable map in configured order; empty when ready
   */
  public Map<String, String> failingProbes() {
    return failingProbes;
  }

  @Override
  public String toString() {
    return "ReadinessChanged[" + oldState + " -> " + newState + ", failing=" + failingProbes + "]";
  }
}
