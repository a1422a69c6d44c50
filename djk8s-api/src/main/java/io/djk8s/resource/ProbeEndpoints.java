package io.djk8s.resource;

import io.djk8s.spi.ProbeEndpointAnswers;
import io.djk8s.spi.ProbeEndpointAnswers.Endpoint;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * Routed probe endpoints, the alternative to the filter (the "views" of django-kubernetes): {@code
 * livez}, {@code healthz}, {@code startupz}, {@code readyz} and {@code readyz/{probe}} under the
 * path the subclass chooses. Extend it to opt in, so that a library jar never adds routes by
 * classpath scanning:
 *
 * <pre>{@code
 * @Path("/")
 * public class Probes extends ProbeEndpoints {}
 * }</pre>
 *
 * <p>Answers are the same as the filter's, including {@code ?verbose} and {@code ?exclude}; these
 * paths are fixed, while the filter follows {@code djk8s.health.paths} and {@code
 * djk8s.ready.paths}.
 */
@Produces("text/plain")
public abstract class ProbeEndpoints {

  @Inject ProbeEndpointAnswers answers;

  @Context UriInfo uriInfo;

  @Context SecurityContext securityContext;

  /** Creates the endpoints; subclasses are JAX-RS resources managed by CDI. */
  protected ProbeEndpoints() {}

  /**
   * Liveness.
   *
   * @return 200 while the liveness probes pass
   */
  @GET
  @Path("livez")
  public Response livez() {
    return answer(Endpoint.LIVEZ, Optional.empty());
  }

  /**
   * Liveness, the older name.
   *
   * @return 200 while the liveness probes pass
   */
  @GET
  @Path("healthz")
  public Response healthz() {
    return answer(Endpoint.HEALTHZ, Optional.empty());
  }

  /**
   * The startup gate.
   *
   * @return 503 until the application has started, then 200 for good
   */
  @GET
  @Path("startupz")
  public Response startupz() {
    return answer(Endpoint.STARTUPZ, Optional.empty());
  }

  /**
   * Readiness.
   *
   * @return 200 when every readiness probe passes, else 503 (or the probe's own status)
   */
  @GET
  @Path("readyz")
  public Response readyz() {
    return answer(Endpoint.READYZ, Optional.empty());
  }

  /**
   * One readiness probe.
   *
   * @param probe the probe's name
   * @return its answer; 404 for an unknown probe
   */
  @GET
  @Path("readyz/{probe}")
  public Response readyzProbe(@PathParam("probe") String probe) {
    return answer(Endpoint.READYZ, Optional.of(probe));
  }

  private Response answer(Endpoint endpoint, Optional<String> probe) {
    return answers
        .answer(endpoint, probe, uriInfo, securityContext)
        .orElseThrow(NotFoundException::new);
  }
}
