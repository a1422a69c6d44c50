package io.djk8s.examples.webapp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** The protected API: {@code GET /api/greeting} greets the authenticated user. */
@Path("greeting")
@RequestScoped
public class GreetingResource {

  /**
   * Greets the caller.
   *
   * @param security the caller's identity, set by the server's authentication
   * @return the greeting
   */
  @GET
  @Produces("text/plain")
  public String greet(@Context SecurityContext security) {
    return "Hello, " + security.getUserPrincipal().getName() + "\n";
  }
}
