package io.djk8s.core.probes.jdbc;

import io.djk8s.core.settings.SettingsSource;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Datasources declared in MicroProfile Config, for applications (and command-line tools) that have
 * no container-managed one: {@code djk8s.datasource.<name>.url}, {@code .username}, {@code
 * .password}, using the JDBC driver on the classpath. In the environment: {@code
 * DJK8S_DATASOURCE_<NAME>_URL} and so on.
 */
public final class ConfiguredDataSources {

  /** The prefix of every datasource key. */
  public static final String PREFIX = "djk8s.datasource.";

  private static final Pattern DOTTED = Pattern.compile("djk8s\\.datasource\\.([^.]+)\\.url");
  private static final Pattern ENV = Pattern.compile("DJK8S_DATASOURCE_([A-Z0-9]+)_URL");

  private ConfiguredDataSources() {}

  /**
   * Reads every declared datasource.
   *
   * @param config the configuration
   * @return datasources by name, in name order
   */
  public static Map<String, DataSource> read(SettingsSource config) {
    Map<String, DataSource> found = new TreeMap<>();
    for (String property : config.names()) {
      name(property)
          .ifPresent(
              name ->
                  text(config, PREFIX + name + ".url")
                      .ifPresent(
                          url ->
                              found.put(
                                  name,
                                  new UrlDataSource(
                                      url,
                                      text(config, PREFIX + name + ".username").orElse(null),
                                      text(config, PREFIX + name + ".password").orElse(null)))));
    }
    return found;
  }

  private static Optional<String> text(SettingsSource config, String key) {
    return config.value(key).filter(value -> !value.isBlank());
  }

  private static Optional<String> name(String property) {
    Matcher dotted = DOTTED.matcher(property);
    if (dotted.matches()) {
      return Optional.of(dotted.group(1));
    }
    Matcher env = ENV.matcher(property);
    if (env.matches()) {
      return Optional.of(env.group(1).toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }
}
