package io.djk8s.quarkus;

import io.djk8s.core.settings.SettingsSource;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * djk8s's settings read from Quarkus's SmallRye Config: {@code application.properties}, system
 * properties and the environment ({@code DJK8S_READINESS_PROBES}) reach core through this adapter.
 */
final class QuarkusSettings {

  private QuarkusSettings() {}

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
