package io.djk8s.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.djk8s.NotReady;
import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.policy.ProbePolicies;
import io.djk8s.core.policy.ProbePolicy;
import io.djk8s.testing.FakeTicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Per-probe policies in the engine, on a fake clock and a scheduler the test advances. */
class ProbePolicyEngineTest {

  private static final Duration DEADLINE = Duration.ofMillis(300);
  private static final Duration INTERVAL = Duration.ofSeconds(1);

  private final FakeTicker ticker = new FakeTicker();
  private final ManualScheduler scheduler = new ManualScheduler(ticker);
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<ProbeEngine> engines = new ArrayList<>();

  @AfterEach
  void stop() {
    release.countDown();
    engines.forEach(ProbeEngine::close);
  }

  private ProbeEngine engine(Map<String, ProbePolicy> policies) {
    ProbeEngine engine =
        new ProbeEngine(
            ProbePolicies.of(ProbePolicy.of(DEADLINE, Duration.ZERO), policies),
            4,
            ticker::nanoTime,
            () -> scheduler);
    engines.add(engine);
    return engine;
  }

  private static ProbePolicy background(Duration interval) {
    return new ProbePolicy(
        DEADLINE, Duration.ZERO, Duration.ZERO, false, interval, interval.multipliedBy(3));
  }

  private static ProbePolicy reuse(Duration success, Duration failure) {
    return new ProbePolicy(DEADLINE, success, failure, false, Duration.ZERO, Duration.ZERO);
  }

  private static ReadinessProbe counting(AtomicInteger runs, AtomicBoolean ready) {
    return context -> {
      runs.incrementAndGet();
      if (!ready.get()) {
        throw new NotReady("down");
      }
    };
  }

  @Test
  void aSuccessfulResultIsReusedForItsWindowAndAFailedOneForItsOwn() {
    AtomicInteger runs = new AtomicInteger();
    AtomicBoolean ready = new AtomicBoolean(true);
    ProbeEngine engine =
        engine(Map.of("db", reuse(Duration.ofSeconds(10), Duration.ofMillis(500))));
    List<NamedProbe> db = List.of(new NamedProbe("db", counting(runs, ready)));

    engine.run(db, ProbeOrigin.HTTP, Duration.ZERO);
    ticker.advance(Duration.ofSeconds(9));
    engine.run(db, ProbeOrigin.HTTP, Duration.ZERO);
    assertThat(runs).as("a success is reused for 10 s").hasValue(1);

    ticker.advance(Duration.ofSeconds(2));
    ready.set(false);
    assertThat(engine.run(db, ProbeOrigin.HTTP, Duration.ZERO).ready()).isFalse();
    ticker.advance(Duration.ofMillis(400));
    engine.run(db, ProbeOrigin.HTTP, Duration.ZERO);
    assertThat(runs).as("a failure is reused for 500 ms").hasValue(2);
    ticker.advance(Duration.ofMillis(100));
    engine.run(db, ProbeOrigin.HTTP, Duration.ZERO);
    assertThat(runs).as("and not after").hasValue(3);
  }

  @Test
  void reusedHonoursTheSameSeparateWindows() {
    AtomicBoolean ready = new AtomicBoolean(false);
    ProbeEngine engine = engine(Map.of("db", reuse(Duration.ofSeconds(10), Duration.ZERO)));
    List<NamedProbe> db = List.of(new NamedProbe("db", counting(new AtomicInteger(), ready)));

    engine.run(db, ProbeOrigin.HTTP, Duration.ZERO);
    assertThat(engine.reused(db, Duration.ZERO))
        .as("a failure with failure-cache-ttl 0 is never reused by the no-wait path")
        .isEmpty();

    ready.set(true);
    engine.run(db, ProbeOrigin.HTTP, Duration.ZERO);
    ticker.advance(Duration.ofSeconds(9));
    assertThat(engine.reused(db, Duration.ZERO))
        .as("a success within its 10 s")
        .hasValueSatisfying(report -> assertThat(report.ready()).isTrue());
  }

