package io.djk8s.benchmarks.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The floor: the cheapest endpoint this server can serve, a CDI-managed JAX-RS resource that
 * returns {@code Ok} like {@code /livez}, with no probe logic at all.
 */
@Path("/bare")
@ApplicationScoped
public class BareResource {

  /**
   * Answers {@code Ok}.
   *
   * @return {@code Ok}
   */
  @GET
  @Produces("text/plain;charset=utf-8")
  public String ok() {
    return "Ok";
  }
}
