package io.djk8s.cli.lint;

import io.djk8s.core.engine.ProbeNames;
import io.djk8s.core.settings.Djk8sSettings;
import java.util.List;
import java.util.Optional;

/**
 * Which probe group answers a path under a container's settings, as djk8s's responder matches it: a
 * configured path, or {@code <path>/<probe>}. A path may carry a context root in front ({@code
 * /app/readyz}) and a query after it.
 */
final class Djk8sPaths {

  private Djk8sPaths() {}

  static Optional<Probe.Kind> group(Djk8sSettings settings, String requestPath) {
    String path =
        requestPath.contains("?")
            ? requestPath.substring(0, requestPath.indexOf('?'))
            : requestPath;
    for (int start = 0; start >= 0 && start < path.length(); start = path.indexOf('/', start + 1)) {
      Optional<Probe.Kind> kind = exact(settings, path.substring(start));
      if (kind.isPresent()) {
        return kind;
      }
    }
    return Optional.empty();
  }

  private static Optional<Probe.Kind> exact(Djk8sSettings settings, String path) {
    if (matchesAny(settings.healthPaths(), path)) {
      return Optional.of(Probe.Kind.LIVENESS);
    }
    if (matchesAny(settings.readyPaths(), path)) {
      return Optional.of(Probe.Kind.READINESS);
    }
    if (matchesAny(settings.startupPaths(), path)) {
      return Optional.of(Probe.Kind.STARTUP);
    }
    return Optional.empty();
  }

  private static boolean matchesAny(List<String> bases, String path) {
    for (String base : bases) {
      if (path.equals(base)) {
        return true;
      }
      if (path.startsWith(base + "/") && ProbeNames.isValid(path.substring(base.length() + 1))) {
        return true;
      }
    }
    return false;
  }
}
