package io.djk8s.impl.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Environment variables and system properties as the commands see them; tests pass a map instead of
 * changing the process environment.
 */
public final class Environment {

  private final UnaryOperator<String> variables;
  private final UnaryOperator<String> properties;

  private Environment(UnaryOperator<String> variables, UnaryOperator<String> properties) {
    this.variables = variables;
    this.properties = properties;
  }

  /**
   * The process environment and system properties.
   *
   * @return the real environment
   */
  public static Environment system() {
    return new Environment(System::getenv, System::getProperty);
  }

  /**
   * A fixed set of environment variables and no system properties.
   *
   * @param variables the variables
   * @return the environment
   */
  public static Environment of(Map<String, String> variables) {
    Map<String, String> copy = Map.copyOf(variables);
    return new Environment(copy::get, key -> null);
  }

  /**
   * An environment variable.
   *
   * @param name its name
   * @return its value, empty when unset or blank
   */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.apply(name)).filter(v -> !v.isBlank());
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
    Optional<String> property =
        Optional.ofNullable(properties.apply(key)).filter(v -> !v.isBlank());
    if (property.isPresent()) {
      return property;
    }
    return variable(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
  }
}
