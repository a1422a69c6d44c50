package io.djk8s.mphealth;

import io.djk8s.NotReady;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * An application's own MicroProfile {@code @Readiness} check used as a djk8s probe, so that {@code
 * /readyz} can include it: DOWN is not ready with status 503.
 */
public final class HealthCheckProbe implements ReadinessProbe {

  private final HealthCheck check;

  private HealthCheckProbe(HealthCheck check) {
    this.check = check;
  }

  /**
   * Adapts a {@code @Readiness} check bean.
   *
   * @param beanManager the application's bean manager
   * @param bean the check's bean
   * @return a probe that calls the check
   */
  public static ReadinessProbe of(BeanManager beanManager, Bean<?> bean) {
    return new HealthCheckProbe(
        (HealthCheck)
            beanManager.getReference(
                bean, HealthCheck.class, beanManager.createCreationalContext(bean)));
  }

  @Override
  public void ready(io.djk8s.ProbeContext context) throws NotReady {
    HealthCheckResponse response = check.call();
    if (response.getStatus() != HealthCheckResponse.Status.UP) {
      throw new NotReady(
          response.getName() + ": down",
          NotReady.DEFAULT_STATUS,
          response.getName() + " is DOWN" + response.getData().map(d -> " " + d).orElse(""),
          null);
    }
  }
}
