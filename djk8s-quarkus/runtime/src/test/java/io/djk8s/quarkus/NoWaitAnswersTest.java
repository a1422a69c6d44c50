package io.djk8s.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.djk8s.NotReady;
import io.djk8s.ProbeOrigin;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ProbeServiceBuilder;
import io.djk8s.core.http.Caller;
import io.djk8s.core.http.ProbeAnswer;
import io.djk8s.core.http.ProbeTarget;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import io.djk8s.testing.FakeTicker;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the event loop may answer a probe request itself: only when no probe has to run, and never
 * from a result the engine would not reuse. Runs a real engine on a clock the test moves.
 */
class NoWaitAnswersTest {

  private static final ProbeTarget READYZ = new ProbeTarget(ProbeGroup.READINESS, "readyz", none());
  private static final ProbeTarget LIVEZ = new ProbeTarget(ProbeGroup.LIVENESS, "livez", none());
  private static final ProbeTarget STARTUPZ =
      new ProbeTarget(ProbeGroup.STARTUP, "startupz", none());
  private static final Duration TTL = Duration.ofSeconds(5);

  private final FakeTicker ticker = new FakeTicker();
  private final AtomicInteger runs = new AtomicInteger();
  private final AtomicReference<String> down = new AtomicReference<>();
  private ProbeService service;

  @AfterEach
  void close() {
    service.close();
  }

  private NoWaitAnswers engine(Duration cacheTtl) {
    Map<String, String> keys = new HashMap<>();
    keys.put("djk8s.readiness.probes", "flag");
    keys.put("djk8s.probe.cache-ttl", cacheTtl.toMillis() + "ms");
    NamedProbe flag =
        new NamedProbe(
            "flag",
            context -> {
              runs.incrementAndGet();
              String why = down.get();
              if (why != null) {
                throw new NotReady(why);
              }
            });
    service =
        new ProbeServiceBuilder(
                SettingsReader.read(SettingsSource.of(keys)).settings().orElseThrow())
            .ticker(ticker::nanoTime)
            .add(ProbeGroup.READINESS, flag)
            .add(ProbeGroup.STARTUP, flag)
            .build();
    return new NoWaitAnswers(service);
  }

  @Test
  void aGroupWithoutProbesIsAnsweredWithoutRunningAnything() {
    NoWaitAnswers answers = engine(Duration.ZERO);
    Optional<ProbeAnswer> livez = answer(answers, LIVEZ, Map.of());
    assertThat(livez).as("/livez without liveness probes").isPresent();
    assertThat(livez.get().status()).isEqualTo(200);
    assertThat(livez.get().body()).hasValue("Ok");
    assertThat(answer(answers, READYZ, Map.of("exclude", List.of("flag"))))
        .as("a selection ?exclude= emptied")
        .isPresent();
    assertThat(runs).hasValue(0);
  }

  @Test
  void withoutAReuseWindowEveryReadinessRequestMustRun() {
    NoWaitAnswers answers = engine(Duration.ZERO);
    run();
    assertThat(answer(answers, READYZ, Map.of())).as("cache-ttl 0: nothing is reused").isEmpty();
  }

  @Test
  void aFinishedResultIsReusedForTheWindowTheEngineAppliesAndNoLonger() {
    NoWaitAnswers answers = engine(TTL);
    assertThat(answer(answers, READYZ, Map.of())).as("no result yet").isEmpty();
    down.set("flag: down");
    run();
    Optional<ProbeAnswer> reused = reusedOnce(answers);
    assertThat(reused.get().status()).isEqualTo(503);
    assertThat(reused.get().body()).hasValue("flag: down");
    assertThat(
            answer(
                answers,
                new ProbeTarget(ProbeGroup.READINESS, "readyz", Optional.of("flag")),
                Map.of()))
        .as("/readyz/flag")
        .isPresent();
    ticker.advance(TTL);
    assertThat(answer(answers, READYZ, Map.of())).as("at the end of the window").isEmpty();
    assertThat(runs).as("nothing ran for the reused answers").hasValue(1);
  }

  @Test
  void anInvalidatedProbeIsNotReusedUntilItRunsAgain() {
    NoWaitAnswers answers = engine(TTL);
    run();
    reusedOnce(answers);
    service.invalidate("flag");
    assertThat(answer(answers, READYZ, Map.of())).as("forgotten within the window").isEmpty();
    ticker.advance(Duration.ofMillis(1));
    run();
    reusedOnce(answers);
  }

  @Test
  void startupIsAnsweredWithoutRunningOnlyOnceTheStartupProbesPassed() {
    NoWaitAnswers answers = engine(TTL);
    assertThat(answer(answers, STARTUPZ, Map.of())).as("before start-up").isEmpty();
    service.run(
        ProbeGroup.STARTUP, service.probes(ProbeGroup.STARTUP), ProbeOrigin.HTTP, Duration.ZERO);
    assertThat(service.started()).isTrue();
    int before = runs.get();
    Optional<ProbeAnswer> startupz = answer(answers, STARTUPZ, Map.of());
    assertThat(startupz).as("once started").isPresent();
    assertThat(startupz.get().status()).isEqualTo(200);
    assertThat(runs).hasValue(before);
  }

  /**
   * The reused answer once the engine's listener has seen the run: the engine tells its listeners
   * on the probe's thread, after the waiting caller may have had its answer. The fake clock stands
   * still meanwhile, so the window cannot pass.
   */
  private static Optional<ProbeAnswer> reusedOnce(NoWaitAnswers answers) {
    await("the finished run is reusable")
        .atMost(Duration.ofSeconds(10))
        .until(() -> answer(answers, READYZ, Map.of()).isPresent());
    return answer(answers, READYZ, Map.of());
  }

  private void run() {
    service.run(
        ProbeGroup.READINESS,
        service.probes(ProbeGroup.READINESS),
        ProbeOrigin.HTTP,
        service.settings().cacheTtl());
  }

  private static Optional<ProbeAnswer> answer(
      NoWaitAnswers answers, ProbeTarget target, Map<String, List<String>> query) {
    return answers.answer(target, query, false, Caller.ANONYMOUS);
  }

  private static Optional<String> none() {
    return Optional.empty();
  }
}
