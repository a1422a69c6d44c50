package io.djk8s.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** An application resource that has nothing to do with probes. */
@Path("/")
@Produces("text/plain")
public class Unrelated {

  /**
   * The application's own page.
   *
   * @return a fixed text
   */
  @GET
  @Path("unrelated")
  public String get() {
    return "unrelated";
  }
}
