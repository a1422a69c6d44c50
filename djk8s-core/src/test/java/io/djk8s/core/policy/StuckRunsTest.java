package io.djk8s.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** When a run in flight counts as stuck, and how many are left running. */
class StuckRunsTest {

  private static final Duration DEADLINE = Duration.ofMillis(800);

  @Test
  void aRunIsStuckAfterThirtySecondsOrTwiceALongerDeadlineDoubledForEachOneLeft() {
    assertThat(StuckRuns.after(DEADLINE, 0)).isEqualTo(Duration.ofSeconds(30).toNanos());
    assertThat(StuckRuns.after(DEADLINE, 2)).isEqualTo(Duration.ofSeconds(120).toNanos());
    assertThat(StuckRuns.after(Duration.ofSeconds(20), 0))
        .as("a run may take its whole deadline of 20 s before it counts as stuck")
        .isEqualTo(Duration.ofSeconds(40).toNanos());
  }

  @Test
  void atMostMaxLeftAreLeftAndAnEndedRunFreesItsPlace() {
    StuckRuns stuck = new StuckRuns();
    long longAgo = Duration.ofDays(1).toNanos();
    CompletableFuture<Void> first = new CompletableFuture<>();
    assertThat(stuck.leave("db", longAgo, DEADLINE, first, "probe 'db'")).isTrue();
    for (int i = 1; i < StuckRuns.MAX_LEFT; i++) {
      assertThat(stuck.leave("db", longAgo, DEADLINE, new CompletableFuture<>(), "probe 'db'"))
          .isTrue();
    }
    assertThat(stuck.leave("db", longAgo, DEADLINE, new CompletableFuture<>(), "probe 'db'"))
        .as("the cap")
        .isFalse();
    assertThat(stuck.leave("cache", longAgo, DEADLINE, new CompletableFuture<>(), "probe 'cache'"))
        .as("another key has places of its own")
        .isTrue();

    first.complete(null);

    assertThat(stuck.leftRunning("db")).isEqualTo(StuckRuns.MAX_LEFT - 1);
    assertThat(stuck.leave("db", longAgo, DEADLINE, new CompletableFuture<>(), "probe 'db'"))
        .isTrue();
  }

  @Test
  void aRunNotYetStuckIsJoined() {
    StuckRuns stuck = new StuckRuns();
    long ran = StuckRuns.FIRST_AFTER.toNanos() - 1;

    assertThat(stuck.leave("db", ran, DEADLINE, new CompletableFuture<>(), "probe 'db'")).isFalse();
    assertThat(stuck.leftRunning("db")).isZero();
  }
}
