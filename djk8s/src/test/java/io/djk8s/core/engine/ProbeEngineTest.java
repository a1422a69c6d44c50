package io.djk8s.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.NotReady;
import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
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

  private static ReadinessProbe sleeping(long millis) {
    return context -> sleep(millis);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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

  @Test
  void probesRunInParallelSoFourProbesOf200MsTakeAboutOneProbesTime() {
    ProbeEngine engine = engine(Duration.ofSeconds(5), 5);
    List<NamedProbe> probes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      probes.add(new NamedProbe("p" + i, sleeping(200)));
    }
    engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO); // warm up the threads

    long start = System.nanoTime();
    ProbeReport report = engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(report.ready()).isTrue();
    assertThat(millis)
        .as("4 x 200 ms probes in parallel, sequential would be 800 ms")
        .isLessThan(500);
  }

  @Test
  void aProbeThatOverrunsItsDeadlineIsTimedOutAndTheAnswerComesOnTime() {
    ProbeEngine engine = engine(Duration.ofMillis(300), 2);
    AtomicInteger runs = new AtomicInteger();
    List<NamedProbe> probes =
        List.of(
            new NamedProbe("fast", sleeping(0)),
            new NamedProbe("hang", hangingUntilReleased(runs)));

    long start = System.nanoTime();
    ProbeReport report = engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(millis).as("answer time with a 300 ms deadline").isBetween(290L, 400L);
    assertThat(report.outcomes().get(0).ready()).isTrue();
    ProbeOutcome hang = report.outcomes().get(1);
    assertThat(hang.kind()).isEqualTo(ProbeOutcome.Kind.TIMED_OUT);
    assertThat(hang.content()).isEqualTo("hang: timed out after 300 ms");
    assertThat(hang.status()).isEqualTo(503);
    assertThat(report.firstFailure()).contains(hang);
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
      assertThat(Threads.awaitCallersWaitingForProbes(50, Duration.ofSeconds(10)))
          .as("50 callers waiting for the probe")
          .isTrue();
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
  void aFinishedRunIsNotReusedWithoutACacheButIsWithinTheCacheTtl() {
    ProbeEngine engine = engine(Duration.ofSeconds(1), 2);
    AtomicInteger runs = new AtomicInteger();
    List<NamedProbe> probes = List.of(new NamedProbe("count", context -> runs.incrementAndGet()));

    engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
    engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
    assertThat(runs.get()).as("runs without cache").isEqualTo(2);

    engine.run(probes, ProbeOrigin.HTTP, Duration.ofMinutes(1));
    engine.run(probes, ProbeOrigin.HTTP, Duration.ofMinutes(1));
    assertThat(runs.get()).as("runs with a 1 min cache").isEqualTo(2);
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
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (runs.get() < 2 && System.nanoTime() < deadline) {
      engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
    }

    assertThat(runs.get()).as("a new run after the stuck one was interrupted").isEqualTo(2);
  }
}
