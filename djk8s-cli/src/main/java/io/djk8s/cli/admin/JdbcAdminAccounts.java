package io.djk8s.cli.admin;

import io.djk8s.cli.spi.AdminAccountStore;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The default {@link AdminAccountStore}: a row in the caller table of a Jakarta Security {@code
 * DatabaseIdentityStore}, with a {@code Pbkdf2PasswordHash} hash, plus a row in its group table, in
 * one transaction. Concurrent runs are safe because the name column must carry a unique constraint
 * (checked before anything is written) and a duplicate-key error means "exists": never
 * check-then-insert.
 */
public final class JdbcAdminAccounts implements AdminAccountStore {

  private static final int RETRIES = 5;

  private final DataSource dataSource;
  private final AdminTable table;
  private final Pbkdf2Hash hash;

  /**
   * A store.
   *
   * @param dataSource where the tables are
   * @param table the table layout
   */
  public JdbcAdminAccounts(DataSource dataSource, AdminTable table) {
    this.dataSource = dataSource;
    this.table = table;
    this.hash = new Pbkdf2Hash(table.hashAlgorithm(), table.hashIterations(), new SecureRandom());
  }

  @Override
  public Outcome ensure(String username, char[] password, Optional<String> email)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      requireUniqueName(connection);
      for (int attempt = 1; ; attempt++) {
        try {
          return insertIfAbsent(connection, username, password, email);
        } catch (SQLException e) {
          if (!isTransient(e) || attempt >= RETRIES) {
            throw e;
          }
        }
      }
    }
  }

  private Outcome insertIfAbsent(
      Connection connection, String username, char[] password, Optional<String> email)
      throws SQLException {
    if (exists(connection, username)) {
      return Outcome.EXISTED;
    }
    String encoded = hash.generate(password);
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (PreparedStatement insert = connection.prepareStatement(insertCaller())) {
        insert.setString(1, username);
        insert.setString(2, encoded);
        if (table.emailColumn().isPresent()) {
          insert.setString(3, email.orElse(null));
        }
        insert.executeUpdate();
      } catch (SQLException e) {
        connection.rollback();
        if (isDuplicate(e) && exists(connection, username)) {
          connection.commit();
          return Outcome.EXISTED;
        }
        throw e;
      }
      if (table.groupTable().isPresent() && table.group().isPresent()) {
        try (PreparedStatement group =
            connection.prepareStatement(
                "INSERT INTO "
                    + table.groupTable().get()
                    + " ("
                    + table.groupCallerColumn()
                    + ", "
                    + table.groupColumn()
                    + ") VALUES (?, ?)")) {
          group.setString(1, username);
          group.setString(2, table.group().get());
          group.executeUpdate();
        }
      }
      connection.commit();
      return Outcome.CREATED;
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private String insertCaller() {
    return "INSERT INTO "
        + table.table()
        + " ("
        + table.nameColumn()
        + ", "
        + table.passwordColumn()
        + table.emailColumn().map(c -> ", " + c).orElse("")
        + ") VALUES (?, ?"
        + (table.emailColumn().isPresent() ? ", ?" : "")
        + ")";
  }

  private boolean exists(Connection connection, String username) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT 1 FROM " + table.table() + " WHERE " + table.nameColumn() + " = ?")) {
      select.setString(1, username);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** Refuses to run without a unique index on exactly the name column. */
  private void requireUniqueName(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String schema = null;
    String name = table.table();
    int dot = name.indexOf('.');
    if (dot > 0) {
      schema = name.substring(0, dot);
      name = name.substring(dot + 1);
    }
    for (String candidate :
        List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
      Map<String, List<String>> indexes = new HashMap<>();
      try (ResultSet rows =
          meta.getIndexInfo(connection.getCatalog(), schema, candidate, true, true)) {
        while (rows.next()) {
          String index = rows.getString("INDEX_NAME");
          String column = rows.getString("COLUMN_NAME");
          if (index != null && column != null && !rows.getBoolean("NON_UNIQUE")) {
            indexes.computeIfAbsent(index, k -> new ArrayList<>()).add(column);
          }
        }
      }
      for (List<String> columns : indexes.values()) {
        if (columns.size() == 1 && columns.get(0).equalsIgnoreCase(table.nameColumn())) {
          return;
        }
      }
    }
    throw new SQLException(
        "table "
            + table.table()
            + " has no unique constraint on exactly column "
            + table.nameColumn()
            + "; ensureadmin needs one, so that concurrent runs create exactly one account"
            + " (ALTER TABLE "
            + table.table()
            + " ADD UNIQUE ("
            + table.nameColumn()
            + "))");
  }

  private static boolean isDuplicate(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("23");
  }

  private static boolean isTransient(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.equals("40001") || state.equals("40P01"));
  }
}
