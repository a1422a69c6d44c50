package io.djk8s.core.probes.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The database probe's check of one datasource: get a connection and validate it, each step bounded
 * by the time left.
 *
 * <ul>
 *   <li>A {@link UrlDataSource} (a {@code djk8s.datasource.<name>.*} declaration) connects with the
 *       driver's connect and socket timeouts set to the time left ({@link DriverTimeouts}), and its
 *       connection gets {@link Connection#setNetworkTimeout} in milliseconds.
 *   <li>Another datasource (a container's or a pool) is used as it is: its settings are not changed
 *       behind the application's back; the probe's deadline and single-flight bound the cost.
 *   <li>Validation is {@link Connection#isValid(int)} with the seconds left (rounded up, at least
 *       1), or {@code SELECT 1} with {@link Statement#setQueryTimeout} where a driver lacks {@code
 *       isValid}.
 * </ul>
 */
final class ConnectionValidation implements DataSourceCheck {

  private static final Executor DIRECT = Runnable::run;

  @Override
  public void check(NamedDataSource named, long deadlineNanos) throws SQLException {
    UrlDataSource own = ownDataSource(named);
    try (Connection connection =
        own != null
            ? own.getConnection(remaining(deadlineNanos))
            : named.dataSource().getConnection()) {
      if (own != null) {
        networkTimeout(connection, remaining(deadlineNanos));
      }
      if (!valid(connection, seconds(remaining(deadlineNanos)))) {
        throw new SQLException("connection is not valid");
      }
    }
  }

  private static UrlDataSource ownDataSource(NamedDataSource named) {
    try {
      return named.dataSource().isWrapperFor(UrlDataSource.class)
          ? named.dataSource().unwrap(UrlDataSource.class)
          : null;
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }

  private static void networkTimeout(Connection connection, Duration timeout) {
    try {
      connection.setNetworkTimeout(
          DIRECT, (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
    } catch (SQLException | RuntimeException | AbstractMethodError e) {
      // not supported by this driver: isValid's own timeout still applies
    }
  }

  private static boolean valid(Connection connection, int seconds) throws SQLException {
    try {
      return connection.isValid(seconds);
    } catch (SQLFeatureNotSupportedException | AbstractMethodError e) {
      try (Statement statement = connection.createStatement()) {
        statement.setQueryTimeout(seconds);
        statement.execute("SELECT 1");
        return true;
      }
    }
  }

  static Duration remaining(long deadlineNanos) {
    long left = deadlineNanos - System.nanoTime();
    return left > 0 ? Duration.ofNanos(left) : Duration.ofMillis(1);
  }

  static int seconds(Duration timeout) {
    long millis = timeout.toMillis();
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (millis + 999) / 1000));
  }
}
