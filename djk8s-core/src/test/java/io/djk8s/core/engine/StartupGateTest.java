package io.djk8s.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.NotReady;
import io.djk8s.ProbeOrigin;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StartupGateTest {

  @Test
  void latchesOnceEveryProbeHasPassedEvenAcrossSeparateRunsAndThenRunsNothing() {
    AtomicBoolean aReady = new AtomicBoolean(true);
    AtomicBoolean bReady = new AtomicBoolean(false);
    AtomicInteger runs = new AtomicInteger();
    NamedProbe a = probe("a", aReady, runs);
    NamedProbe b = probe("b", bReady, runs);
    List<NamedProbe> group = List.of(a, b);
    StartupGate gate = new StartupGate(Ticker.SYSTEM);
    try (ProbeEngine engine = new ProbeEngine(Duration.ofSeconds(1), 4)) {
      assertThat(gate.run(engine, group, group, ProbeOrigin.HTTP, Duration.ZERO).ready()).isFalse();
      assertThat(gate.started()).isFalse();

      bReady.set(true);
      assertThat(gate.run(engine, group, List.of(b), ProbeOrigin.HEALTH, Duration.ZERO).ready())
          .isTrue();
      assertThat(gate.started()).as("a passed earlier, b now").isTrue();

      aReady.set(false);
      int before = runs.get();
      assertThat(gate.run(engine, group, group, ProbeOrigin.HTTP, Duration.ZERO).ready())
          .as("started for good")
          .isTrue();
      assertThat(runs.get()).as("no probe runs once started").isEqualTo(before);
    }
  }

  @Test
  void aProbeThatFailsAfterPassingHoldsTheGateUntilItPassesAgain() {
    AtomicBoolean aReady = new AtomicBoolean(true);
    AtomicBoolean bReady = new AtomicBoolean(false);
    AtomicInteger runs = new AtomicInteger();
    List<NamedProbe> group = List.of(probe("a", aReady, runs), probe("b", bReady, runs));
    StartupGate gate = new StartupGate(Ticker.SYSTEM);
    try (ProbeEngine engine = new ProbeEngine(Duration.ofSeconds(1), 4)) {
      gate.run(engine, group, group, ProbeOrigin.HTTP, Duration.ZERO);
      aReady.set(false);
      bReady.set(true);
      gate.run(engine, group, group, ProbeOrigin.HTTP, Duration.ZERO);
      assertThat(gate.started()).as("a failed at its latest run").isFalse();
    }
  }

  private static NamedProbe probe(String name, AtomicBoolean ready, AtomicInteger runs) {
    return new NamedProbe(
        name,
        context -> {
          runs.incrementAndGet();
          if (!ready.get()) {
            throw new NotReady(name + ": not yet");
          }
        });
  }
}
