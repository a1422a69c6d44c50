package io.djk8s.cli;

import io.djk8s.core.settings.SettingsSource;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The command line's settings: MicroProfile Config (SmallRye Config here) over the environment,
 * system properties and {@code META-INF/microprofile-config.properties} on the classpath, read by
 * core through {@link SettingsSource}.
 */
final class CliSettings {

  private CliSettings() {}

  static SettingsSource of(Config config) {
    return SettingsSource.of(key -> value(config, key), config::getPropertyNames);
  }

  private static Optional<String> value(Config config, String key) {
    ConfigValue value = config.getConfigValue(key);
    if (value.getRawValue() == null) {
      return Optional.empty();
    }
    return Optional.of(value.getValue() != null ? value.getValue() : value.getRawValue());
  }
}
