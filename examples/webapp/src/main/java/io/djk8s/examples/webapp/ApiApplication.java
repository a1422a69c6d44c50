package io.djk8s.examples.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The application's JAX-RS root is {@code /api}, not {@code /}: in a servlet container the probe
 * paths still answer at {@code /readyz}, {@code /livez} and {@code /healthz} through djk8s's
 * servlet filter. A CDI bean, because Helidon MP registers only {@code Application} subclasses that
 * are beans (under {@code bean-discovery-mode="annotated"} it would otherwise ignore this class and
 * serve every resource at {@code /}); there, with no servlet filter, the probes are under {@code
 * /api}.
 */
@ApplicationScoped
@ApplicationPath("/api")
public class ApiApplication extends Application {}
