package io.djk8s.impl.probes.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * An unpooled datasource over {@link DriverManager}: one new connection per call, for probes and
 * command-line tools. Its {@link #toString()} never shows the password.
 */
public final class UrlDataSource implements DataSource {

  private final String url;
  private final String username;
  private final String password;

  /**
   * A datasource for a JDBC URL.
   *
   * @param url the JDBC URL
   * @param username the user, or {@code null} to leave it to the URL
   * @param password the password, or {@code null}
   */
  public UrlDataSource(String url, String username, String password) {
    this.url = url;
    this.username = username;
    this.password = password;
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
    Properties properties = new Properties();
    if (username != null) {
      properties.setProperty("user", username);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public Connection getConnection(String user, String pass) throws SQLException {
    return DriverManager.getConnection(url, user, pass);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // DriverManager logs on its own
  }

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
