package io.djk8s.http;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** An application resource that answers POST, PUT, DELETE and OPTIONS on every path. */
@Path("/")
@Produces("text/plain")
public class CatchAllResource {

  /**
   * The application's own POST on every path.
   *
   * @return a fixed text
   */
  @POST
  @Path("{any: .*}")
  public String post() {
    return "application";
  }

  /**
   * The application's own PUT on every path.
   *
   * @return a fixed text
   */
  @PUT
  @Path("{any: .*}")
  public String put() {
    return "application";
  }

  /**
   * The application's own DELETE on every path.
   *
   * @return a fixed text
   */
  @DELETE
  @Path("{any: .*}")
  public String delete() {
    return "application";
  }

  /**
   * The application's own OPTIONS on every path.
   *
   * @return a fixed text
   */
  @OPTIONS
  @Path("{any: .*}")
  public String options() {
    return "application";
  }
}
