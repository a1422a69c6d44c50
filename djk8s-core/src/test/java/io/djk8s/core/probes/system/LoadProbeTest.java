package io.djk8s.core.probes.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The load probe with an operating system whose load average the test sets. */
class LoadProbeTest {

  private static ProbeContext context() {
    return ProbeContext.startingNow(Duration.ofMillis(500), ProbeOrigin.HTTP);
  }

  private static LoadProbe probe(AtomicReference<Double> load, int cpus) {
    return new LoadProbe(
        0.9,
        new LoadProbe.Os() {
          @Override
          public double loadAverage() {
            return load.get();
          }

          @Override
          public int cpus() {
            return cpus;
          }
        });
  }

  @Test
  void aLoadAtOrAbove90PercentPerCpuIsNotReadyAndALowerOneIsReadyAgain() {
    AtomicReference<Double> load = new AtomicReference<>(1.0);
    LoadProbe probe = probe(load, 2);

    assertThatCode(() -> probe.ready(context())).as("50%% per CPU").doesNotThrowAnyException();

    load.set(1.9);
    NotReady high = catchThrowableOfType(NotReady.class, () -> probe.ready(context()));
    assertThat(high).as("95%% per CPU").isNotNull();
    assertThat(high.content()).isEqualTo(LoadProbe.NOT_READY_CONTENT);
    assertThat(high.detail())
        .isEqualTo(
            "1-minute load average 1.90 on 2 CPUs is 95% per CPU, at or above the maximum 90%");

    load.set(1.7);
    assertThatCode(() -> probe.ready(context())).as("85%% per CPU").doesNotThrowAnyException();
  }

  @Test
  void anOperatingSystemWithoutLoadAverageSaysSo() {
    NotReady none =
        catchThrowableOfType(
            NotReady.class, () -> probe(new AtomicReference<>(-1.0), 4).ready(context()));

    assertThat(none.content()).isEqualTo(LoadProbe.NO_LOAD_AVERAGE_CONTENT);
    assertThat(none.detail()).contains("reports no load average");
  }
}
