package io.djk8s.examples.quickstart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
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
    return new DriverManagerDataSource(url);
  }

  /** A minimal, unpooled datasource; an application server would provide a pooled one. */
  static class DriverManagerDataSource implements DataSource {

    private final String url;

    DriverManagerDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {
      DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
