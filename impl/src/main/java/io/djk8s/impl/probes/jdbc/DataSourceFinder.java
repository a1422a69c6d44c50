package io.djk8s.impl.probes.jdbc;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Finds every datasource of the application: CDI {@code DataSource} beans of any qualifier, and the
 * platform default datasource {@code java:comp/DefaultDataSource} where JNDI has one.
 */
final class DataSourceFinder {

  static final String DEFAULT_DATASOURCE_JNDI = "java:comp/DefaultDataSource";

  private DataSourceFinder() {}

  static List<NamedDataSource> find(Instance<DataSource> beans) {
    Map<DataSource, Boolean> seen = new IdentityHashMap<>();
    List<NamedDataSource> found = new ArrayList<>();
    for (Instance.Handle<DataSource> handle : beans.handles()) {
      DataSource dataSource = handle.get();
      if (seen.put(dataSource, Boolean.TRUE) == null) {
        found.add(new NamedDataSource(nameOf(handle.getBean()), dataSource));
      }
    }
    DataSource platformDefault = platformDefault();
    if (platformDefault != null && found.isEmpty()) {
      found.add(new NamedDataSource(DEFAULT_DATASOURCE_JNDI, platformDefault));
    }
    return found;
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
