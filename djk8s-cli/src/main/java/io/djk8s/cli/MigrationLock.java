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

  /**
   * Releases the lock.
   *
   * @return false when the database says this session did not hold it any more (its connection was
   *     lost during the migration, so another run may have migrated at the same time)
   */
  abstract boolean release() throws SQLException;

  /** How long a lock or unlock call may wait for the database's answer beyond its own wait. */
  static final Duration NETWORK_MARGIN = Duration.ofSeconds(10);

  /**
   * Bounds every call on the lock connection: a database that dies while answering does not hold
   * lockedmigrate for TCP's two hours.
   */
  void bound(Duration wait) throws SQLException {
    long millis = Math.min(Integer.MAX_VALUE, wait.plus(NETWORK_MARGIN).toMillis());
    connection.setNetworkTimeout(Runnable::run, (int) millis);
  }

  abstract String describe();

  /** Server-side keepalive of the lock session: idle seconds before the first probe. */
  static final int KEEPALIVE_IDLE_SECONDS = 30;

  /** Seconds between keepalive probes. */
  static final int KEEPALIVE_INTERVAL_SECONDS = 10;

  /** Unanswered probes before the server drops the session. */
  static final int KEEPALIVE_COUNT = 3;

  private static final class Postgres extends MigrationLock {
    Postgres(Connection connection, long id) {
      super(connection, id);
    }

    @Override
    boolean acquire(Duration wait) throws SQLException {
      bound(wait);
      try (Statement statement = connection.createStatement()) {
        // If this process dies holding the lock, the server notices its dead peer within about
        // a minute and ends the session, which releases the lock; without these, PostgreSQL
        // waits for the kernel's TCP keepalive, two hours by default.
        statement.execute("SET tcp_keepalives_idle = " + KEEPALIVE_IDLE_SECONDS);
        statement.execute("SET tcp_keepalives_interval = " + KEEPALIVE_INTERVAL_SECONDS);
        statement.execute("SET tcp_keepalives_count = " + KEEPALIVE_COUNT);
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
    boolean release() throws SQLException {
      bound(Duration.ZERO);
      try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
        unlock.setLong(1, id);
        try (ResultSet row = unlock.executeQuery()) {
          return row.next() && row.getBoolean(1);
        }
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
      bound(wait);
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
    boolean release() throws SQLException {
      bound(Duration.ZERO);
      try (PreparedStatement unlock = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
        unlock.setString(1, name());
        try (ResultSet row = unlock.executeQuery()) {
          return row.next() && row.getInt(1) == 1;
        }
      }
    }

    @Override
    String describe() {
      return "GET_LOCK('" + name() + "')";
    }
  }
}
