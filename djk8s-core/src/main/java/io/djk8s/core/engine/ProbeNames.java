package io.djk8s.core.engine;

import io.djk8s.ProbeName;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** How probes are named: from {@link ProbeName}, from their class, or from upstream aliases. */
public final class ProbeNames {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]+");

  /** Names that a configuration copied from a django-kubernetes deployment uses. */
  private static final Map<String, String> UPSTREAM_ALIASES =
      Map.of(
          "djk8s.probes.DatabaseProbe", "database",
          "djk8s.probes.MemcachedProbe", "memcached");

  private ProbeNames() {}

  /**
   * The name of a probe class: its {@link ProbeName}, or its simple name without a trailing {@code
   * Probe}, first letter in lower case.
   *
   * @param type the probe's bean class
   * @return the probe's name
   */
  public static String of(Class<?> type) {
    ProbeName annotation = type.getAnnotation(ProbeName.class);
    if (annotation != null) {
      return annotation.value();
    }
    String simple = type.getSimpleName();
    if (simple.endsWith("Probe") && simple.length() > "Probe".length()) {
      simple = simple.substring(0, simple.length() - "Probe".length());
    }
    return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
  }

  /**
   * Whether a name can be used in configuration and in a path such as {@code /readyz/<name>}.
   *
   * @param name a candidate name
   * @return {@code true} for letters, digits, {@code -}, {@code _} and {@code .}
   */
  public static boolean isValid(String name) {
    return VALID.matcher(name).matches();
  }

  /**
   * Maps an upstream Python class path such as {@code djk8s.probes.DatabaseProbe} to our name.
   *
   * @param configured a configured probe entry
   * @return our short name for upstream names, the entry itself otherwise
   */
  public static String withoutUpstreamAlias(String configured) {
    return UPSTREAM_ALIASES.getOrDefault(configured, configured);
  }

  /**
   * The upstream names and the names they stand for, for readers of keys that embed a probe name
   * ({@code djk8s.probes.<name>.timeout}).
   *
   * @return upstream class path to our short name
   */
  public static Map<String, String> upstreamAliases() {
    return UPSTREAM_ALIASES;
  }
}
