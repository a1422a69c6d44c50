package io.djk8s.benchmarks.app;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;

/**
 * The MicroProfile Health endpoints ({@code /health}, {@code /health/live}, {@code /health/ready},
 * {@code /health/started}) on the embedded runtime, served by SmallRye Health as an application
 * server would.
 */
@Path("/health")
@ApplicationScoped
public class HealthResource {

  @Inject SmallRyeHealthReporter reporter;

  /**
   * All checks.
   *
   * @return the MicroProfile Health JSON
   */
  @GET
  public Response all() {
    return json(reporter.getHealth());
  }

  /**
   * Liveness checks.
   *
   * @return the MicroProfile Health JSON
   */
  @GET
  @Path("live")
  public Response live() {
    return json(reporter.getLiveness());
  }

  /**
   * Readiness checks.
   *
   * @return the MicroProfile Health JSON
   */
  @GET
  @Path("ready")
  public Response ready() {
    return json(reporter.getReadiness());
  }

  /**
   * Startup checks.
   *
   * @return the MicroProfile Health JSON
   */
  @GET
  @Path("started")
  public Response started() {
    return json(reporter.getStartup());
  }

  private Response json(SmallRyeHealth health) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    reporter.reportHealth(body, health);
    return Response.status(health.isDown() ? 503 : 200)
        .type("application/json")
        .entity(body.toByteArray())
        .build();
  }
}
