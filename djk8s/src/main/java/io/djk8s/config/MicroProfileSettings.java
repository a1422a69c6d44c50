package io.djk8s.config;

import io.djk8s.core.settings.SettingsSource;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * djk8s's settings read from MicroProfile Config: every source the runtime configures ({@code
 * microprofile-config.properties}, system properties, the environment with its {@code
 * DJK8S_READINESS_PROBES} mapping) reaches core through this adapter.
 */
public final class MicroProfileSettings {

  private MicroProfileSettings() {}

  /**
   * The application's configuration.
   *
   * @return a source over {@link ConfigProvider#getConfig()}
   */
  public static SettingsSource current() {
    return of(ConfigProvider.getConfig());
  }

  /**
   * A source over a configuration.
   *
   * @param config the configuration
   * @return the source; an empty value stays an empty string
   */
  public static SettingsSource of(Config config) {
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
