package io.djk8s.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
    CompletableFuture<Connection> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                Connection connection = dataSource.getConnection();
                if (!result.complete(connection)) {
                  closeQuietly(connection); // the caller gave up: a late connection is not leaked
                }
              } catch (Throwable e) { // NOPMD: whatever the driver throws goes to the caller
                result.completeExceptionally(e);
              }
            },
            "djk8s-connect");
    thread.setDaemon(true);
    thread.start();
    try {
      return result.get(bound.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandon(result);
      throw new SQLException("no connection within " + bound.toMillis() + " ms", "08001", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandon(result);
      throw new SQLException("interrupted while connecting", "08001", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw new SQLException(String.valueOf(e.getCause()), "08001", e.getCause());
    }
  }

  /**
   * Gives up on a connection attempt: one that arrives later is closed by the connecting thread,
   * one that arrived in the meantime is closed here.
   */
  private static void abandon(CompletableFuture<Connection> result) {
    if (!result.completeExceptionally(new CancellationException("abandoned"))) {
      closeQuietly(result.getNow(null));
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException | RuntimeException ignored) {
      // closing an unwanted connection: nothing more to do
    }
  }
}
