package io.djk8s.benchmarks.app;

import io.djk8s.core.probes.jdbc.UrlDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one datasource, unpooled (a new connection per check, so that every check is
 * one session the database can count), shared by djk8s's {@code database} probe and the
 * application's own {@link JdbcReadinessCheck}.
 */
@ApplicationScoped
public class BenchDataSource {

  /** The key of the JDBC URL. */
  public static final String URL_KEY = "bench.jdbc.url";

  @Inject
  @ConfigProperty(name = URL_KEY, defaultValue = "jdbc:postgresql://127.0.0.1:5432/test")
  String url;

  @Inject
  @ConfigProperty(name = "bench.jdbc.user", defaultValue = "postgres")
  String user;

  @Produces
  @ApplicationScoped
  DataSource dataSource() {
    return new UrlDataSource(url, user, null);
  }
}
