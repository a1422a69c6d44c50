package io.djk8s.examples.quickstart;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.sql.SQLException;

/** The application's own endpoint: counts the requests it has seen, from the database. */
@Path("/hello")
@RequestScoped
public class GreetingResource {

  @Inject RequestAudit audit;

  /**
   * Greets and says how many requests the audit table holds.
   *
   * @return a greeting
   * @throws SQLException when the database does not answer
   */
  @GET
  @Produces("text/plain")
  public String hello() throws SQLException {
    return "Hello from djk8s quickstart; requests seen: " + audit.count() + "\n";
  }
}
