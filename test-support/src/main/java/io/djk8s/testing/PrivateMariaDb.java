package io.djk8s.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A MariaDB server of the test's own: {@code mariadb-install-db} into a temporary directory, then
 * {@code mariadbd} on a free port of 127.0.0.1 as a child process, stopped (SIGTERM) and started
 * again at will. User {@code root} has an empty password. When no MariaDB binaries exist the test
 * is skipped (failed when {@code CI=true}).
 */
public final class PrivateMariaDb implements PrivateDatabase {

  private final Path dir;
  private final Path server;
  private final int port;
  private Process process;
  private final Thread cleanup = new Thread(this::stopQuietly, "private-mariadb-cleanup");

  private PrivateMariaDb(Path install, Path server) throws Exception {
    this.server = server;
    this.port = Commands.freePort();
    this.dir = Files.createTempDirectory("djk8s-mariadb-");
    List<String> command =
        new ArrayList<>(
            List.of(
                install.toString(),
                "--no-defaults",
                "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal",
                "--skip-test-db"));
    if (Commands.root()) {
      command.add("--user=root");
    }
    Commands.run(command, dir.resolve("install.log"));
    Runtime.getRuntime().addShutdownHook(cleanup);
    start();
  }

  /**
   * Creates and starts a server.
   *
   * @return the running server
   * @throws Exception when it cannot start
   */
  public static PrivateMariaDb launch() throws Exception {
    Path install = Commands.executable("mariadb-install-db", "/usr/bin", "/usr/local/bin");
    Path server = Commands.executable("mariadbd", "/usr/sbin", "/usr/local/sbin");
    if (install == null || server == null) {
      Services.missing("MariaDB server binaries (mariadb-install-db, mariadbd)");
    }
    return new PrivateMariaDb(install, server);
  }

  @Override
  public JdbcEndpoint endpoint() {
    return new JdbcEndpoint("jdbc:mariadb://127.0.0.1:" + port + "/mysql", "root", "");
  }

  /**
   * The port it listens on.
   *
   * @return the port on 127.0.0.1
   */
  public int port() {
    return port;
  }

  @Override
  public synchronized void start() throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                server.toString(),
                "--no-defaults",
                "--datadir=" + dir.resolve("data"),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"),
                "--skip-log-bin",
                "--innodb-buffer-pool-size=16M",
                "--skip-name-resolve"));
    if (Commands.root()) {
      command.add("--user=root");
    }
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
            .start();
    awaitAnswer();
  }

  private void awaitAnswer() {
    Awaitility.await("MariaDB accepting connections")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              try {
                endpoint().connect().close();
                return true;
              } catch (SQLException e) {
                if (!process.isAlive()) {
                  throw new IOException(
                      "mariadbd exited "
                          + process.exitValue()
                          + ": "
                          + Files.readString(dir.resolve("server.log")),
                      e);
                }
                return false;
              }
            });
  }

  @Override
  public synchronized void stop() throws Exception {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (Exception ignored) {
      // best effort
    }
  }

  @Override
  public void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException ignored) {
      // shutting down already
    }
    Commands.deleteTree(dir);
  }
}
