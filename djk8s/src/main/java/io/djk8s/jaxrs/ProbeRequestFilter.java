package io.djk8s.jaxrs;

import io.djk8s.core.engine.ProbeService;
import io.djk8s.http.ProbeResponder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers the probe paths before resource matching and before every other filter ({@code
 * PreMatching}, priority 0), so no application code (and no database access of the application's)
 * runs for a probe. GET and HEAD are answered; other methods, other paths, and {@code /readyz/}
 * with its trailing slash go on to the application untouched.
 */
@Provider
@PreMatching
@Priority(0)
@ApplicationScoped
public class ProbeRequestFilter implements ContainerRequestFilter {

  @Inject ProbeService runtime;
  @Inject ProbeResponder responder;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!runtime.settings().filterEnabled()) {
      return;
    }
    String method = request.getMethod();
    boolean head = "HEAD".equals(method);
    if (!head && !"GET".equals(method)) {
      return;
    }
    responder
        .respond(
            request.getUriInfo().getPath(false),
            request.getUriInfo().getQueryParameters(),
            head,
            request.getSecurityContext())
        .ifPresent(request::abortWith);
  }
}
