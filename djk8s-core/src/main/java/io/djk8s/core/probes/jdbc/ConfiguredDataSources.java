package io.djk8s.core.probes.jdbc;

import io.djk8s.core.settings.ProbeConfig;
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
    Map<String, DataSource> found = new TreeMap<>();
    for (String property : config.names()) {
      name(property)
          .filter(name -> NAME.matcher(name).matches())
          .ifPresent(
              name ->
                  setting(config, name, "url")
                      .ifPresent(
                          url ->
                              found.put(
                                  name,
                                  new UrlDataSource(
                                      url,
                                      setting(config, name, "username").orElse(null),
                                      setting(config, name, "password").orElse(null)))));
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
  public static void validate(ProbeConfig config) {
    for (String property : config.source().names()) {
      name(property)
          .filter(name -> !NAME.matcher(name).matches())
          .ifPresent(
              name ->
                  config.problem(
                      property,
                      name,
                      "not a datasource name; use lowercase letters, digits and '_', for example"
                          + " djk8s.datasource.orders_db.url (DJK8S_DATASOURCE_ORDERS_DB_URL)"));
    }
  }

  /**
   * The environment variable of a datasource setting.
   *
   * @param name the datasource name
   * @param setting {@code url}, {@code username} or {@code password}
   * @return for example {@code DJK8S_DATASOURCE_ORDERS_DB_URL}
   */
  public static String environmentVariable(String name, String setting) {
    return "DJK8S_DATASOURCE_"
        + name.toUpperCase(Locale.ROOT)
        + "_"
        + setting.toUpperCase(Locale.ROOT);
  }

  private static Optional<String> setting(SettingsSource config, String name, String setting) {
    Optional<String> dotted = text(config, PREFIX + name + "." + setting);
    return dotted.isPresent() ? dotted : text(config, environmentVariable(name, setting));
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
