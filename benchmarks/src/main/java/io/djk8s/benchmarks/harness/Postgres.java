package io.djk8s.benchmarks.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's own corner of the shared PostgreSQL: a role {@value #NAME} limited to {@value
 * #CONNECTION_LIMIT} connections (so a probe storm cannot exhaust the server's connections for
 * everyone else) owning a database {@value #NAME}, whose {@code pg_stat_database} counters are read
 * before and after each storm round: {@code sessions} counts the connections the database accepted,
 * {@code xact_commit + xact_rollback} the transactions it ran.
 */
final class Postgres {

  static final String NAME = "djk8s_bench";
  static final int CONNECTION_LIMIT = 30;

  /**
   * Counters of the benchmark database.
   *
   * @param sessions sessions established so far
   * @param transactions transactions committed or rolled back so far
   */
  record Counters(long sessions, long transactions) {
    Counters minus(Counters before) {
      return new Counters(sessions - before.sessions, transactions - before.transactions);
    }
  }

  private final String adminUrl;
  private final String host;
  private final int port;

  Postgres(String host, int port) {
    this.host = host;
    this.port = port;
    this.adminUrl = "jdbc:postgresql://" + host + ":" + port + "/test?user=postgres";
  }

  /** The URL the server under test uses. */
  String benchUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + NAME;
  }

  String describe() throws SQLException {
    try (Connection connection = DriverManager.getConnection(adminUrl);
        Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("SHOW server_version")) {
      version.next();
      return "PostgreSQL " + version.getString(1) + " at " + host + ":" + port;
    }
  }

  /** Creates the role and the database when missing; changes nothing else. */
  void prepare() throws SQLException {
    try (Connection connection = DriverManager.getConnection(adminUrl);
        Statement statement = connection.createStatement()) {
      if (!exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + NAME + "'")) {
        statement.execute("CREATE ROLE " + NAME + " LOGIN CONNECTION LIMIT " + CONNECTION_LIMIT);
      }
      if (!exists(statement, "SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'")) {
        statement.execute("CREATE DATABASE " + NAME + " OWNER " + NAME);
      }
    }
  }

  private static boolean exists(Statement statement, String query) throws SQLException {
    try (ResultSet rows = statement.executeQuery(query)) {
      return rows.next();
    }
  }

  /** A connection of the administrator's for repeated reads during a run. */
  Connection admin() throws SQLException {
    return DriverManager.getConnection(adminUrl);
  }

  /** How many connections the benchmark role holds right now, as PostgreSQL sees them. */
  static int connectionsHeld(Connection admin) throws SQLException {
    try (Statement statement = admin.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = '" + NAME + "'")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /**
   * Waits until the role holds no connection: a server keeps working off the requests queued by a
   * storm after the load generator stops, and that work must not be counted for the next run.
   */
  void awaitIdle(java.time.Duration patience) throws SQLException, InterruptedException {
    long end = System.nanoTime() + patience.toNanos();
    try (Connection admin = admin()) {
      while (connectionsHeld(admin) > 0 && System.nanoTime() < end) {
        Thread.sleep(100);
      }
    }
  }

  Counters counters() throws SQLException {
    try (Connection connection = DriverManager.getConnection(adminUrl);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT sessions, xact_commit + xact_rollback FROM pg_stat_database"
                    + " WHERE datname = '"
                    + NAME
                    + "'")) {
      if (!rows.next()) {
        throw new SQLException("no statistics for database " + NAME);
      }
      return new Counters(rows.getLong(1), rows.getLong(2));
    }
  }
}
