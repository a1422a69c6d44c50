package io.djk8s.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.policy.StuckRuns;
import io.djk8s.testing.FakeTicker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A probe run that never ends, not even when interrupted, is left to its thread after {@link
 * StuckRuns#FIRST_AFTER}: the next request runs the probe again, so it is ready again once its
 * dependency is, and the left run lends the pool a thread so it starves no other probe.
 */
class StuckRunEngineTest {

  /** Long enough for a ready run on a loaded machine; runs that hang are started, never awaited. */
  private static final Duration DEADLINE = Duration.ofSeconds(5);

  private final FakeTicker ticker = new FakeTicker();
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger runs = new AtomicInteger();
  private ProbeEngine engine;

  @AfterEach
  void stop() {
    release.countDown();
    if (engine != null) {
      engine.close();
    }
  }

  /** The first {@code hung} runs hang for good, ignoring interrupts; later runs are ready. */
  private ReadinessProbe hangingFirst(int hung) {
    return context -> {
      if (runs.incrementAndGet() <= hung) {
        boolean interrupted = false;
        while (release.getCount() > 0) {
          try {
            release.await();
          } catch (InterruptedException e) {
            interrupted = true; // ignored, as a driver in uninterruptible I/O does
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }

  /** Joins the run in flight or starts one, without waiting for it. */
  private void start(NamedProbe probe) {
    engine.prefetch(List.of(probe), ProbeOrigin.HTTP, Duration.ZERO);
  }

  private ProbeOutcome run(NamedProbe probe) {
    return engine.run(List.of(probe), ProbeOrigin.HTTP, Duration.ZERO).outcomes().get(0);
  }

  @Test
  void aRunStuckPastFirstAfterIsLeftAndTheNextRequestIsReadyAgain() {
    engine = new ProbeEngine(DEADLINE, 2, ticker::nanoTime);
    NamedProbe db = new NamedProbe("db", hangingFirst(1));

    start(db);
    await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 1);
    ticker.advance(StuckRuns.FIRST_AFTER.minusMillis(1));
    start(db);
    assertThat(engine.leftRunning("db")).as("joined: not stuck yet").isZero();

    ticker.advance(Duration.ofMillis(1));
    ProbeOutcome next = run(db);

    assertThat(next.ready()).as("a new run: %s", next).isTrue();
    assertThat(runs).hasValue(2);
    assertThat(engine.leftRunning("db")).isEqualTo(1);
  }

  @Test
  void eachFurtherStuckRunWaitsTwiceAsLongAndAtMostMaxLeftAreLeftRunning() {
    engine = new ProbeEngine(DEADLINE, 2, ticker::nanoTime);
    NamedProbe db = new NamedProbe("db", hangingFirst(Integer.MAX_VALUE));
    start(db);
    await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 1);

    for (int left = 0; left < StuckRuns.MAX_LEFT; left++) {
      Duration after = StuckRuns.FIRST_AFTER.multipliedBy(1L << left);
      ticker.advance(after.minusMillis(1));
      start(db);
      assertThat(engine.leftRunning("db")).as("joined before %s", after).isEqualTo(left);
      ticker.advance(Duration.ofMillis(1));
      start(db);
      int started = left + 2;
      await("run " + started + " started")
          .atMost(Duration.ofSeconds(10))
          .until(() -> runs.get() == started);
    }
    ticker.advance(StuckRuns.FIRST_AFTER.multipliedBy(1L << 20));
    start(db);

    assertThat(engine.leftRunning("db"))
        .as("with %d stuck runs left running, requests join the newest", StuckRuns.MAX_LEFT)
        .isEqualTo(StuckRuns.MAX_LEFT);
    assertThat(runs).hasValue(StuckRuns.MAX_LEFT + 1);
    assertThat(engine.threads()).as("2 threads, one lent per left run").isEqualTo(2 + 8);
  }

  @Test
  void leftRunsLendThreadsSoTheyStarveNoOtherProbe() {
    engine = new ProbeEngine(DEADLINE, 2, ticker::nanoTime);
    NamedProbe db = new NamedProbe("db", hangingFirst(2));
    NamedProbe cache = new NamedProbe("cache", context -> {});
    start(db);
    ticker.advance(StuckRuns.FIRST_AFTER);
    start(db); // the second run hangs too: both of the pool's own threads are stuck
    await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 2);
    ticker.advance(StuckRuns.FIRST_AFTER.multipliedBy(2));

    ProbeReport report = engine.run(List.of(db, cache), ProbeOrigin.HTTP, Duration.ZERO);

    assertThat(report.firstFailure()).as("%s", report).isEmpty();
    assertThat(engine.threads()).isEqualTo(4);

    release.countDown();
    await("the left runs end and give their threads back")
        .atMost(Duration.ofSeconds(10))
        .until(() -> engine.leftRunning("db") == 0 && engine.threads() == 2);
  }

  @Test
  void aLeftRunThatEndsAtLastPublishesNoTransition() {
    engine = new ProbeEngine(DEADLINE, 2, ticker::nanoTime);
    NamedProbe db = new NamedProbe("db", hangingFirst(1));
    List<ProbeOutcome> published = new CopyOnWriteArrayList<>();
    engine.addListener(published::add);
    start(db);
    await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 1);
    ticker.advance(StuckRuns.FIRST_AFTER);
    assertThat(run(db).ready()).isTrue();
    // the new run publishes its READY on its own thread, just after its callers have it
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> published.stream().anyMatch(ProbeOutcome::ready));
    int before = published.size();

    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> engine.leftRunning("db") == 0);

    assertThat(published.subList(before, published.size()))
        .as("the left run's late READY was measured long ago")
        .isEmpty();
  }
}
