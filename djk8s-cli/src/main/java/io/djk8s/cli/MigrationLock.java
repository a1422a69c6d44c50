package io.djk8s.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * A cluster-wide lock held on one dedicated connection: {@code pg_advisory_lock} on PostgreSQL (its
 * wait bounded by {@code lock_timeout}), {@code GET_LOCK} on MariaDB and MySQL (bounded by its
 * timeout argument). Closing the connection releases it too, so a killed pod never keeps it.
 */
abstract class MigrationLock {

  final Connection connection;
  final long id;

  private MigrationLock(Connection connection, long id) {
    this.connection = connection;
    this.id = id;
  }

  /**
   * The lock for the connection's database.
   *
   * @throws CliFailure when the database has no cluster-wide lock djk8s knows
   */
  static MigrationLock on(Connection connection, long id) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String lower = product.toLowerCase(Locale.ROOT);
    if (lower.contains("postgres")) {
      return new Postgres(connection, id);
    }
    if (lower.contains("mariadb") || lower.contains("mysql")) {
      return new MariaDb(connection, id);
    }
    throw CliFailure.failed(
        "lockedmigrate: "
            + product
            + " has no cluster-wide lock that djk8s knows; lockedmigrate supports PostgreSQL"
            + " (pg_advisory_lock) and MariaDB/MySQL (GET_LOCK). Run plain Flyway migrate from a"
            + " single Job instead.");
  }

  /** Waits at most {@code wait}; true when the lock is held. */
  abstract boolean acquire(Duration wait) throws SQLException;

  abstract void release() throws SQLException;

  abstract String describe();

  private static final class Postgres extends MigrationLock {
    Postgres(Connection connection, long id) {
      super(connection, id);
    }

    @Override
    boolean acquire(Duration wait) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET lock_timeout = " + Math.max(1, wait.toMillis()));
      }
      try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
        lock.setLong(1, id);
        lock.execute();
        return true;
      } catch (SQLException e) {
        if ("55P03".equals(e.getSQLState())) {
          return false;
        }
        throw e;
      } finally {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SET lock_timeout = 0");
        }
      }
    }

    @Override
    void release() throws SQLException {
      try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
        unlock.setLong(1, id);
        unlock.execute();
      }
    }

    @Override
    String describe() {
      return "pg_advisory_lock(" + id + ")";
    }
  }

  private static final class MariaDb extends MigrationLock {
    MariaDb(Connection connection, long id) {
      super(connection, id);
    }

    private String name() {
      return "djk8s-migrate-" + id;
    }

    @Override
    boolean acquire(Duration wait) throws SQLException {
      try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
        lock.setString(1, name());
        lock.setDouble(2, Math.max(0.001, wait.toMillis() / 1000.0));
        try (ResultSet row = lock.executeQuery()) {
          row.next();
          int got = row.getInt(1);
          if (row.wasNull()) {
            throw new SQLException("GET_LOCK('" + name() + "') failed");
          }
          return got == 1;
        }
      }
    }

    @Override
    void release() throws SQLException {
      try (PreparedStatement unlock = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
        unlock.setString(1, name());
        unlock.execute();
      }
    }

    @Override
    String describe() {
      return "GET_LOCK('" + name() + "')";
    }
  }
}
