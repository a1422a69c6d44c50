package io.djk8s.testing;

import io.djk8s.ReadinessChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An application bean that observes {@link ReadinessChanged}, as an application would. */
@ApplicationScoped
public class ReadinessChangeRecorder {

  private final List<ReadinessChanged> changes = new CopyOnWriteArrayList<>();

  void record(@Observes ReadinessChanged change) {
    changes.add(change);
  }

  /**
   * Every change observed so far.
   *
   * @return a snapshot, oldest first
   */
  public List<ReadinessChanged> changes() {
    return List.copyOf(changes);
  }

  /**
   * The recorder's own list, which stays readable after the container has stopped.
   *
   * @return the live, thread-safe list
   */
  public List<ReadinessChanged> live() {
    return changes;
  }
}
