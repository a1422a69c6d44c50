package io.djk8s.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.tools.Server;

/**
 * An H2 TCP server of the test's own on a free port of 127.0.0.1, serving an in-memory database
 * with user {@code sa} and the given password; stopped and started again at will (the database
 * lives on in this JVM while the server is down, held by an embedded connection).
 */
public final class PrivateH2 implements PrivateDatabase {

  private final int port;
  private final String database;
  private final String password;
  private final Connection holder;
  private Server server;

  private PrivateH2(String password) throws Exception {
    this.port = Commands.freePort();
    this.password = password;
    this.database = "djk8s_" + Long.toHexString(System.nanoTime());
    this.holder =
        DriverManager.getConnection(
            "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1", "sa", password);
    start();
  }

  /**
   * Creates and starts a server.
   *
   * @param password the password of user {@code sa}
   * @return the running server
   * @throws Exception when it cannot start
   */
  public static PrivateH2 launch(String password) throws Exception {
    return new PrivateH2(password);
  }

  @Override
  public JdbcEndpoint endpoint() {
    return new JdbcEndpoint("jdbc:h2:tcp://127.0.0.1:" + port + "/mem:" + database, "sa", password);
  }

  @Override
  public synchronized void start() throws SQLException {
    server = Server.createTcpServer("-tcpPort", Integer.toString(port)).start();
  }

  @Override
  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  @Override
  public void close() {
    stop();
    try {
      holder.close();
    } catch (SQLException ignored) {
      // in-memory database goes with the JVM
    }
  }
}
