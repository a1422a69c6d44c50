package io.djk8s.core.probes.jdbc;

import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.Key;
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
  private static final Pattern ENV = Pattern.compile("DJK8S_DATASOURCE_([A-Za-z0-9_]+)_URL");

  /** A datasource name: what maps one way between keys, environment variables and {@code -d}. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

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
      Optional<String> name = name(property).filter(n -> NAME.matcher(n).matches());
      if (name.isEmpty()) {
        continue;
      }
      Optional<String> url = setting(keys, Djk8sKeys.DATASOURCE_URL.named(name.get()));
      if (url.isPresent()) {
        found.put(
            name.get(),
            new UrlDataSource(
                url.get(),
                setting(keys, Djk8sKeys.DATASOURCE_USERNAME.named(name.get())).orElse(null),
                setting(keys, Djk8sKeys.DATASOURCE_PASSWORD.named(name.get())).orElse(null)));
      }
    }
    return found;
  }

  /**
   * Reports every datasource declaration whose name does not map one way: a name is lowercase
   * letters, digits and single underscores ({@code orders_db}), its environment form is the upper
   * case ({@code DJK8S_DATASOURCE_ORDERS_DB_URL}) and {@code -d orders_db} names it.
   *
   * @param config collects one problem per bad declaration, naming the key
   */
  public static void validate(KeyReader config) {
    for (String property : config.source().names()) {
      name(property)
          .filter(name -> !NAME.matcher(name).matches())
          .ifPresent(
              name ->
                  config.problem(
                      property
                          + "='"
                          + name
                          + "': not a datasource name; use lowercase letters, digits and '_', for"
                          + " example djk8s.datasource.orders_db.url"
                          + " (DJK8S_DATASOURCE_ORDERS_DB_URL)"));
    }
  }

  /**
   * A datasource setting in its dotted form or, as a source that lists environment variables has
   * it, in its environment form.
   */
  private static Optional<String> setting(KeyReader keys, Key key) {
    Optional<String> dotted = keys.optional(key);
    return dotted.isPresent()
        ? dotted
        : keys.source().value(key.environmentVariable()).filter(value -> !value.isBlank());
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
