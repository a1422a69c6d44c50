package io.djk8s.quarkus;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeReport;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.settings.DetailsPolicy;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * The probes as MicroProfile Health checks, when the application has {@code
 * quarkus-smallrye-health} (the deployment module adds this bean only then): one asynchronous check
 * per probe in {@code /q/health/ready}, {@code /q/health/live} and {@code /q/health/started}, DOWN
 * with the probe's HTTP status in {@code data.status} when not ready. The checks are asynchronous
 * and wait on Mutiny's worker pool, never on the event loop.
 */
@Singleton
public class HealthBridge {

  @Inject Djk8sLifecycle lifecycle;
  @Inject @Readiness HealthRegistry readiness;
  @Inject @Liveness HealthRegistry liveness;
  @Inject @Startup HealthRegistry startup;

  /** Created by ArC. */
  public HealthBridge() {}

  void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) StartupEvent event) {
    ProbeService service = lifecycle.service();
    if (service.settings().healthDefaultProceduresDisabled()) {
      return;
    }
    register(service, ProbeGroup.READINESS, readiness);
    register(service, ProbeGroup.LIVENESS, liveness);
    register(service, ProbeGroup.STARTUP, startup);
  }

  private static void register(ProbeService service, ProbeGroup group, HealthRegistry registry) {
    for (NamedProbe probe : service.probes(group)) {
      registry.register(
          "djk8s-" + group.name().toLowerCase(java.util.Locale.ROOT) + "-" + probe.name(),
          (AsyncHealthCheck)
              () ->
                  Uni.createFrom()
                      .item(() -> check(service, group, probe))
                      .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }
  }

  private static HealthCheckResponse check(
      ProbeService service, ProbeGroup group, NamedProbe probe) {
    // the checks of one request share the runs the first one started
    Duration reuse = service.timeout();
    service.prefetch(group, ProbeOrigin.HEALTH, reuse);
    ProbeReport report = service.run(group, List.of(probe), ProbeOrigin.HEALTH, reuse);
    ProbeOutcome outcome = report.outcomes().get(0);
    if (report.isOptional(probe.name())) {
      // an optional probe never changes the answer: UP, with its state in the data
      HealthCheckResponseBuilder builder =
          HealthCheckResponse.named(outcome.name())
              .up()
              .withData("optional", true)
              .withData("ready", outcome.ready());
      if (!outcome.ready()) {
        builder.withData("status", outcome.status());
      }
      return builder.build();
    }
    if (outcome.ready()) {
      return HealthCheckResponse.named(outcome.name()).up().build();
    }
    HealthCheckResponseBuilder builder =
        HealthCheckResponse.named(outcome.name()).down().withData("status", outcome.status());
    if (service.settings().details() == DetailsPolicy.ALWAYS) {
      builder.withData("reason", outcome.detail());
    }
    return builder.build();
  }
}
