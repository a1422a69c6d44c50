package io.djk8s.quarkus.deployment;

import io.djk8s.ReadinessChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An application bean observing {@link ReadinessChanged}: keeps each event and its thread. */
@ApplicationScoped
public class ReadinessObserver {

  /** One observed event and the thread it was delivered on. */
  public record Seen(ReadinessChanged change, String thread) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  void onChange(@Observes ReadinessChanged change) {
    seen.add(new Seen(change, Thread.currentThread().getName()));
  }

  /**
   * What was observed so far.
   *
   * @return a copy, in delivery order
   */
  public List<Seen> seen() {
    return List.copyOf(seen);
  }
}
