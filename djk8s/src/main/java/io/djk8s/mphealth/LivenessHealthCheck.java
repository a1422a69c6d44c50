package io.djk8s.mphealth;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** UP while the application serves, like {@code /livez}. */
final class LivenessHealthCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponseOf.up(HealthChecksRegistrar.LIVENESS_CHECK_NAME);
  }
}
