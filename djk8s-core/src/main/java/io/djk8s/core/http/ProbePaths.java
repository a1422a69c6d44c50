package io.djk8s.core.http;

import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeNames;
import io.djk8s.core.settings.Djk8sSettings;
import java.util.Optional;

/**
 * Matches request paths against the configured probe paths: exact and case-sensitive, so {@code
 * /readyz/} and {@code /READYZ} are not probe paths; {@code /readyz/<name>} names one probe.
 */
public final class ProbePaths {

  private ProbePaths() {}

  /**
   * Matches a path.
   *
   * @param settings the configured paths
   * @param path the request path, with or without its leading {@code /}, without the query
   * @return the target, or empty when the path is not a probe path
   */
  public static Optional<ProbeTarget> match(Djk8sSettings settings, String path) {
    String normalized = path.startsWith("/") ? path : "/" + path;
    for (String health : settings.healthPaths()) {
      Optional<ProbeTarget> target = match(health, normalized, ProbeGroup.LIVENESS);
      if (target.isPresent()) {
        return target;
      }
    }
    for (String ready : settings.readyPaths()) {
      Optional<ProbeTarget> target = match(ready, normalized, ProbeGroup.READINESS);
      if (target.isPresent()) {
        return target;
      }
    }
    for (String startup : settings.startupPaths()) {
      Optional<ProbeTarget> target = match(startup, normalized, ProbeGroup.STARTUP);
      if (target.isPresent()) {
        return target;
      }
    }
    return Optional.empty();
  }

  private static Optional<ProbeTarget> match(String base, String path, ProbeGroup group) {
    if (!path.startsWith(base)) {
      return Optional.empty();
    }
    String checkName = base.substring(base.lastIndexOf('/') + 1);
    if (path.length() == base.length()) {
      return Optional.of(new ProbeTarget(group, checkName, Optional.empty()));
    }
    if (path.charAt(base.length()) != '/') {
      return Optional.empty();
    }
    String name = path.substring(base.length() + 1);
    if (name.isEmpty() || !ProbeNames.isValid(name)) {
      return Optional.empty();
    }
    return Optional.of(new ProbeTarget(group, checkName, Optional.of(name)));
  }
}
