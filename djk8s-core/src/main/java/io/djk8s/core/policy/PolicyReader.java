package io.djk8s.core.policy;

import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.settings.SettingsSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the per-probe keys ({@code djk8s.probes.<name>.timeout}, {@code .cache-ttl}, {@code
 * .failure-cache-ttl}, {@code .optional}, {@code .interval}, {@code .max-staleness}) in their
 * dotted or environment form ({@code DJK8S_PROBES_ORDERS_DB_TIMEOUT} for {@code orders-db}), over
 * the global defaults, through the one {@link KeyReader}. A key that names no known probe, an
 * interval shorter than the probe's deadline, or a staleness bound shorter than the interval is a
 * problem naming the key and value; a deadline above the kubelet's default 1 s is a warning.
 */
public final class PolicyReader {

  /** The kubelet's default {@code timeoutSeconds}. */
  static final Duration KUBELET_TIMEOUT = Duration.ofSeconds(1);

  private final SettingsSource source;
  private final Set<String> known;
  private final Map<String, String> upstream;
  private final List<String> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final boolean everyProbeKnown;

  private PolicyReader(
      SettingsSource source,
      Collection<String> known,
      Map<String, String> up,
      boolean everyProbeKnown) {
    this.source = source;
    this.known = new LinkedHashSet<>(known);
    this.upstream = up;
    this.everyProbeKnown = everyProbeKnown;
  }

  /**
   * Reads every per-probe key of a configuration.
   *
   * @param source the configuration
   * @param settings the validated global settings, whose deadline and reuse window are the defaults
   * @param known the names of every probe the host runs
   * @param upstream upstream probe names (as {@code djk8s.probes.DatabaseProbe}) and the names they
   *     stand for
   * @return the policies, problems and warnings
   */
  public static PolicyResult read(
      SettingsSource source,
      Djk8sSettings settings,
      Collection<String> known,
      Map<String, String> upstream) {
    return new PolicyReader(source, known, upstream, true).read(settings);
  }

  /**
   * Reads the per-probe keys of some probes only, for a host that sees part of the application (the
   * command line's in-process mode): a key naming another probe is left to the application, which
   * checks it at deployment.
   *
   * @param source the configuration
   * @param settings the validated global settings
   * @param probes the probes this host runs
   * @param upstream upstream probe names and the names they stand for
   * @return the policies of these probes, problems with their keys, and warnings
   */
  public static PolicyResult readSome(
      SettingsSource source,
      Djk8sSettings settings,
      Collection<String> probes,
      Map<String, String> upstream) {
    return new PolicyReader(source, probes, upstream, false).read(settings);
  }

  private PolicyResult read(Djk8sSettings settings) {
    ProbePolicy defaults = ProbePolicy.of(settings.probeTimeout(), settings.cacheTtl());
    Map<String, Map<ProbeKey, String>> found = new LinkedHashMap<>();
    for (String name : source.names()) {
      if (name.startsWith(ProbeKey.PREFIX)) {
        dotted(name, found);
      } else if (name.startsWith(ProbeKey.ENV_PREFIX)) {
        environment(name, found);
      }
    }
    Map<String, ProbePolicy> policies = new LinkedHashMap<>();
    for (Map.Entry<String, Map<ProbeKey, String>> probe : found.entrySet()) {
      policies.put(probe.getKey(), policy(probe.getKey(), probe.getValue(), defaults));
    }
    return new PolicyResult(ProbePolicies.of(defaults, policies), problems, warnings);
  }

  private void dotted(String name, Map<String, Map<ProbeKey, String>> found) {
    Optional<ProbeKey> key = ProbeKey.dottedSuffixOf(name);
    String middle =
        key.map(k -> name.substring(ProbeKey.PREFIX.length(), name.length() - k.suffix().length()))
            .orElse("");
    if (key.isEmpty() || middle.isEmpty()) {
      notAKey(name);
      return;
    }
    Optional<String> probe = knownDotted(middle);
    if (probe.isEmpty()) {
      unknownProbe(name, middle);
      return;
    }
    record(found, probe.get(), key.get(), name);
  }

  private Optional<String> knownDotted(String middle) {
    for (String candidate : List.of(middle, ProbeKey.PREFIX + middle)) {
      if (known.contains(candidate)) {
        return Optional.of(candidate);
      }
      String ours = upstream.get(candidate);
      if (ours != null && known.contains(ours)) {
        return Optional.of(ours);
      }
    }
    return Optional.empty();
  }

  private void environment(String name, Map<String, Map<ProbeKey, String>> found) {
    String rest = name.substring(ProbeKey.ENV_PREFIX.length());
    String unknown = null;
    for (ProbeKey key : ProbeKey.byLongestSuffix()) {
      if (!rest.endsWith(key.envSuffix()) || rest.length() == key.envSuffix().length()) {
        continue;
      }
      String middle = rest.substring(0, rest.length() - key.envSuffix().length());
      Optional<String> probe = knownEnvironment(middle);
      if (probe.isPresent()) {
        record(found, probe.get(), key, name);
        return;
      }
      unknown = unknown == null ? middle : unknown;
    }
    if (unknown == null) {
      notAKey(name);
    } else {
      unknownProbe(name, unknown);
    }
  }

