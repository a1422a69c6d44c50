package io.djk8s.spi;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * Answers the routed probe endpoints of {@link io.djk8s.resource.ProbeEndpoints}. Reserved for
 * implementors: the {@code djk8s} integration provides the one bean of this type; applications
 * extend {@code ProbeEndpoints} and never implement this.
 */
public interface ProbeEndpointAnswers {

  /** The routed endpoints. */
  enum Endpoint {
    /** {@code livez}: liveness. */
    LIVEZ,
    /** {@code healthz}: liveness, the older name. */
    HEALTHZ,
    /** {@code startupz}: the startup gate. */
    STARTUPZ,
    /** {@code readyz}: readiness. */
    READYZ
  }

  /**
   * The answer of an endpoint.
   *
   * @param endpoint the endpoint
   * @param probe the single readiness probe of {@code readyz/{probe}}, empty for the whole group
   * @param uri the request, for {@code ?verbose} and {@code ?exclude}
   * @param security the caller, for {@code djk8s.details=when-authorized}
   * @return the response, empty when the probe is unknown (404)
   */
  Optional<Response> answer(
      Endpoint endpoint, Optional<String> probe, UriInfo uri, SecurityContext security);
}
