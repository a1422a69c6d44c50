package io.djk8s.core.policy;

import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.Key;
import java.util.Locale;
import java.util.Optional;

/** The per-probe keys, {@code djk8s.probes.<name>.<suffix>}, each with its descriptor. */
public enum ProbeKey {
  /** {@link Djk8sKeys#PROBES_TIMEOUT}. */
  TIMEOUT(Djk8sKeys.PROBES_TIMEOUT),
  /** {@link Djk8sKeys#PROBES_CACHE_TTL}. */
  CACHE_TTL(Djk8sKeys.PROBES_CACHE_TTL),
  /** {@link Djk8sKeys#PROBES_FAILURE_CACHE_TTL}. */
  FAILURE_CACHE_TTL(Djk8sKeys.PROBES_FAILURE_CACHE_TTL),
  /** {@link Djk8sKeys#PROBES_OPTIONAL}. */
  OPTIONAL(Djk8sKeys.PROBES_OPTIONAL),
  /** {@link Djk8sKeys#PROBES_INTERVAL}. */
  INTERVAL(Djk8sKeys.PROBES_INTERVAL),
  /** {@link Djk8sKeys#PROBES_MAX_STALENESS}. */
  MAX_STALENESS(Djk8sKeys.PROBES_MAX_STALENESS);

  /** What every per-probe key starts with. */
  public static final String PREFIX = "djk8s.probes.";

  /** What the environment form of every per-probe key starts with. */
  public static final String ENV_PREFIX = "DJK8S_PROBES_";

  private final Key pattern;

  ProbeKey(Key pattern) {
    this.pattern = pattern;
  }

  /**
   * The descriptor, with {@code <name>} in its name.
   *
   * @return the pattern key
   */
  public Key pattern() {
    return pattern;
  }

  /**
   * The key of one probe.
   *
   * @param probe the probe's name
   * @return for example {@code djk8s.probes.database.timeout}
   */
  public Key of(String probe) {
    return pattern.named(probe);
  }

  /**
   * What follows the probe's name in the dotted form.
   *
   * @return for example {@code .cache-ttl}
   */
  public String suffix() {
    return pattern.name().substring(pattern.name().lastIndexOf('.'));
  }

  /**
   * What follows the probe's name in the environment form.
   *
   * @return for example {@code _CACHE_TTL}
   */
  public String envSuffix() {
    return Key.environmentVariable(suffix());
  }

  /**
   * The environment form of a probe's name: upper case, every other character than a letter or
   * digit becomes {@code _}.
   *
   * @param probe the probe's name
   * @return for example {@code ORDERS_DB} for {@code orders-db}
   */
  public static String envName(String probe) {
    return Key.environmentVariable(probe).toUpperCase(Locale.ROOT);
  }

  /**
   * The per-probe key a suffix names, longest suffix first, so that {@code .failure-cache-ttl} is
   * not read as {@code .cache-ttl}.
   *
   * @param configured a configured key
   * @return the key kind, empty when the key ends in no per-probe suffix
   */
  static Optional<ProbeKey> dottedSuffixOf(String configured) {
    for (ProbeKey key : byLongestSuffix()) {
      if (configured.endsWith(key.suffix())) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  static ProbeKey[] byLongestSuffix() {
    return new ProbeKey[] {
      FAILURE_CACHE_TTL, MAX_STALENESS, CACHE_TTL, TIMEOUT, OPTIONAL, INTERVAL
    };
  }
}
