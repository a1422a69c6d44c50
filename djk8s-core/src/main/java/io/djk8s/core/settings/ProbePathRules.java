package io.djk8s.core.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a configured probe path must follow to be answerable, checked at deployment so that a
 * path that could never match fails the start instead of falling through to the application.
 *
 * <ul>
 *   <li>It is compared as the client sends it, undecoded by the JAX-RS filter and decoded by the
 *       servlet container, so it holds only characters no client percent-encodes: letters, digits,
 *       {@code - . _ ~} between slashes.
 *   <li>It has no empty, {@code .} or {@code ..} segment: clients and containers normalise those
 *       away before djk8s sees the path.
 *   <li>It does not lie under another probe path: {@code <path>/<name>} names one probe of that
 *       path's group, so {@code /k8s/ready} under {@code /k8s} would be read as the probe {@code
 *       ready} of {@code /k8s}, and never answered.
 * </ul>
 */
final class ProbePathRules {

  private static final Pattern SEGMENTS = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

  private ProbePathRules() {}

  /**
   * Why one path can never be answered.
   *
   * @param path the configured path, trimmed
   * @return the reason, empty for a good path
   */
  static Optional<String> problem(String path) {
    if (!path.startsWith("/") || path.length() < 2 || path.endsWith("/") || path.contains("?")) {
      return Optional.of(
          "a probe path starts with '/', does not end with '/' and has no query,"
              + " for example '/readyz'");
    }
    for (String segment : path.substring(1).split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return Optional.of(
            "an empty, '.' or '..' segment is normalised away by clients and containers,"
                + " so the path would never match");
      }
    }
    if (!SEGMENTS.matcher(path).matches()) {
      return Optional.of(
          "a probe path holds only letters, digits, '-', '.', '_' and '~' between its slashes:"
              + " other characters reach djk8s percent-encoded, so the path would never match");
    }
    return Optional.empty();
  }

  /**
   * Reports every path that lies under another (of the same key or of another), naming both keys.
   *
   * @param keys where the problems go
   * @param paths the good paths of each path key, in the order of the keys
   */
  static void nesting(KeyReader keys, Map<Key, List<String>> paths) {
    for (Map.Entry<Key, List<String>> outer : paths.entrySet()) {
      for (String base : outer.getValue()) {
        for (Map.Entry<Key, List<String>> inner : paths.entrySet()) {
          for (String path : inner.getValue()) {
            if (path.startsWith(base + "/")) {
              keys.problem(
                  inner.getKey()
                      + "='"
                      + path
                      + "' lies under "
                      + outer.getKey()
                      + "='"
                      + base
                      + "', where '"
                      + base
                      + "/<name>' names one probe of that path: it would never be answered;"
                      + " choose paths that do not nest, for example '"
                      + base
                      + "-"
                      + path.substring(base.length() + 1).replace('/', '-')
                      + "'");
            }
          }
        }
      }
    }
  }
}
