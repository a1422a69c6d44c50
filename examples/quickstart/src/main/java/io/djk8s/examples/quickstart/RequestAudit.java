package io.djk8s.examples.quickstart;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Writes one row per request into an audit table: the application's own database access. */
@ApplicationScoped
public class RequestAudit {

  @Inject DataSource dataSource;

  @PostConstruct
  void createTable() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS request_audit (path VARCHAR(2048) NOT NULL)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the request_audit table", e);
    }
  }

  void record(String path) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO request_audit (path) VALUES (?)")) {
      insert.setString(1, path);
      insert.executeUpdate();
    }
  }

  long count() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM request_audit")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
