package io.djk8s.core.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@link Djk8sSettings} from MicroProfile Config and collects every problem at once, each
 * naming its key and the bad value, so that a misconfigured deployment fails with one complete
 * message.
 */
public final class SettingsReader {

  private final SettingsSource config;
  private final List<String> problems = new ArrayList<>();

  private SettingsReader(SettingsSource config) {
    this.config = config;
  }

  /**
   * Reads and validates the settings.
   *
   * @param config the application's configuration
   * @return the settings, or the list of problems
   */
  public static SettingsResult read(SettingsSource config) {
    return new SettingsReader(config).read();
  }

  private SettingsResult read() {
    List<String> probes = list(Djk8sKeys.READINESS_PROBES, Djk8sKeys.READINESS_PROBES_DEFAULT);
    if (probes.isEmpty()) {
      problems.add(
          Djk8sKeys.READINESS_PROBES
              + "='"
              + raw(Djk8sKeys.READINESS_PROBES).orElse("")
              + "': the probe list is empty; name at least one probe (for example 'database')");
    }
    List<String> liveness = list(Djk8sKeys.LIVENESS_PROBES, Djk8sKeys.LIVENESS_PROBES_DEFAULT);
    List<String> healthPaths = paths(Djk8sKeys.HEALTH_PATHS, Djk8sKeys.HEALTH_PATHS_DEFAULT);
    List<String> readyPaths = paths(Djk8sKeys.READY_PATHS, Djk8sKeys.READY_PATHS_DEFAULT);
    if (healthPaths.isEmpty() && readyPaths.isEmpty()) {
      problems.add(
          Djk8sKeys.HEALTH_PATHS
              + " and "
              + Djk8sKeys.READY_PATHS
              + " are both empty: djk8s would answer no path at all");
    }
    List<String> startupPaths = paths(Djk8sKeys.STARTUP_PATHS, Djk8sKeys.STARTUP_PATHS_DEFAULT);
    List<String> startupProbes = list(Djk8sKeys.STARTUP_PROBES, Djk8sKeys.STARTUP_PROBES_DEFAULT);
    Set<String> startupOverlap = new LinkedHashSet<>(startupPaths);
    startupOverlap.retainAll(union(healthPaths, readyPaths));
    if (!startupOverlap.isEmpty()) {
      problems.add(
          Djk8sKeys.STARTUP_PATHS
              + ": "
              + startupOverlap
              + " is also a health or readiness path; a path belongs to one group");
    }
    Set<String> overlap = new LinkedHashSet<>(healthPaths);
    overlap.retainAll(readyPaths);
    if (!overlap.isEmpty()) {
      problems.add(
          Djk8sKeys.READY_PATHS
              + ": "
              + overlap
              + " is also listed in "
              + Djk8sKeys.HEALTH_PATHS
              + "; a path is either a health or a readiness path");
    }
    Duration timeout = duration(Djk8sKeys.PROBE_TIMEOUT, Djk8sKeys.PROBE_TIMEOUT_DEFAULT, false);
    Duration cacheTtl =
        duration(Djk8sKeys.PROBE_CACHE_TTL, Djk8sKeys.PROBE_CACHE_TTL_DEFAULT, true);
    Duration drain = duration(Djk8sKeys.SHUTDOWN_DRAIN, Djk8sKeys.SHUTDOWN_DRAIN_DEFAULT, true);
    DetailsPolicy details =
        parsed(
            Djk8sKeys.DETAILS,
            Djk8sKeys.DETAILS_DEFAULT,
            DetailsPolicy::parse,
            "must be 'never', 'always' or 'when-authorized'",
            DetailsPolicy.NEVER);
    Set<String> roles =
        new LinkedHashSet<>(list(Djk8sKeys.DETAILS_ROLES, Djk8sKeys.DETAILS_ROLES_DEFAULT));
    if (details == DetailsPolicy.WHEN_AUTHORIZED && roles.isEmpty()) {
      problems.add(
          Djk8sKeys.DETAILS_ROLES
              + "='"
              + raw(Djk8sKeys.DETAILS_ROLES).orElse("")
              + "': "
              + Djk8sKeys.DETAILS
              + "=when-authorized needs at least one role whose members may read failure reasons");
    }
    boolean metrics =
        parsed(
            Djk8sKeys.METRICS_ENABLED,
            Djk8sKeys.METRICS_ENABLED_DEFAULT,
            SettingsReader::bool,
            "must be 'true' or 'false'",
            true);
    boolean filter =
        parsed(
            Djk8sKeys.FILTER_ENABLED,
            Djk8sKeys.FILTER_ENABLED_DEFAULT,
            SettingsReader::bool,
            "must be 'true' or 'false'",
            true);
    boolean noDefaults =
        parsed(
            Djk8sKeys.MP_HEALTH_DISABLE_DEFAULT_PROCEDURES,
            "false",
            SettingsReader::bool,
            "must be 'true' or 'false'",
            false);
    if (!problems.isEmpty()) {
      return SettingsResult.invalid(problems);
    }
    return SettingsResult.valid(
        new Djk8sSettings(
            probes,
            liveness,
            healthPaths,
            readyPaths,
            timeout,
            cacheTtl,
            details,
            filter,
            noDefaults,
            startupPaths,
            startupProbes,
            drain,
            roles,
            metrics));
  }

  private Optional<String> raw(String key) {
    return config.value(key);
  }

  private String text(String key, String defaultValue) {
    return config.value(key).filter(value -> !value.isBlank()).orElse(defaultValue);
  }

  private List<String> list(String key, String defaultValue) {
    String value = raw(key).orElse(defaultValue);
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  private List<String> paths(String key, String defaultValue) {
    List<String> paths = new ArrayList<>();
    for (String path : list(key, defaultValue)) {
      if (!path.startsWith("/") || path.length() < 2 || path.endsWith("/") || path.contains("?")) {
        problems.add(
            key
                + "='"
                + path
                + "': a probe path starts with '/', does not end with '/' and has no query,"
                + " for example '/readyz'");
      } else {
        paths.add(path);
      }
    }
    return paths;
  }

  private Duration duration(String key, String defaultValue, boolean zeroAllowed) {
    String value = text(key, defaultValue);
    Optional<Duration> parsed = DurationText.parse(value);
    if (parsed.isEmpty()) {
      problems.add(key + "='" + value + "': not a duration; write for example '800ms' or '2s'");
      return Duration.ZERO;
    }
    Duration duration = parsed.get();
    if (duration.isNegative() || (!zeroAllowed && duration.isZero())) {
      problems.add(
          key + "='" + value + "': must be " + (zeroAllowed ? "zero or positive" : "positive"));
    }
    return duration;
  }

  private <T> T parsed(
      String key,
      String defaultValue,
      Function<String, Optional<T>> parser,
      String expectation,
      T fallback) {
    String value = text(key, defaultValue);
    Optional<T> parsed = parser.apply(value);
    if (parsed.isEmpty()) {
      problems.add(key + "='" + value + "': " + expectation);
      return fallback;
    }
    return parsed.get();
  }

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Optional<Boolean> bool(String value) {
    String v = value.trim();
    if (v.equalsIgnoreCase("true")) {
      return Optional.of(Boolean.TRUE);
    }
    if (v.equalsIgnoreCase("false")) {
      return Optional.of(Boolean.FALSE);
    }
    return Optional.empty();
  }
}
