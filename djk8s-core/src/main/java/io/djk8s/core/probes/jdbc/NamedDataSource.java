package io.djk8s.core.probes.jdbc;

import java.util.Objects;
import javax.sql.DataSource;

/**
 * A datasource with the name it is reported by in logs, verbose output and MicroProfile Health
 * data.
 *
 * @param name a CDI bean name or qualifier, a JNDI name, or the name of a {@code
 *     djk8s.datasource.<name>.*} declaration
 * @param dataSource the datasource
 */
public record NamedDataSource(String name, DataSource dataSource) {

  /** Checks that both parts are present. */
  public NamedDataSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public String toString() {
    return "datasource '" + name + "'";
  }
}
