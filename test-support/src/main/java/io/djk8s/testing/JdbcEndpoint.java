package io.djk8s.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where a real database answers.
 *
 * @param url the JDBC URL
 * @param user the user name
 * @param password the password, possibly empty
 */
public record JdbcEndpoint(String url, String user, String password) {

  /**
   * Opens a connection.
   *
   * @return a new connection
   * @throws SQLException when the database does not answer
   */
  public Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    return DriverManager.getConnection(url, properties);
  }
}
