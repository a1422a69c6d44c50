package io.djk8s.benchmarks.app;

import io.djk8s.jaxrs.ProbeRequestFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * One application with the three contenders side by side: djk8s's filter ({@code /livez}, {@code
 * /readyz}), a bare resource ({@code /bare}), and SmallRye Health ({@code /health/...}).
 */
@ApplicationPath("/")
public class BenchApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(BareResource.class, HealthResource.class, ProbeRequestFilter.class);
  }
}
