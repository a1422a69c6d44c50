package io.djk8s.grpc.cdi;

import io.djk8s.core.engine.ProbeService;
import io.djk8s.grpc.Djk8sGrpcHealth;
import io.djk8s.grpc.Djk8sHealthService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes {@link Djk8sHealthService} a bean in a CDI application, built on the application's {@link
 * ProbeService} (produced by the djk8s CDI integration): inject it and add it to the gRPC server.
 * The only class of djk8s-grpc that uses CDI; a plain Java application never loads it.
 */
@ApplicationScoped
public class Djk8sGrpcHealthProducer {

  /**
   * The health service. {@code @Singleton}, not a client proxy: gRPC servers take the object
   * itself.
   *
   * @param engine the application's engine
   * @return the service
   */
  @Produces
  @Singleton
  public Djk8sHealthService health(ProbeService engine) {
    return Djk8sGrpcHealth.create(engine);
  }

  /**
   * Closes the service when the application stops.
   *
   * @param health the service
   */
  public void close(@Disposes Djk8sHealthService health) {
    health.close();
  }
}
