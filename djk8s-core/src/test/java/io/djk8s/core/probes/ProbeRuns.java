package io.djk8s.core.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
import java.time.Duration;

/** One run of a built-in probe in a test, as an HTTP request would start it. */
public final class ProbeRuns {

  private ProbeRuns() {}

  /**
   * Runs the probe once and expects it not ready.
   *
   * @param probe the probe
   * @param timeout its deadline
   * @return what it threw
   */
  public static NotReady notReady(ReadinessProbe probe, Duration timeout) {
    NotReady notReady =
        catchThrowableOfType(
            NotReady.class, () -> probe.ready(ProbeContext.startingNow(timeout, ProbeOrigin.HTTP)));
    assertThat(notReady).as("not ready").isNotNull();
    return notReady;
  }
}
