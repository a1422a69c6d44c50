package io.djk8s.impl.http;

import io.djk8s.impl.probe.ProbeGroup;
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

  @Inject ProbeResponder responder;

  @Context UriInfo uriInfo;

  @Context SecurityContext securityContext;

  /** Creates the endpoints; subclasses are JAX-RS resources managed by CDI. */
  protected ProbeEndpoints() {}

  /**
   * Always 200 {@code Ok} while the application serves.
   *
   * @return the answer
   */
  @GET
  @Path("livez")
  public Response livez() {
    return answer(new ProbeTarget(ProbeGroup.LIVENESS, "livez", Optional.empty()));
  }

  /**
   * Always 200 {@code Ok} while the application serves.
   *
   * @return the answer
   */
  @GET
  @Path("healthz")
  public Response healthz() {
    return answer(new ProbeTarget(ProbeGroup.LIVENESS, "healthz", Optional.empty()));
  }

  /**
   * 503 until the application has started (deployment finished and every startup probe passed
   * once), then 200 {@code Ok} for good.
   *
   * @return the answer
   */
  @GET
  @Path("startupz")
  public Response startupz() {
    return answer(new ProbeTarget(ProbeGroup.STARTUP, "startupz", Optional.empty()));
  }

  /**
   * 200 {@code Ok} when every readiness probe is ready, else the first failure.
   *
   * @return the answer
   */
  @GET
  @Path("readyz")
  public Response readyz() {
    return answer(new ProbeTarget(ProbeGroup.READINESS, "readyz", Optional.empty()));
  }

  /**
   * Runs one readiness probe.
   *
   * @param probe the probe's name
   * @return the answer; 404 for a name that is not a configured probe
   */
  @GET
  @Path("readyz/{probe}")
  public Response readyzProbe(@PathParam("probe") String probe) {
    return answer(new ProbeTarget(ProbeGroup.READINESS, "readyz", Optional.of(probe)));
  }

  private Response answer(ProbeTarget target) {
    return responder
        .respond(target, uriInfo.getQueryParameters(), false, securityContext)
        .orElseThrow(NotFoundException::new);
  }
}
