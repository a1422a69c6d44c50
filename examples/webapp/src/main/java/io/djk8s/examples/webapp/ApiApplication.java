package io.djk8s.examples.webapp;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The application's JAX-RS root is {@code /api}, not {@code /}: the probe paths still answer at
 * {@code /readyz}, {@code /livez} and {@code /healthz} through djk8s's servlet filter.
 */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
