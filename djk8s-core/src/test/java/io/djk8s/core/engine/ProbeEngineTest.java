package io.djk8s.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.djk8s.NotReady;
import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
import io.djk8s.testing.FakeTicker;
import io.djk8s.testing.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine alone: no container, no network. */
class ProbeEngineTest {

  private final List<ProbeEngine> engines = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    engines.forEach(ProbeEngine::close);
  }

  private ProbeEngine engine(Duration timeout, int threads) {
    ProbeEngine engine = new ProbeEngine(timeout, threads);
    engines.add(engine);
    return engine;
  }

  private ReadinessProbe hangingUntilReleased(AtomicInteger runs) {
    return context -> {
      runs.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  private ProbeEngine engine(Duration timeout, int threads, FakeTicker ticker) {
    ProbeEngine engine = new ProbeEngine(timeout, threads, ticker::nanoTime);
    engines.add(engine);
    return engine;
  }

  @Test
  void anInstantProbeRunsOnTheCallersThreadAndNeverQueuesBehindAHungOne() {
    ProbeEngine engine = engine(Duration.ofMillis(300), 1);
    AtomicInteger hungRuns = new AtomicInteger();
    engine.prefetch(
        List.of(new NamedProbe("hung", hangingUntilReleased(hungRuns))),
        ProbeOrigin.HTTP,
        Duration.ZERO);
    await().atMost(Duration.ofSeconds(5)).until(() -> hungRuns.get() == 1); // the only thread
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    InstantProbe state = context -> ranOn.set(Thread.currentThread());

    ProbeReport report =
        engine.run(List.of(new NamedProbe("manual", state)), ProbeOrigin.HTTP, Duration.ZERO);

    assertThat(report.firstFailure()).as("not queued behind the hung probe: %s", report).isEmpty();
    assertThat(ranOn.get()).isSameAs(Thread.currentThread());
  }

  @Test
  void probesRunInParallelSoFourProbesThatWaitForEachOtherAllFinish() {
    ProbeEngine engine = engine(Duration.ofSeconds(10), 5);
    CountDownLatch allRunning = new CountDownLatch(4);
    ReadinessProbe waitsForTheOthers =
        context -> {
          allRunning.countDown();
          try {
            if (!allRunning.await(context.remaining().toMillis(), TimeUnit.MILLISECONDS)) {
              throw new NotReady("the other probes never ran alongside");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    List<NamedProbe> probes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      probes.add(new NamedProbe("p" + i, waitsForTheOthers));
    }

    ProbeReport report = engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);

    assertThat(report.ready())
        .as("4 probes that each wait for all 4 to be running: only parallel runs finish")
        .isTrue();
  }

  @Test
  void reusedAnswersFromFinishedRunsWithinTheWindowAndNeverRunsOrWaits() {
    FakeTicker ticker = new FakeTicker();
    ProbeEngine engine = engine(Duration.ofMillis(300), 2, ticker);
    AtomicInteger runs = new AtomicInteger();
    List<NamedProbe> probes = List.of(new NamedProbe("counted", context -> runs.incrementAndGet()));
    Duration window = Duration.ofSeconds(5);

    assertThat(engine.reused(probes, window)).as("before any run").isEmpty();
    engine.run(probes, ProbeOrigin.HTTP, window);
    ticker.advance(window.minusMillis(1));
    assertThat(engine.reused(probes, window)).as("inside the window").isPresent();
    assertThat(engine.reused(probes, Duration.ZERO)).as("without a window").isEmpty();
    ticker.advance(Duration.ofMillis(1));
    assertThat(engine.reused(probes, window)).as("at the end of the window").isEmpty();

    engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
    engine.invalidate("counted");
    assertThat(engine.reused(probes, window)).as("after invalidate").isEmpty();
    assertThat(runs).as("reused() ran nothing").hasValue(2);
  }

  @Test
  void reusedNeverReturnsARunStillInFlight() {
    ProbeEngine engine = engine(Duration.ofMillis(100), 2);
    AtomicInteger runs = new AtomicInteger();
    List<NamedProbe> probes = List.of(new NamedProbe("hang", hangingUntilReleased(runs)));

    engine.run(probes, ProbeOrigin.HTTP, Duration.ofSeconds(5));

    assertThat(engine.reused(probes, Duration.ofSeconds(5))).as("the run is in flight").isEmpty();
  }

  @Test
  void aProbeThatOverrunsItsDeadlineIsTimedOutAndTheOthersAnswer() {
    FakeTicker ticker = new FakeTicker();
    ProbeEngine engine = engine(Duration.ofMillis(300), 2, ticker);
    ReadinessProbe overruns =
        context -> {
          ticker.advance(Duration.ofMillis(350)); // the dependency takes 350 ms of the clock
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    List<NamedProbe> probes =
        List.of(new NamedProbe("fast", context -> {}), new NamedProbe("hang", overruns));

    ProbeReport report = engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);

    assertThat(report.outcomes().get(0).ready()).as("the probe that answered").isTrue();
    ProbeOutcome hang = report.outcomes().get(1);
    assertThat(hang.kind()).isEqualTo(ProbeOutcome.Kind.TIMED_OUT);
    assertThat(hang.content()).isEqualTo("hang: timed out after 300 ms");
    assertThat(hang.status()).isEqualTo(503);
    assertThat(report.firstFailure()).contains(hang);
  }

  @Test
  void aProbeThatAnswersJustInsideItsDeadlineIsReady() {
    FakeTicker ticker = new FakeTicker();
    ProbeEngine engine = engine(Duration.ofMillis(300), 2, ticker);
    List<NamedProbe> probes =
        List.of(new NamedProbe("slow", context -> ticker.advance(Duration.ofMillis(299))));

    ProbeOutcome slow = engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO).outcomes().get(0);

    assertThat(slow.kind())
        .as("299 ms of a 300 ms deadline: %s", slow)
        .isEqualTo(ProbeOutcome.Kind.READY);
  }

  @Test
  void theProbeContextDeadlineRunsOnTheEnginesClock() {
    FakeTicker ticker = new FakeTicker();
    ProbeEngine engine = engine(Duration.ofMillis(300), 2, ticker);
    List<Duration> remaining = new ArrayList<>();
    ReadinessProbe reads =
        context -> {
          remaining.add(context.remaining());
          ticker.advance(Duration.ofMillis(120));
          remaining.add(context.remaining());
        };

    engine.run(List.of(new NamedProbe("reads", reads)), ProbeOrigin.HTTP, Duration.ZERO);

    assertThat(remaining)
        .as("remaining time before and after 120 ms of the fake clock")
        .containsExactly(Duration.ofMillis(300), Duration.ofMillis(180));
  }

  @Test
  void concurrentCallersShareOneRunWhileItIsInFlight() throws Exception {
    ProbeEngine engine = engine(Duration.ofSeconds(5), 2);
    AtomicInteger runs = new AtomicInteger();
    List<NamedProbe> probes = List.of(new NamedProbe("gated", hangingUntilReleased(runs)));
    ExecutorService callers = Executors.newFixedThreadPool(50);
    try {
      List<Future<ProbeReport>> reports = new ArrayList<>();
      Callable<ProbeReport> call = () -> engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
      for (int i = 0; i < 50; i++) {
        reports.add(callers.submit(call));
      }
      Threads.awaitCallersWaitingForProbes(50, Duration.ofSeconds(10));
      release.countDown();
      for (Future<ProbeReport> report : reports) {
        assertThat(report.get(10, TimeUnit.SECONDS).ready()).isTrue();
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(runs.get()).as("runs of the probe for 50 concurrent callers").isEqualTo(1);
  }

  @Test
  void aFinishedRunIsNotReusedWithoutACacheButIsWithinTheCacheTtlAndNotAfter() {
    FakeTicker ticker = new FakeTicker();
    ProbeEngine engine = engine(Duration.ofSeconds(1), 2, ticker);
    AtomicInteger runs = new AtomicInteger();
    List<NamedProbe> probes = List.of(new NamedProbe("count", context -> runs.incrementAndGet()));

    engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
    engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
    assertThat(runs.get()).as("runs without cache").isEqualTo(2);

    engine.run(probes, ProbeOrigin.HTTP, Duration.ofMinutes(1));
    ticker.advance(Duration.ofSeconds(59));
    engine.run(probes, ProbeOrigin.HTTP, Duration.ofMinutes(1));
    assertThat(runs.get())
        .as("runs with a 1 min cache: the last finished run is reused, also 59 s later")
        .isEqualTo(2);

    ticker.advance(Duration.ofSeconds(2));
    engine.run(probes, ProbeOrigin.HTTP, Duration.ofMinutes(1));
    assertThat(runs.get()).as("runs once the 1 min cache has passed").isEqualTo(3);
  }

  @Test
  void anythingAProbeThrowsBecomesAGenericNotReadyOutcome() {
    ProbeEngine engine = engine(Duration.ofSeconds(1), 2);
    ReadinessProbe throwing =
        context -> {
          throw new IllegalStateException("password=secret");
        };
    ReadinessProbe erroring =
        context -> {
          throw new StackOverflowError();
        };

    ProbeReport report =
        engine.run(
            List.of(new NamedProbe("boom", throwing), new NamedProbe("err", erroring)),
            ProbeOrigin.HTTP,
            Duration.ZERO);

    ProbeOutcome boom = report.outcomes().get(0);
    assertThat(boom.kind()).isEqualTo(ProbeOutcome.Kind.FAILED);
    assertThat(boom.content()).isEqualTo("boom: check failed").doesNotContain("secret");
    assertThat(boom.status()).isEqualTo(503);
    assertThat(boom.failure()).containsInstanceOf(IllegalStateException.class);
    assertThat(report.outcomes().get(1).kind()).isEqualTo(ProbeOutcome.Kind.FAILED);
  }

  @Test
  void notReadyKeepsItsContentStatusAndDetail() {
    ProbeEngine engine = engine(Duration.ofSeconds(1), 2);
    ReadinessProbe busy =
        context -> {
          throw new NotReady("busy", 429, "queue depth 10000", null);
        };

    ProbeOutcome outcome =
        engine
            .run(List.of(new NamedProbe("queue", busy)), ProbeOrigin.HTTP, Duration.ZERO)
            .outcomes()
            .get(0);

    assertThat(outcome.kind()).isEqualTo(ProbeOutcome.Kind.NOT_READY);
    assertThat(outcome.content()).isEqualTo("busy");
    assertThat(outcome.status()).isEqualTo(429);
    assertThat(outcome.detail()).isEqualTo("queue depth 10000");
  }

  @Test
  void aHungProbeHoldsOneThreadHoweverOftenItIsAskedAndIsInterruptedOnceStuck()
      throws InterruptedException {
    ProbeEngine engine = engine(Duration.ofMillis(50), 4);
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger interrupts = new AtomicInteger();
    ReadinessProbe ignoresDeadline =
        context -> {
          runs.incrementAndGet();
          while (true) {
            try {
              release.await();
              return;
            } catch (InterruptedException e) {
              interrupts.incrementAndGet(); // a badly written probe: swallows and keeps waiting
            }
          }
        };
    List<NamedProbe> probes = List.of(new NamedProbe("stuck", ignoresDeadline));
    long threadsBefore = Threads.probeThreads();

    for (int i = 0; i < 20; i++) {
      ProbeReport report = engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
      assertThat(report.outcomes().get(0).kind()).isEqualTo(ProbeOutcome.Kind.TIMED_OUT);
    }

    assertThat(runs.get()).as("runs started for 20 requests against a hung probe").isEqualTo(1);
    assertThat(interrupts.get()).as("interrupts of the stuck run").isEqualTo(1);
    assertThat(Threads.probeThreads() - threadsBefore)
        .as("new djk8s-probe threads for 20 requests")
        .isLessThanOrEqualTo(1);
  }

  @Test
  void aStuckRunThatHonoursInterruptsIsReplacedByAFreshRun() throws InterruptedException {
    ProbeEngine engine = engine(Duration.ofMillis(50), 2);
    AtomicInteger runs = new AtomicInteger();
    List<NamedProbe> probes = List.of(new NamedProbe("hang", hangingUntilReleased(runs)));

    engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
    await("a fresh run once the stuck one was interrupted")
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
              return runs.get() >= 2;
            });

    assertThat(runs.get()).as("a new run after the stuck one was interrupted").isEqualTo(2);
  }
}
