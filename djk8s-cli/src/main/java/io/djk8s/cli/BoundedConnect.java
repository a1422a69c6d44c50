package io.djk8s.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * One connection attempt with its own bound, whatever the driver does with its login timeout: the
 * connect runs on a daemon thread and the caller stops waiting at the bound. A connection that
 * arrives after the caller gave up is closed.
 */
final class BoundedConnect {

  private BoundedConnect() {}

  /**
   * Connects and checks the connection with {@link Connection#isValid(int)}.
   *
   * @param dataSource the datasource
   * @param bound how long the attempt may take in all
   * @throws SQLException when the database refuses, the connection is invalid, or the bound passes
   */
  static void check(DataSource dataSource, Duration bound) throws SQLException {
    long deadline = System.nanoTime() + bound.toNanos();
    try (Connection connection = connect(dataSource, bound)) {
      long left = deadline - System.nanoTime();
      int seconds = (int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(left));
      if (!connection.isValid(seconds)) {
        throw new SQLException("connection is not valid");
      }
    }
  }

  static Connection connect(DataSource dataSource, Duration bound) throws SQLException {
    FutureTask<Connection> task = new FutureTask<>(dataSource::getConnection);
    Thread thread = new Thread(task, "djk8s-connect");
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(bound.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      Thread closer =
          new Thread(
              () -> {
                try {
                  task.get().close();
                } catch (Exception ignored) {
                  // the late connection failed or was cancelled; nothing to close
                }
              },
              "djk8s-connect-closer");
      closer.setDaemon(true);
      closer.start();
      throw new SQLException("no connection within " + bound.toMillis() + " ms", "08001", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      throw new SQLException("interrupted while connecting", "08001", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new SQLException(String.valueOf(e.getCause()), "08001", e.getCause());
    }
  }
}
