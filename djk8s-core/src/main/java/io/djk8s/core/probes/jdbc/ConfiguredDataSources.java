package io.djk8s.core.probes.jdbc;

import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.KeyReader;
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
 * no container-managed one: {@link Djk8sKeys#DATASOURCE_URL}, {@link
 * Djk8sKeys#DATASOURCE_USERNAME}, {@link Djk8sKeys#DATASOURCE_PASSWORD}, using the JDBC driver on
 * the classpath. In the environment: {@code DJK8S_DATASOURCE_<NAME>_URL} and so on.
 */
public final class ConfiguredDataSources {

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
    KeyReader keys = new KeyReader(config);
    Map<String, DataSource> found = new TreeMap<>();
    for (String property : config.names()) {
      Optional<String> name = name(property);
      if (name.isEmpty()) {
        continue;
      }
      Optional<String> url = keys.optional(Djk8sKeys.DATASOURCE_URL.named(name.get()));
      if (url.isPresent()) {
        found.put(
            name.get(),
            new UrlDataSource(
                url.get(),
                keys.optional(Djk8sKeys.DATASOURCE_USERNAME.named(name.get())).orElse(null),
                keys.optional(Djk8sKeys.DATASOURCE_PASSWORD.named(name.get())).orElse(null)));
      }
    }
    return found;
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