  @Test
  void eachProbeTimesOutByItsOwnDeadline() {
    ProbeEngine engine =
        engine(
            Map.of(
                "short",
                new ProbePolicy(
                    Duration.ofMillis(100),
                    Duration.ZERO,
                    Duration.ZERO,
                    false,
                    Duration.ZERO,
                    Duration.ZERO)));
    ReadinessProbe hangs =
        context -> {
          ticker.advance(Duration.ofMillis(150));
          awaitRelease();
        };

    ProbeReport report =
        engine.run(
            List.of(new NamedProbe("short", hangs), new NamedProbe("long", context -> {})),
            ProbeOrigin.HTTP,
            Duration.ZERO);

    assertThat(report.outcomes().get(0).content()).isEqualTo("short: timed out after 100 ms");
    assertThat(report.outcomes().get(1).ready())
        .as("the other probe, with the 300 ms default, is still within its deadline")
        .isTrue();
  }

  @Test
  void mixedDeadlinesWaitForTheLargestNotTheSum() {
    ProbeEngine engine =
        new ProbeEngine(
            ProbePolicies.of(
                ProbePolicy.of(Duration.ofMillis(300), Duration.ZERO),
                Map.of("fast", ProbePolicy.of(Duration.ofMillis(150), Duration.ZERO))),
            4,
            Ticker.SYSTEM,
            () -> scheduler);
    engines.add(engine);
    List<NamedProbe> probes = new ArrayList<>();
    for (String name : List.of("fast", "a", "b", "c")) {
      probes.add(new NamedProbe(name, context -> awaitRelease()));
    }

    long start = System.nanoTime();
    ProbeReport report = engine.run(probes, ProbeOrigin.HTTP, Duration.ZERO);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(report.outcomes())
        .extracting(ProbeOutcome::kind)
        .containsOnly(ProbeOutcome.Kind.TIMED_OUT);
    assertThat(took)
        .as("four hung probes (150 + 3 × 300 ms deadlines) answer by the largest deadline")
        .isGreaterThanOrEqualTo(Duration.ofMillis(300))
        .isLessThan(Duration.ofMillis(700));
  }

  @Test
  void anOptionalProbeIsReportedButNeverFailsTheReport() {
    ProbeEngine engine =
        engine(
            Map.of(
                "cache",
                new ProbePolicy(
                    DEADLINE, Duration.ZERO, Duration.ZERO, true, Duration.ZERO, Duration.ZERO)));
    ReadinessProbe down =
        context -> {
          throw new NotReady("cache down");
        };

    ProbeReport report =
        engine.run(
            List.of(new NamedProbe("cache", down), new NamedProbe("db", context -> {})),
            ProbeOrigin.HTTP,
            Duration.ZERO);

    assertThat(report.outcomes().get(0).ready()).as("the optional probe failed").isFalse();
    assertThat(report.isOptional("cache")).isTrue();
    assertThat(report.ready()).as("but the report is ready").isTrue();
    assertThat(report.firstFailure()).isEmpty();
  }

