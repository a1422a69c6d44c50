package io.djk8s.core.engine;

import io.djk8s.core.policy.ProbePolicies;
import io.djk8s.core.policy.ProbePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The start-up line's account of the probes with a policy of their own. */
final class PolicyText {

  private PolicyText() {}

  /**
   * The overrides, for the start-up line.
   *
   * @param policies the policies
   * @return for example {@code , probe policies [database: deadline 300 ms, every 2000 ms]}, or
   *     empty when no probe has its own
   */
  static String of(ProbePolicies policies) {
    Map<String, ProbePolicy> overrides = policies.overrides();
    if (overrides.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    overrides.forEach((name, policy) -> parts.add(name + ": " + describe(policy)));
    return ", probe policies " + parts;
  }

  private static String describe(ProbePolicy policy) {
    StringBuilder text = new StringBuilder();
    text.append("deadline ").append(policy.timeout().toMillis()).append(" ms");
    if (policy.background()) {
      text.append(", every ")
          .append(policy.interval().toMillis())
          .append(" ms (stale after ")
          .append(policy.maxStaleness().toMillis())
          .append(" ms)");
    } else {
      text.append(", reuse ")
          .append(policy.cacheTtl().toMillis())
          .append(" ms ok / ")
          .append(policy.failureCacheTtl().toMillis())
          .append(" ms failed");
    }
    if (policy.optional()) {
      text.append(", optional");
    }
    return text.toString();
  }
}
