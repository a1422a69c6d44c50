package io.djk8s.mphealth;

import io.djk8s.core.engine.ProbeOutcome;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Maps a probe outcome onto a MicroProfile Health response: ready is UP, anything else DOWN. */
final class HealthCheckResponseOf {

  private HealthCheckResponseOf() {}

  static HealthCheckResponse up(String name) {
    return HealthCheckResponse.named(name).up().build();
  }

  static HealthCheckResponse outcome(ProbeOutcome outcome, boolean withReason) {
    if (outcome.ready()) {
      return up(outcome.name());
    }
    HealthCheckResponseBuilder builder =
        HealthCheckResponse.named(outcome.name()).down().withData("status", outcome.status());
    if (withReason) {
      builder.withData("reason", outcome.detail());
    }
    return builder.build();
  }
}
