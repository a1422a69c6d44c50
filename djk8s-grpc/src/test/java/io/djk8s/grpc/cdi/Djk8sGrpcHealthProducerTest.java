package io.djk8s.grpc.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ProbeServiceBuilder;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import io.djk8s.grpc.Djk8sHealthService;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.stub.StreamObserver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** In a CDI application the health service is a bean built on the application's engine. */
@EnableWeld
class Djk8sGrpcHealthProducerTest {

  /** Stands in for the djk8s CDI integration's ProbeServiceProducer. */
  @ApplicationScoped
  static class EngineProducer {
    @Produces
    @ApplicationScoped
    ProbeService engine() {
      return new ProbeServiceBuilder(
              SettingsReader.read(SettingsSource.of(Map.of("djk8s.readiness.probes", "db")))
                  .settings()
                  .orElseThrow())
          .add(ProbeGroup.READINESS, new NamedProbe("db", context -> {}))
          .build();
    }

    void close(@Disposes ProbeService engine) {
      engine.close();
    }
  }

  @WeldSetup
  WeldInitiator weld = WeldInitiator.of(Djk8sGrpcHealthProducer.class, EngineProducer.class);

  @Inject Djk8sHealthService health;

  @Test
  void theHealthServiceIsABeanThatAnswersFromTheApplicationsEngine() {
    List<HealthCheckResponse> answers = new ArrayList<>();
    health.check(
        HealthCheckRequest.newBuilder().setService("db").build(),
        new StreamObserver<>() {
          @Override
          public void onNext(HealthCheckResponse value) {
            answers.add(value);
          }

          @Override
          public void onError(Throwable t) {
            throw new AssertionError(t);
          }

          @Override
          public void onCompleted() {}
        });
    assertThat(answers)
        .extracting(HealthCheckResponse::getStatus)
        .containsExactly(ServingStatus.SERVING);
  }
}
