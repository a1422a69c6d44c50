package io.djk8s.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.NotReady;
import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Probes that break the contract still end their run with a 4xx/5xx outcome. */
class HostileProbeTest {

  private static ProbeReport runOnce(ProbeEngine engine, String name, ReadinessProbe probe) {
    return engine.run(List.of(new NamedProbe(name, probe)), ProbeOrigin.HTTP, Duration.ZERO);
  }

  @Test
  void aNotReadySubclassThatClaimsStatus200Answers503WithTheDefaultBody() {
    NotReady liar =
        new NotReady("lying") {
          @Override
          public int status() {
            return 200;
          }

          @Override
          public String content() {
            return null;
          }
        };
    try (ProbeEngine engine = new ProbeEngine(Duration.ofSeconds(5), 2)) {
      ProbeOutcome outcome =
          runOnce(
                  engine,
                  "liar",
                  context -> {
                    throw liar;
                  })
              .outcomes()
              .get(0);

      assertThat(outcome.kind()).isEqualTo(ProbeOutcome.Kind.NOT_READY);
      assertThat(outcome.status()).as("a 2xx from a NotReady is not trusted").isEqualTo(503);
      assertThat(outcome.content()).isEqualTo(NotReady.DEFAULT_CONTENT);
    }
  }

  @Test
  void aNotReadyWhoseGetterThrowsIsAFailureNotAHang() {
    NotReady broken =
        new NotReady("broken") {
          @Override
          public String content() {
            throw new IllegalStateException("getter bug");
          }
        };
    try (ProbeEngine engine = new ProbeEngine(Duration.ofSeconds(5), 2)) {
      ProbeOutcome outcome =
          runOnce(
                  engine,
                  "broken",
                  context -> {
                    throw broken;
                  })
              .outcomes()
              .get(0);

      assertThat(outcome.kind()).isEqualTo(ProbeOutcome.Kind.FAILED);
      assertThat(outcome.status()).isEqualTo(503);
      assertThat(outcome.content()).isEqualTo("broken: check failed");
    }
  }

  @Test
  void anExceptionWhoseToStringThrowsEndsTheRunAndTheNextRunTriesAgain() {
    AtomicInteger runs = new AtomicInteger();
    RuntimeException unprintable =
        new RuntimeException() {
          @Override
          public String toString() {
            throw new IllegalStateException("toString bug");
          }
        };
    ReadinessProbe probe =
        context -> {
          runs.incrementAndGet();
          throw unprintable;
        };
    try (ProbeEngine engine = new ProbeEngine(Duration.ofSeconds(5), 2)) {
      ProbeOutcome first = runOnce(engine, "unprintable", probe).outcomes().get(0);
      ProbeOutcome second = runOnce(engine, "unprintable", probe).outcomes().get(0);

      assertThat(first.kind()).as("not 'timed out' forever").isEqualTo(ProbeOutcome.Kind.FAILED);
      assertThat(first.detail()).contains(unprintable.getClass().getName());
      assertThat(second.kind()).isEqualTo(ProbeOutcome.Kind.FAILED);
      assertThat(runs).as("the second request ran the probe again").hasValue(2);
    }
  }

  @Test
  void anErrorEndsTheRunAndTheNextRunTriesAgain() {
    AtomicInteger runs = new AtomicInteger();
    ReadinessProbe probe =
        context -> {
          if (runs.incrementAndGet() == 1) {
            throw new StackOverflowError("deep");
          }
        };
    try (ProbeEngine engine = new ProbeEngine(Duration.ofSeconds(5), 2)) {
      ProbeOutcome first = runOnce(engine, "deep", probe).outcomes().get(0);
      ProbeOutcome second = runOnce(engine, "deep", probe).outcomes().get(0);

      assertThat(first.kind()).isEqualTo(ProbeOutcome.Kind.FAILED);
      assertThat(second.kind())
          .as("retried, and this time ready")
          .isEqualTo(ProbeOutcome.Kind.READY);
      assertThat(runs).hasValue(2);
    }
  }
}
