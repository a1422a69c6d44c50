package io.djk8s.testing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** An application's own MicroProfile readiness check: DOWN when {@code test.app.down=true}. */
@Readiness
@ApplicationScoped
public class AppReadinessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    boolean down =
        ConfigProvider.getConfig().getOptionalValue("test.app.down", Boolean.class).orElse(false);
    return HealthCheckResponse.named("app-check").status(!down).build();
  }
}
