package io.djk8s.mphealth;

import io.djk8s.core.engine.ProbeOutcome;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Maps a probe outcome onto a MicroProfile Health response: ready is UP, anything else DOWN. An
 * optional probe never changes the group's answer, so it is always UP, with {@code optional=true}
 * and {@code ready} (and, when not ready, the {@code status} it would have answered) in its data.
 */
final class HealthCheckResponseOf {

  private HealthCheckResponseOf() {}

  static HealthCheckResponse up(String name) {
    return HealthCheckResponse.named(name).up().build();
  }

  static HealthCheckResponse outcome(ProbeOutcome outcome, boolean optional, boolean withReason) {
    if (optional) {
      HealthCheckResponseBuilder builder =
          HealthCheckResponse.named(outcome.name())
              .up()
              .withData("optional", true)
              .withData("ready", outcome.ready());
      if (!outcome.ready()) {
        builder.withData("status", outcome.status());
        if (withReason) {
          builder.withData("reason", outcome.detail());
        }
      }
      return builder.build();
    }
    return outcome(outcome, withReason);
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
