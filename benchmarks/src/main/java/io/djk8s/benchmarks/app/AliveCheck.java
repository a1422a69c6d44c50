package io.djk8s.benchmarks.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The trivial liveness check an application registers with MicroProfile Health, so that {@code
 * /health/live} answers the same question as djk8s's {@code /livez}: the process serves.
 */
@Liveness
@ApplicationScoped
public class AliveCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("alive");
  }
}
