package io.djk8s.http;

import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.http.ProbeTarget;
import io.djk8s.spi.ProbeEndpointAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/** The answers behind {@link io.djk8s.resource.ProbeEndpoints}: the filter's, on fixed paths. */
@ApplicationScoped
public class EndpointAnswers implements ProbeEndpointAnswers {

  @Inject ProbeResponder responder;

  /** Created by CDI. */
  public EndpointAnswers() {}

  @Override
  public Optional<Response> answer(
      Endpoint endpoint, Optional<String> probe, UriInfo uri, SecurityContext security) {
    ProbeTarget target =
        switch (endpoint) {
          case LIVEZ -> new ProbeTarget(ProbeGroup.LIVENESS, "livez", Optional.empty());
          case HEALTHZ -> new ProbeTarget(ProbeGroup.LIVENESS, "healthz", Optional.empty());
          case STARTUPZ -> new ProbeTarget(ProbeGroup.STARTUP, "startupz", Optional.empty());
          case READYZ -> new ProbeTarget(ProbeGroup.READINESS, "readyz", probe);
        };
    return responder.respond(target, uri.getQueryParameters(), false, security);
  }
}
