package io.djk8s.core.settings;

import java.util.Locale;
import java.util.Optional;

/** Who may read why a probe failed: the value of {@code djk8s.details}. */
public enum DetailsPolicy {
  /** Reasons are logged, never sent in a response. */
  NEVER,
  /** Reasons appear in verbose output and MicroProfile Health data. */
  ALWAYS,
  /**
   * Reasons appear in verbose output only for a caller with an authenticated principal in one of
   * {@code djk8s.details.roles}; anonymous callers, and MicroProfile Health data, get none.
   */
  WHEN_AUTHORIZED;

  /**
   * The configuration value of this policy.
   *
   * @return {@code never}, {@code always} or {@code when-authorized}
   */
  public String configValue() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses a configuration value: {@code never}, {@code always} or {@code when-authorized}.
   *
   * @param value the configured text
   * @return the policy, or empty when the value is not one
   */
  public static Optional<DetailsPolicy> parse(String value) {
    for (DetailsPolicy policy : values()) {
      if (policy.configValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(policy);
      }
    }
    return Optional.empty();
  }
}
