package io.djk8s.examples.quickstart;

import io.djk8s.impl.probes.jdbc.UrlDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    return new UrlDataSource(url, null, null);
  }
}
