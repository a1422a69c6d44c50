package io.djk8s.examples.quickstart;

import io.djk8s.jaxrs.ProbeRequestFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The quickstart's JAX-RS application: a greeting resource, a request filter of its own that
 * touches the database, the MicroProfile Health endpoints, and djk8s's probe filter.
 */
@ApplicationPath("/")
public class QuickstartApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        GreetingResource.class,
        RequestAuditFilter.class,
        HealthResource.class,
        ProbeRequestFilter.class);
  }
}
