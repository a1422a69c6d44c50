package io.djk8s.core.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@link Djk8sSettings} through the one {@link KeyReader} and collects every problem at once,
 * each naming its key and the bad value, so that a misconfigured deployment fails with one complete
 * message.
 */
public final class SettingsReader {

  private final KeyReader keys;

  private SettingsReader(SettingsSource config) {
    this.keys = new KeyReader(config);
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
    List<String> probes = keys.list(Djk8sKeys.READINESS_PROBES);
    if (probes.isEmpty()) {
      keys.problem(
          Djk8sKeys.READINESS_PROBES,
          keys.raw(Djk8sKeys.READINESS_PROBES).orElse(""),
          "the probe list is empty; name at least one probe (for example 'database')");
    }
    List<String> liveness = keys.list(Djk8sKeys.LIVENESS_PROBES);
    List<String> healthPaths = paths(Djk8sKeys.HEALTH_PATHS);
    List<String> readyPaths = paths(Djk8sKeys.READY_PATHS);
    if (healthPaths.isEmpty() && readyPaths.isEmpty()) {
      keys.problem(
          Djk8sKeys.HEALTH_PATHS
              + " and "
              + Djk8sKeys.READY_PATHS
              + " are both empty: djk8s would answer no path at all");
    }
    List<String> startupPaths = paths(Djk8sKeys.STARTUP_PATHS);
    List<String> startupProbes = keys.list(Djk8sKeys.STARTUP_PROBES);
    Set<String> startupOverlap = new LinkedHashSet<>(startupPaths);
    startupOverlap.retainAll(union(healthPaths, readyPaths));
    if (!startupOverlap.isEmpty()) {
      keys.problem(
          Djk8sKeys.STARTUP_PATHS
              + ": "
              + startupOverlap
              + " is also a health or readiness path; a path belongs to one group");
    }
    Set<String> overlap = new LinkedHashSet<>(healthPaths);
    overlap.retainAll(readyPaths);
    if (!overlap.isEmpty()) {
      keys.problem(
          Djk8sKeys.READY_PATHS
              + ": "
              + overlap
              + " is also listed in "
              + Djk8sKeys.HEALTH_PATHS
              + "; a path is either a health or a readiness path");
    }
    Map<Key, List<String>> allPaths = new LinkedHashMap<>();
    allPaths.put(Djk8sKeys.HEALTH_PATHS, healthPaths);
    allPaths.put(Djk8sKeys.READY_PATHS, readyPaths);
    allPaths.put(Djk8sKeys.STARTUP_PATHS, startupPaths);
    ProbePathRules.nesting(keys, allPaths);
    Duration timeout = keys.duration(Djk8sKeys.PROBE_TIMEOUT);
    Duration cacheTtl = keys.duration(Djk8sKeys.PROBE_CACHE_TTL);
    Duration drain = keys.duration(Djk8sKeys.SHUTDOWN_DRAIN);
    // read where the status files are written (StatusPublishing); checked here, with the rest, so
    // that a bad interval fails the deployment even before a status directory is set
    keys.duration(Djk8sKeys.STATUS_INTERVAL);
    DetailsPolicy details =
        keys.parsed(
            Djk8sKeys.DETAILS,
            DetailsPolicy::parse,
            "must be 'never', 'always' or 'when-authorized'",
            DetailsPolicy.NEVER);
    Set<String> roles = new LinkedHashSet<>(keys.list(Djk8sKeys.DETAILS_ROLES));
    if (details == DetailsPolicy.WHEN_AUTHORIZED && roles.isEmpty()) {
      keys.problem(
          Djk8sKeys.DETAILS_ROLES,
          keys.raw(Djk8sKeys.DETAILS_ROLES).orElse(""),
          Djk8sKeys.DETAILS
              + "=when-authorized needs at least one role whose members may read failure reasons");
    }
    boolean metrics = keys.bool(Djk8sKeys.METRICS_ENABLED);
    boolean filter = keys.bool(Djk8sKeys.FILTER_ENABLED);
    boolean noDefaults = keys.bool(Djk8sKeys.MP_HEALTH_DISABLE_DEFAULT_PROCEDURES);
    if (!keys.problems().isEmpty()) {
      return SettingsResult.invalid(keys.problems());
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

  private List<String> paths(Key key) {
    List<String> paths = new ArrayList<>();
    for (String path : keys.list(key)) {
      Optional<String> problem = ProbePathRules.problem(path);
      if (problem.isPresent()) {
        keys.problem(key, path, problem.get());
      } else {
        paths.add(path);
      }
    }
    return paths;
  }

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }
}
