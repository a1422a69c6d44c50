package io.djk8s.core.probes.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * An unpooled datasource over {@link DriverManager}: one new connection per call, for probes and
 * command-line tools. {@link #getConnection(Duration)} bounds the driver's own network I/O (see
 * {@link DriverTimeouts}); {@link #setLoginTimeout(int)} applies to this datasource only, never to
 * the JVM-wide {@code DriverManager}. Its {@link #toString()} never shows the password.
 */
public final class UrlDataSource implements DataSource {

  private final String url;
  private final String username;
  private final String password;
  private final Duration timeout;
  private volatile int loginTimeoutSeconds;

  /**
   * A datasource for a JDBC URL.
   *
   * @param url the JDBC URL
   * @param username the user, or {@code null} to leave it to the URL
   * @param password the password, or {@code null}
   */
  public UrlDataSource(String url, String username, String password) {
    this(url, username, password, null);
  }

  private UrlDataSource(String url, String username, String password, Duration timeout) {
    this.url = url;
    this.username = username;
    this.password = password;
    this.timeout = timeout;
  }

  /**
   * A copy whose {@link #getConnection()} bounds the driver's network I/O by {@code timeout}, as
   * {@link #getConnection(Duration)} does.
   *
   * @param timeout the time each connect and login may take
   * @return a new datasource for the same URL and user
   */
  public UrlDataSource withTimeout(Duration timeout) {
    return new UrlDataSource(url, username, password, timeout);
  }

  /**
   * The JDBC URL.
   *
   * @return the URL as configured
   */
  public String url() {
    return url;
  }

  @Override
  public Connection getConnection() throws SQLException {
    int seconds = loginTimeoutSeconds;
    return connect(
        username,
        password,
        timeout != null || seconds == 0 ? timeout : Duration.ofSeconds(seconds));
  }

  /**
   * Opens a connection whose driver gives up its network I/O after about {@code timeout}, where the
   * driver allows it: PostgreSQL (in whole seconds), MariaDB and MySQL (in milliseconds).
   *
   * @param timeout the time the connect and login may take
   * @return a new connection
   * @throws SQLException when the database refuses, fails or does not answer in time
   */
  public Connection getConnection(Duration timeout) throws SQLException {
    return connect(username, password, timeout);
  }

  @Override
  public Connection getConnection(String user, String pass) throws SQLException {
    return connect(user, pass, null);
  }

  private Connection connect(String user, String pass, Duration timeout) throws SQLException {
    Properties properties = new Properties();
    if (timeout != null) {
      properties.putAll(DriverTimeouts.forUrl(url, timeout));
    }
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (pass != null) {
      properties.setProperty("password", pass);
    }
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // DriverManager logs on its own
  }

  /**
   * Bounds the network I/O of {@link #getConnection()} of this datasource (not of other users of
   * {@code DriverManager}).
   *
   * @param seconds the timeout; 0 for the driver's default
   */
  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeoutSeconds = Math.max(0, seconds);
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public String toString() {
    return "UrlDataSource[" + url.replaceAll("(?i)(password=)[^&;]*", "$1***") + "]";
  }
}
