package io.djk8s.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.ReadinessChanged;
import io.djk8s.ReadinessState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadinessTrackerTest {

  private static ProbeOutcome ready(String name) {
    return Outcomes.ready(name);
  }

  private static ProbeOutcome notReady(String name, String detail) {
    return new ProbeOutcome(
        name,
        ProbeOutcome.Kind.NOT_READY,
        name + ": not ready",
        503,
        detail,
        Optional.empty(),
        Duration.ZERO);
  }

  @Test
  void readyOnlyOnceEveryProbeHasBeenSeenReady() {
    ReadinessTracker tracker = new ReadinessTracker(List.of("a", "b"));

    assertThat(tracker.observe(ready("a"))).as("b not seen yet").isEmpty();
    Optional<ReadinessChanged> change = tracker.observe(ready("b"));

    assertThat(change).isPresent();
    assertThat(change.get().oldState()).isEqualTo(ReadinessState.UNKNOWN);
    assertThat(change.get().newState()).isEqualTo(ReadinessState.READY);
    assertThat(change.get().failingProbes()).isEmpty();
  }

  @Test
  void oneFailingProbeMakesItNotReadyWithTheFailingProbesInConfiguredOrder() {
    ReadinessTracker tracker = new ReadinessTracker(List.of("a", "b", "c"));
    tracker.observe(ready("a"));
    tracker.observe(ready("b"));
    tracker.observe(ready("c"));

    ReadinessChanged first = tracker.observe(notReady("c", "c is down")).orElseThrow();
    assertThat(first.oldState()).isEqualTo(ReadinessState.READY);
    assertThat(first.newState()).isEqualTo(ReadinessState.NOT_READY);
    assertThat(first.failingProbes()).containsExactly(Map.entry("c", "c is down"));

    assertThat(tracker.observe(notReady("a", "a is down")))
        .as("a second failure is no change of the overall state")
        .isEmpty();
    assertThat(tracker.observe(ready("c"))).as("a still fails").isEmpty();

    ReadinessChanged back = tracker.observe(ready("a")).orElseThrow();
    assertThat(back.oldState()).isEqualTo(ReadinessState.NOT_READY);
    assertThat(back.newState()).isEqualTo(ReadinessState.READY);
  }

  @Test
  void failingProbesListsEveryFailureAtTheMomentOfTheChange() {
    ReadinessTracker tracker = new ReadinessTracker(List.of("a", "b"));
    tracker.observe(notReady("b", "b down"));
    tracker.observe(ready("b"));
    ReadinessChanged change = tracker.observe(notReady("a", "a down")).orElseThrow();
    assertThat(change.oldState())
        .as("b recovered before a was ever seen")
        .isEqualTo(ReadinessState.UNKNOWN);
    assertThat(change.failingProbes()).containsExactly(Map.entry("a", "a down"));
  }

  @Test
  void outcomesOfOtherGroupsAreIgnored() {
    ReadinessTracker tracker = new ReadinessTracker(List.of("a"));
    assertThat(tracker.observe(notReady("deployment", "x"))).isEmpty();
    assertThat(tracker.state()).isEqualTo(ReadinessState.UNKNOWN);
  }
}
