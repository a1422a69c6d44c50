package io.djk8s.core.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Outcomes the lifecycle states without running a probe. */
public final class Outcomes {

  private Outcomes() {}

  public static ProbeOutcome ready(String name) {
    return new ProbeOutcome(
        name, ProbeOutcome.Kind.READY, ProbeOutcome.OK, 200, "ok", Optional.empty(), Duration.ZERO);
  }

  public static ProbeReport allReady(List<NamedProbe> probes) {
    return new ProbeReport(probes.stream().map(p -> ready(p.name())).toList());
  }
}