  private Optional<String> knownEnvironment(String middle) {
    for (String probe : known) {
      if (ProbeKey.envName(probe).equals(middle)) {
        return Optional.of(probe);
      }
    }
    for (Map.Entry<String, String> alias : upstream.entrySet()) {
      String simple = alias.getKey().substring(alias.getKey().lastIndexOf('.') + 1);
      if (known.contains(alias.getValue())
          && (ProbeKey.envName(simple).equals(middle)
              || ProbeKey.envName(alias.getKey()).equals(ProbeKey.ENV_PREFIX + middle))) {
        return Optional.of(alias.getValue());
      }
    }
    return Optional.empty();
  }

  private void record(
      Map<String, Map<ProbeKey, String>> found, String probe, ProbeKey key, String configured) {
    Map<ProbeKey, String> keys = found.computeIfAbsent(probe, p -> new EnumMap<>(ProbeKey.class));
    // the dotted lookup goes through the host's precedence (MicroProfile Config maps it to the
    // environment form); the name as written is the fallback for sources that do not map
    Optional<String> value = source.value(key.of(probe).name());
    keys.putIfAbsent(key, value.or(() -> source.value(configured)).orElse(""));
  }

  private ProbePolicy policy(String probe, Map<ProbeKey, String> values, ProbePolicy defaults) {
    Map<String, String> own = new LinkedHashMap<>();
    values.forEach((key, value) -> own.put(key.of(probe).name(), value));
    KeyReader keys = new KeyReader(SettingsSource.of(own));
    Duration timeout = duration(keys, values, ProbeKey.TIMEOUT, probe, defaults.timeout());
    Duration cacheTtl = duration(keys, values, ProbeKey.CACHE_TTL, probe, defaults.cacheTtl());
    Duration failureTtl = duration(keys, values, ProbeKey.FAILURE_CACHE_TTL, probe, cacheTtl);
    boolean optional =
        values.containsKey(ProbeKey.OPTIONAL) && keys.bool(ProbeKey.OPTIONAL.of(probe));
    Duration interval = duration(keys, values, ProbeKey.INTERVAL, probe, Duration.ZERO);
    Duration staleness =
        duration(
            keys,
            values,
            ProbeKey.MAX_STALENESS,
            probe,
            interval.multipliedBy(ProbePolicy.DEFAULT_STALENESS_INTERVALS));
    problems.addAll(keys.problems());
    if (timeout.isZero()) {
      timeout = defaults.timeout(); // already a problem; keeps the policy constructible
    }
    check(probe, values, timeout, interval, staleness);
    if (values.containsKey(ProbeKey.TIMEOUT) && timeout.compareTo(KUBELET_TIMEOUT) > 0) {
      warnings.add(
          ProbeKey.TIMEOUT.of(probe).name()
              + "='"
              + values.get(ProbeKey.TIMEOUT)
              + "' is above the kubelet's default timeoutSeconds (1 s): set the probe's"
              + " timeoutSeconds above it, or the kubelet gives up before djk8s answers");
    }
    return new ProbePolicy(timeout, cacheTtl, failureTtl, optional, interval, staleness);
  }

  private void check(
      String probe,
      Map<ProbeKey, String> values,
      Duration timeout,
      Duration interval,
      Duration staleness) {
    if (values.containsKey(ProbeKey.INTERVAL) && interval.compareTo(timeout) < 0) {
      problem(
          probe,
          ProbeKey.INTERVAL,
          values,
          "is shorter than the probe's deadline ("
              + timeout.toMillis()
              + " ms): a refresh would start before the last one gave up");
    }
    if (values.containsKey(ProbeKey.MAX_STALENESS) && !(interval.compareTo(Duration.ZERO) > 0)) {
      problem(
          probe,
          ProbeKey.MAX_STALENESS,
          values,
          "applies to background refresh only; set " + ProbeKey.INTERVAL.of(probe).name());
    } else if (values.containsKey(ProbeKey.MAX_STALENESS) && staleness.compareTo(interval) <= 0) {
      problem(
          probe,
          ProbeKey.MAX_STALENESS,
          values,
          "must be longer than the interval (" + interval.toMillis() + " ms)");
    }
  }

  private static Duration duration(
      KeyReader keys, Map<ProbeKey, String> values, ProbeKey key, String probe, Duration fallback) {
    return values.containsKey(key) ? keys.duration(key.of(probe)) : fallback;
  }

  private void problem(String probe, ProbeKey key, Map<ProbeKey, String> values, String why) {
    problems.add(key.of(probe).name() + "='" + values.get(key) + "': " + why);
  }

  private void unknownProbe(String configured, String probe) {
    if (!everyProbeKnown) {
      return;
    }
    problems.add(
        configured
            + "='"
            + source.value(configured).orElse("")
            + "': no probe is named '"
            + probe
            + "'; the probes are "
            + new TreeSet<>(known));
  }

  private void notAKey(String configured) {
    problems.add(
        configured
            + "='"
            + source.value(configured).orElse("")
            + "': not a per-probe key; write "
            + ProbeKey.PREFIX
            + "<name>. followed by timeout, cache-ttl, failure-cache-ttl, optional, interval"
            + " or max-staleness");
  }
}
