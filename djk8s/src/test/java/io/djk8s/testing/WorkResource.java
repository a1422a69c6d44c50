package io.djk8s.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** An ordinary application endpoint, to show that it is served during a drain. */
@Path("/work")
@ApplicationScoped
public class WorkResource {

  /**
   * Answers {@code work}.
   *
   * @return {@code work}
   */
  @GET
  @Produces("text/plain")
  public String work() {
    return "work";
  }
}
