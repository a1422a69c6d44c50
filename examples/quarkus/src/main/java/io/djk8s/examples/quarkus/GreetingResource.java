package io.djk8s.examples.quarkus;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The application's own endpoints: plain {@code @GET} methods that touch no database. */
@Path("/api")
public class GreetingResource {

  /** Created by Quarkus REST. */
  public GreetingResource() {}

  /**
   * Greets.
   *
   * @return a greeting
   */
  @GET
  @Path("greeting")
  @Produces("text/plain")
  public String greeting() {
    return "Hello from djk8s on Quarkus\n";
  }

  /**
   * The bare endpoint the benchmarks and the event-loop test compare the probe paths with.
   *
   * @return {@code pong}
   */
  @GET
  @Path("ping")
  @Produces("text/plain")
  public String ping() {
    return "pong";
  }
}
