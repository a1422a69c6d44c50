package io.djk8s.impl.probes.jdbc;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Finds every datasource of the application, in this order: CDI {@code DataSource} beans of any
 * qualifier (named by {@code @Named}, else by their qualifiers, else {@code default}), the platform
 * default datasource {@code java:comp/DefaultDataSource} where JNDI has one, and the datasources
 * declared in configuration ({@code djk8s.datasource.<name>.url}, named {@code <name>}). The same
 * instance found twice is checked once; a name found twice gets a suffix {@code #2}.
 */
public final class DataSourceFinder {

  /** The JNDI name of the Jakarta EE platform default datasource. */
  public static final String DEFAULT_DATASOURCE_JNDI = "java:comp/DefaultDataSource";

  private DataSourceFinder() {}

  /**
   * Finds the datasources.
   *
   * @param beans every CDI {@code DataSource} bean ({@code @Any})
   * @param config the configuration with the {@code djk8s.datasource.*} declarations
   * @return the datasources with unique names
   */
  public static List<NamedDataSource> find(Instance<DataSource> beans, Config config) {
    Map<DataSource, Boolean> seen = new IdentityHashMap<>();
    List<NamedDataSource> found = new ArrayList<>();
    for (Instance.Handle<DataSource> handle : beans.handles()) {
      DataSource dataSource = handle.get();
      if (seen.put(dataSource, Boolean.TRUE) == null) {
        found.add(new NamedDataSource(nameOf(handle.getBean()), dataSource));
      }
    }
    DataSource platformDefault = platformDefault();
    if (platformDefault != null && seen.put(platformDefault, Boolean.TRUE) == null) {
      found.add(new NamedDataSource(DEFAULT_DATASOURCE_JNDI, platformDefault));
    }
    ConfiguredDataSources.read(config)
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

  private static String nameOf(Bean<?> bean) {
    if (bean.getName() != null) {
      return bean.getName();
    }
    String qualifiers =
        bean.getQualifiers().stream()
            .map(Annotation::annotationType)
            .filter(type -> type != Any.class && type != Default.class)
            .map(type -> "@" + type.getSimpleName())
            .collect(Collectors.joining(" "));
    return qualifiers.isEmpty() ? "default" : qualifiers;
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
