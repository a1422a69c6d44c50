package io.djk8s.core.http;

import io.djk8s.core.engine.ProbeGroup;
import java.util.Optional;

/**
 * What a request path asks for.
 *
 * @param group readiness for a readiness path, liveness for a health path
 * @param checkName the path's last segment, such as {@code readyz}, used in verbose output
 * @param probe the single probe of {@code /readyz/<name>}, or empty for the whole list
 */
public record ProbeTarget(ProbeGroup group, String checkName, Optional<String> probe) {}
