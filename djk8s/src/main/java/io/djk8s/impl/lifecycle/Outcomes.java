package io.djk8s.impl.lifecycle;

import io.djk8s.impl.probe.NamedProbe;
import io.djk8s.impl.probe.ProbeOutcome;
import io.djk8s.impl.probe.ProbeReport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Outcomes the lifecycle states without running a probe. */
final class Outcomes {

  private Outcomes() {}

  static ProbeOutcome ready(String name) {
    return new ProbeOutcome(
        name, ProbeOutcome.Kind.READY, ProbeOutcome.OK, 200, "ok", Optional.empty(), Duration.ZERO);
  }

  static ProbeReport allReady(List<NamedProbe> probes) {
    return new ProbeReport(probes.stream().map(p -> ready(p.name())).toList());
  }
}
