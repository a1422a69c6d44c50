package io.djk8s.impl.http;

import java.util.Optional;

/**
 * What a request path asks for.
 *
 * @param readiness {@code true} for a readiness path, {@code false} for a health (liveness) path
 * @param checkName the path's last segment, such as {@code readyz}, used in verbose output
 * @param probe the single probe of {@code /readyz/<name>}, or empty for the whole list
 */
record ProbeTarget(boolean readiness, String checkName, Optional<String> probe) {}
