package io.djk8s.examples.quickstart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's datasource: embedded H2 by default; any JDBC URL through {@code
 * quickstart.datasource.url} (env {@code QUICKSTART_DATASOURCE_URL}), for example {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres}.
 */
@ApplicationScoped
public class DataSourceProducer {

  @Inject
  @ConfigProperty(
      name = "quickstart.datasource.url",
      defaultValue = "jdbc:h2:mem:quickstart;DB_CLOSE_DELAY=-1")
  String url;

  @Produces
  @ApplicationScoped
  DataSource dataSource() {
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      return postgres;
    }
    if (url.startsWith("jdbc:mariadb:")) {
      try {
        return new MariaDbDataSource(url);
      } catch (SQLException e) {
        throw new IllegalArgumentException("quickstart.datasource.url is not a MariaDB URL", e);
      }
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    return h2;
  }
}
