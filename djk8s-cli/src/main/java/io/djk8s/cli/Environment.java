package io.djk8s.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Environment variables and system properties as the commands see them; tests pass a map instead of
 * changing the process environment.
 */
public final class Environment {

  /** The given variables, or {@code null} for the process's own (and its system properties). */
  private final Map<String, String> variables;

  private Environment(Map<String, String> variables) {
    this.variables = variables;
  }

  /**
   * The process environment and system properties.
   *
   * @return the real environment
   */
  public static Environment system() {
    return new Environment(null);
  }

  /**
   * A fixed set of environment variables and no system properties.
   *
   * @param variables the variables
   * @return the environment
   */
  public static Environment of(Map<String, String> variables) {
    return new Environment(Map.copyOf(variables));
  }

  /**
   * An environment variable.
   *
   * @param name its name
   * @return its value, empty when unset or blank
   */
  public Optional<String> variable(String name) {
    return present(variables == null ? System.getenv(name) : variables.get(name));
  }

  /**
   * A djk8s key from a system property or its environment-variable form ({@code djk8s.status.dir}
   * or {@code DJK8S_STATUS_DIR}), without booting MicroProfile Config: the fast probe modes read
   * only these two sources.
   *
   * @param key a dotted key
   * @return its value, empty when unset or blank
   */
  public Optional<String> key(String key) {
    Optional<String> property = present(variables == null ? System.getProperty(key) : null);
    if (property.isPresent()) {
      return property;
    }
    return variable(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
  }

  // plain code, no lambdas or method references: this runs on the exec probe's start-up path
  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
