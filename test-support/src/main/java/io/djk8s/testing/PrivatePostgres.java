package io.djk8s.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * A PostgreSQL cluster of the test's own: {@code initdb} into a temporary directory (password
 * authentication, scram-sha-256), {@code pg_ctl start} on a free port of 127.0.0.1, {@code pg_ctl
 * stop} and start again at will. As root it runs the server as user {@code postgres} (PostgreSQL
 * refuses root). When no PostgreSQL binaries exist the test is skipped (failed when {@code
 * CI=true}).
 */
public final class PrivatePostgres implements PrivateDatabase {

  private static final String USER = "postgres";

  private final Path dir;
  private final Path bin;
  private final int port;
  private final String password;
  private final Thread cleanup = new Thread(this::stopQuietly, "private-postgres-cleanup");

  private PrivatePostgres(Path bin, String password) throws Exception {
    this.bin = bin;
    this.password = password;
    this.port = Commands.freePort();
    this.dir = Files.createTempDirectory("djk8s-pg-");
    Path passwordFile = dir.resolve("pw");
    Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
    if (Commands.root()) {
      Commands.run(List.of("chown", "-R", USER, dir.toString()), log("chown"));
    }
    Commands.run(
        asServerUser(
            bin.resolve("initdb").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-A",
            "scram-sha-256",
            "-U",
            USER,
            "--pwfile=" + passwordFile,
            "-N"),
        log("initdb"));
    Runtime.getRuntime().addShutdownHook(cleanup);
    start();
  }

  /**
   * Creates and starts a cluster.
   *
   * @param password the password of user {@code postgres}
   * @return the running cluster
   * @throws Exception when it cannot start
   */
  public static PrivatePostgres launch(String password) throws Exception {
    Path bin = binaries();
    if (bin == null) {
      Services.missing("PostgreSQL server binaries (initdb, pg_ctl under /usr/lib/postgresql)");
    }
    return new PrivatePostgres(bin, password);
  }

  private static Path binaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        return versions
            .map(version -> version.resolve("bin"))
            .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
            .max(Comparator.comparing(bin -> versionNumber(bin.getParent())))
            .orElse(null);
      } catch (IOException e) {
        return null;
      }
    }
    Path pgCtl = Commands.executable("pg_ctl");
    return pgCtl == null ? null : pgCtl.getParent();
  }

  private static int versionNumber(Path versionDir) {
    try {
      return Integer.parseInt(versionDir.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public JdbcEndpoint endpoint() {
    return new JdbcEndpoint("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, password);
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
  public void start() throws Exception {
    Commands.run(
        asServerUser(
            bin.resolve("pg_ctl").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-o",
            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
            "-l",
            dir.resolve("server.log").toString(),
            "-w",
            "-t",
            "60",
            "start"),
        log("start"));
    awaitAnswer();
  }

  private void awaitAnswer() {
    Awaitility.await("PostgreSQL accepting connections")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .ignoreException(SQLException.class)
        .until(
            () -> {
              endpoint().connect().close();
              return true;
            });
  }

  @Override
  public void stop() throws Exception {
    Commands.run(
        asServerUser(
            bin.resolve("pg_ctl").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-m",
            "fast",
            "-w",
            "stop"),
        log("stop"));
  }

  private void stopQuietly() {
    try {
      if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
        stop();
      }
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

  private Path log(String step) {
    return dir.resolve(step + ".log");
  }

  private static List<String> asServerUser(String... command) {
    List<String> full = new ArrayList<>();
    if (Commands.root()) {
      full.addAll(List.of("runuser", "-u", USER, "--"));
    }
    full.addAll(List.of(command));
    return full;
  }
}
