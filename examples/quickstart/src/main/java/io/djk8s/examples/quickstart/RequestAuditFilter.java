package io.djk8s.examples.quickstart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.sql.SQLException;

/**
 * The application's own filter, which touches the database on every request. djk8s's filter runs
 * before it, so the probes answer (and tell the truth) even when this filter would fail.
 */
@Provider
@ApplicationScoped
public class RequestAuditFilter implements ContainerRequestFilter {

  @Inject RequestAudit audit;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String path = request.getUriInfo().getPath();
    if (path.startsWith("health") || path.startsWith("/health")) {
      return; // MicroProfile Health is infrastructure, like the probes: it must answer DOWN, not
      // 500
    }
    try {
      audit.record(request.getUriInfo().getPath());
    } catch (SQLException e) {
      throw new IOException("request audit failed", e);
    }
  }
}
