package io.djk8s.core.policy;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The policy of each probe: the global keys ({@code djk8s.probe.timeout}, {@code
 * djk8s.probe.cache-ttl}) as the default, and each probe's own {@code djk8s.probes.<name>.*} keys
 * over it.
 */
public final class ProbePolicies {

  private final ProbePolicy defaults;
  private final Map<String, ProbePolicy> byName;

  private ProbePolicies(ProbePolicy defaults, Map<String, ProbePolicy> byName) {
    this.defaults = Objects.requireNonNull(defaults, "defaults");
    this.byName = Map.copyOf(byName);
  }

  /**
   * The same policy for every probe.
   *
   * @param defaults the policy
   * @return the policies
   */
  public static ProbePolicies uniform(ProbePolicy defaults) {
    return new ProbePolicies(defaults, Map.of());
  }

  /**
   * The same deadline and reuse window for every probe.
   *
   * @param timeout the deadline
   * @param cacheTtl the reuse window
   * @return the policies
   */
  public static ProbePolicies uniform(Duration timeout, Duration cacheTtl) {
    return uniform(ProbePolicy.of(timeout, cacheTtl));
  }

  /**
   * Defaults with per-probe overrides.
   *
   * @param defaults the policy of a probe that has none of its own
   * @param byName each configured probe's own policy
   * @return the policies
   */
  public static ProbePolicies of(ProbePolicy defaults, Map<String, ProbePolicy> byName) {
    return new ProbePolicies(defaults, byName);
  }

  /**
   * The policy of a probe.
   *
   * @param name the probe's name
   * @return its own policy, or the defaults
   */
  public ProbePolicy of(String name) {
    return byName.getOrDefault(name, defaults);
  }

  /**
   * The policy of a probe without one of its own.
   *
   * @return the defaults
   */
  public ProbePolicy defaults() {
    return defaults;
  }

  /**
   * The probes that have a policy of their own, by name.
   *
   * @return a sorted copy
   */
  public Map<String, ProbePolicy> overrides() {
    return new TreeMap<>(byName);
  }

  @Override
  public String toString() {
    return "ProbePolicies" + overrides() + " over " + defaults;
  }
}
