package io.djk8s.mphealth;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeReport;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.settings.DetailsPolicy;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One djk8s probe seen as a MicroProfile Health check.
 *
 * <p>The first check of a {@code /health/ready} request starts every probe of its group at once
 * through the engine; the other checks of the same request find those runs in flight or just
 * finished (reused for one default probe deadline at least), so each probe runs once per request
 * and the request takes about as long as the slowest probe.
 */
final class ProbeHealthCheck implements HealthCheck {

  private final ProbeGroup group;
  private final String name;
  private final ProbeService runtime;

  ProbeHealthCheck(ProbeGroup group, String name, ProbeService runtime) {
    this.group = group;
    this.name = name;
    this.runtime = runtime;
  }

  @Override
  public HealthCheckResponse call() {
    // the checks of one request share the runs the first one started: at least one deadline of
    // reuse on top of each probe's own windows
    Duration reuse = runtime.timeout();
    runtime.prefetch(group, ProbeOrigin.HEALTH, reuse);
    NamedProbe probe = runtime.probe(group, name).orElseThrow();
    ProbeReport report = runtime.run(group, List.of(probe), ProbeOrigin.HEALTH, reuse);
    return HealthCheckResponseOf.outcome(
        report.outcomes().get(0),
        report.isOptional(name),
        runtime.settings().details() == DetailsPolicy.ALWAYS);
  }
}
