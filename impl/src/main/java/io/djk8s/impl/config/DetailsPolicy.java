package io.djk8s.impl.config;

import java.util.Locale;
import java.util.Optional;

/** Who may read why a probe failed: the value of {@code djk8s.details}. */
public enum DetailsPolicy {
  /** Reasons are logged, never sent in a response. */
  NEVER,
  /** Reasons appear in verbose output and MicroProfile Health data. */
  ALWAYS;

  /**
   * Parses a configuration value such as {@code never} or {@code always}.
   *
   * @param value the configured text
   * @return the policy, or empty when the value is not one
   */
  public static Optional<DetailsPolicy> parse(String value) {
    for (DetailsPolicy policy : values()) {
      if (policy.name().toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(policy);
      }
    }
    return Optional.empty();
  }
}