  @Test
  void aBackgroundProbeRunsOncePerIntervalWhateverTheRequestRate() {
    AtomicInteger runs = new AtomicInteger();
    ProbeEngine engine = engine(Map.of("db", background(INTERVAL)));
    List<NamedProbe> db = List.of(new NamedProbe("db", counting(runs, new AtomicBoolean(true))));
    engine.startBackground(db);

    scheduler.runDue();
    await("the first refresh").atMost(Duration.ofSeconds(10)).until(engine::backgroundPrimed);
    for (int i = 0; i < 500; i++) {
      assertThat(engine.run(db, ProbeOrigin.HTTP, Duration.ZERO).ready()).isTrue();
    }
    assertThat(runs).as("500 requests, one interval").hasValue(1);

    scheduler.advance(INTERVAL);
    await("the second refresh").atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 2);
    for (int i = 0; i < 500; i++) {
      engine.run(db, ProbeOrigin.HTTP, Duration.ZERO);
      engine.reused(db, Duration.ZERO);
    }
    assertThat(runs).hasValue(2);
  }

  @Test
  void aBackgroundResultIsServedWithoutWaitingAndTheRequestOriginIsBackground() {
    List<ProbeOrigin> origins = new java.util.concurrent.CopyOnWriteArrayList<>();
    ProbeEngine engine = engine(Map.of("db", background(INTERVAL)));
    List<NamedProbe> db = List.of(new NamedProbe("db", context -> origins.add(context.origin())));

    assertThat(engine.reused(db, Duration.ZERO))
        .as("before the first result the no-wait path still answers: not ready")
        .isEmpty();
    engine.startBackground(db);
    ProbeOutcome before = engine.run(db, ProbeOrigin.HTTP, Duration.ZERO).outcomes().get(0);
    assertThat(before.ready()).isFalse();
    assertThat(before.content()).isEqualTo("db: no background result yet");

    scheduler.runDue();
    await().atMost(Duration.ofSeconds(10)).until(engine::backgroundPrimed);
    assertThat(engine.reused(db, Duration.ZERO))
        .hasValueSatisfying(report -> assertThat(report.ready()).isTrue());
    assertThat(origins).containsExactly(ProbeOrigin.BACKGROUND);
  }

  @Test
  void aResultOlderThanMaxStalenessIsNotReadyWithItsAge() {
    ProbeEngine engine = engine(Map.of("db", background(INTERVAL)));
    List<NamedProbe> db = List.of(new NamedProbe("db", context -> {}));
    engine.startBackground(db);
    scheduler.runDue();
    await().atMost(Duration.ofSeconds(10)).until(engine::backgroundPrimed);

    scheduler.close(); // the refreshes stop: nothing renews the result
    ticker.advance(Duration.ofMillis(3000));
    assertThat(engine.run(db, ProbeOrigin.HTTP, Duration.ZERO).ready())
        .as("exactly 3 intervals old")
        .isTrue();
    ticker.advance(Duration.ofMillis(1));

    ProbeOutcome stale = engine.run(db, ProbeOrigin.HTTP, Duration.ZERO).outcomes().get(0);
    assertThat(stale.ready()).isFalse();
    assertThat(stale.status()).isEqualTo(503);
    assertThat(stale.content())
        .isEqualTo("db: stale result, last refreshed 3001 ms ago (max-staleness 3000 ms)");
  }

  @Test
  void aRefreshThatHangsIsTimedOutAtItsDeadlineAndRequestsStillDoNotWait() {
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger interrupts = new AtomicInteger();
    ProbeEngine engine = engine(Map.of("db", background(INTERVAL)));
    List<NamedProbe> db =
        List.of(
            new NamedProbe(
                "db",
                context -> {
                  runs.incrementAndGet();
                  hangIgnoringInterrupts(interrupts);
                }));
    engine.startBackground(db);
    scheduler.runDue();
    await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 1);

    scheduler.advance(DEADLINE);

    long start = System.nanoTime();
    ProbeOutcome outcome = engine.run(db, ProbeOrigin.HTTP, Duration.ZERO).outcomes().get(0);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("read, not waited for")
        .isLessThan(Duration.ofMillis(200));
    assertThat(outcome.kind()).isEqualTo(ProbeOutcome.Kind.TIMED_OUT);
    assertThat(outcome.content()).isEqualTo("db: timed out after 300 ms");
    scheduler.advance(INTERVAL.multipliedBy(3));
    assertThat(runs).as("the hung run is joined, not started again beside it").hasValue(1);
    await("the stuck run is interrupted once")
        .atMost(Duration.ofSeconds(10))
        .until(() -> interrupts.get() == 1);
  }

  @Test
  void closingTheEngineStopsTheRefresh() {
    ProbeEngine engine = engine(Map.of("db", background(INTERVAL)));
    engine.startBackground(List.of(new NamedProbe("db", context -> {})));

    engine.close();

    assertThat(scheduler.closed()).isTrue();
  }

  @Test
  void theStartupGateWaitsForTheFirstBackgroundResult() {
    ProbeEngine engine = engine(Map.of("db", background(INTERVAL)));
    List<NamedProbe> db = List.of(new NamedProbe("db", context -> awaitRelease()));
    engine.startBackground(db);
    StartupGate gate = new StartupGate(ticker::nanoTime);
    List<NamedProbe> startup = List.of(new NamedProbe("deployment", context -> {}));
    scheduler.runDue(); // the first refresh hangs until released

    ProbeReport waiting = gate.run(engine, startup, startup, ProbeOrigin.HTTP, Duration.ZERO);

    assertThat(gate.started()).isFalse();
    assertThat(waiting.ready()).isFalse();
    assertThat(waiting.firstFailure().orElseThrow().content())
        .isEqualTo("startup: waiting for the first result of background probes [db]");

    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(engine::backgroundPrimed);
    assertThat(gate.run(engine, startup, startup, ProbeOrigin.HTTP, Duration.ZERO).ready())
        .isTrue();
    assertThat(gate.started()).isTrue();
  }

  private void hangIgnoringInterrupts(AtomicInteger interrupts) {
    while (release.getCount() > 0) {
      try {
        release.await();
      } catch (InterruptedException e) {
        interrupts.incrementAndGet();
      }
    }
  }

  private void awaitRelease() {
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
