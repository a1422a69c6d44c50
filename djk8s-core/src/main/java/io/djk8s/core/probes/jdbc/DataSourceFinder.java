package io.djk8s.core.probes.jdbc;

import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.settings.SettingsSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Finds the datasources the {@code database} and {@code migrations} probes check: those the host
 * manages (CDI beans of any qualifier, Agroal datasources), the platform's default datasource
 * ({@code java:comp/DefaultDataSource}) when JNDI has one, and those declared in configuration
 * ({@code djk8s.datasource.<name>.url}). The same datasource reached twice is checked once.
 */
public final class DataSourceFinder {

  /** The Jakarta EE default datasource's JNDI name. */
  public static final String DEFAULT_DATASOURCE_JNDI = "java:comp/DefaultDataSource";

  private DataSourceFinder() {}

  /**
   * Every datasource, with unique names.
   *
   * @param host what the host manages
   * @param settings the configuration, for declared datasources
   * @return the datasources, host-managed first
   */
  public static List<NamedDataSource> find(ProbeHost host, SettingsSource settings) {
    Map<DataSource, Boolean> seen = new IdentityHashMap<>();
    List<NamedDataSource> found = new ArrayList<>();
    for (ProbeHost.Managed<DataSource> managed : host.managed(DataSource.class)) {
      if (seen.put(managed.instance(), Boolean.TRUE) == null) {
        found.add(new NamedDataSource(managed.name(), managed.instance()));
      }
    }
    DataSource platformDefault = platformDefault();
    if (platformDefault != null && seen.put(platformDefault, Boolean.TRUE) == null) {
      found.add(new NamedDataSource(DEFAULT_DATASOURCE_JNDI, platformDefault));
    }
    ConfiguredDataSources.read(settings)
        .forEach((name, dataSource) -> found.add(new NamedDataSource(name, dataSource)));
    return unique(found);
  }

  static List<NamedDataSource> unique(List<NamedDataSource> found) {
    Set<String> names = new HashSet<>();
    List<NamedDataSource> unique = new ArrayList<>(found.size());
    for (NamedDataSource dataSource : found) {
      String name = dataSource.name();
      for (int n = 2; !names.add(name); n++) {
        name = dataSource.name() + "#" + n;
      }
      unique.add(new NamedDataSource(name, dataSource.dataSource()));
    }
    return unique;
  }

  private static DataSource platformDefault() {
    try {
      Object found = new InitialContext().lookup(DEFAULT_DATASOURCE_JNDI);
      return found instanceof DataSource dataSource ? dataSource : null;
    } catch (NamingException | RuntimeException | LinkageError e) {
      return null;
    }
  }
}
