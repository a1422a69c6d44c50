package io.djk8s.impl.probes.jdbc;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

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
  public static Map<String, DataSource> read(Config config) {
    Map<String, DataSource> found = new TreeMap<>();
    for (String property : config.getPropertyNames()) {
      name(property)
          .ifPresent(
              name ->
                  config
                      .getOptionalValue(PREFIX + name + ".url", String.class)
                      .ifPresent(
                          url ->
                              found.put(
                                  name,
                                  new UrlDataSource(
                                      url,
                                      config
                                          .getOptionalValue(
                                              PREFIX + name + ".username", String.class)
                                          .orElse(null),
                                      config
                                          .getOptionalValue(
                                              PREFIX + name + ".password", String.class)
                                          .orElse(null)))));
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
