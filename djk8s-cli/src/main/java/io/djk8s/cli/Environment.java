package io.djk8s.cli;

import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.SettingsSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Environment variables and system properties as the commands see them, as a {@link
 * SettingsSource}: the source of {@code probe}'s client and file modes, which do not boot
 * MicroProfile Config. Tests pass a map instead of changing the process environment.
 */
public final class Environment implements SettingsSource {

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
   * or {@code DJK8S_STATUS_DIR}), without booting MicroProfile Config.
   *
   * @param key a dotted key
   * @return its value as set, empty when unset
   */
  @Override
  public Optional<String> value(String key) {
    String property = variables == null ? System.getProperty(key) : null;
    if (property != null) {
      return Optional.of(property);
    }
    String name = Key.environmentVariable(key);
    return Optional.ofNullable(variables == null ? System.getenv(name) : variables.get(name));
  }

  @Override
  public Iterable<String> names() {
    List<String> names = new ArrayList<>();
    if (variables == null) {
      names.addAll(System.getProperties().stringPropertyNames());
      names.addAll(System.getenv().keySet());
    } else {
      names.addAll(variables.keySet());
    }
    return names;
  }

  // plain code, no lambdas or method references: this runs on the exec probe's start-up path
  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
