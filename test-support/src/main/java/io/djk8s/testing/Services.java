package io.djk8s.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real services tests talk to, found in this order: configuration (system property or
 * environment variable), the machine's local service on its standard port, Testcontainers where a
 * Docker engine exists. When none answers, a test is skipped, unless {@code CI=true}: then it
 * fails, so that CI never passes by skipping.
 *
 * <table>
 *   <caption>Configuration</caption>
 *   <tr><th>service</th><th>property / environment variable</th><th>default</th></tr>
 *   <tr><td>PostgreSQL</td><td>{@code djk8s.test.postgres.url} / {@code DJK8S_TEST_POSTGRES_URL}
 *   (+ {@code .user}, {@code .password})</td><td>{@code jdbc:postgresql://127.0.0.1:5432/test},
 *   user {@code postgres}</td></tr>
 *   <tr><td>MariaDB</td><td>{@code djk8s.test.mariadb.url} / {@code DJK8S_TEST_MARIADB_URL}
 *   (+ {@code .user}, {@code .password})</td><td>{@code jdbc:mariadb://127.0.0.1:3306/test},
 *   user {@code root}</td></tr>
 * </table>
 */
public final class Services {

  private static final Containers CONTAINERS = new Containers();

  private Services() {}

  /**
   * A real PostgreSQL.
   *
   * @return its endpoint
   */
  public static JdbcEndpoint postgres() {
    return jdbc(
        "postgres", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", CONTAINERS::postgres);
  }

  /**
   * A real MariaDB.
   *
   * @return its endpoint
   */
  public static JdbcEndpoint mariadb() {
    return jdbc("mariadb", "jdbc:mariadb://127.0.0.1:3306/test", "root", CONTAINERS::mariadb);
  }

  /**
   * Whether CI demands every service: {@code CI=true}.
   *
   * @return {@code true} in CI
   */
  public static boolean requiredByCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * Skips the test, or fails it in CI, because a service is missing.
   *
   * @param what the missing service and how to provide it
   */
  public static void missing(String what) {
    if (requiredByCi()) {
      Assertions.fail(what + " is required in CI (CI=true) but does not answer");
    }
    Assumptions.abort(what + " does not answer and no Docker engine is available; skipped");
  }

  private static JdbcEndpoint jdbc(
      String service,
      String defaultUrl,
      String defaultUser,
      java.util.function.Supplier<JdbcDatabaseContainer<?>> container) {
    String prefix = "djk8s.test." + service;
    Optional<String> configured = setting(prefix + ".url");
    String url = configured.orElse(defaultUrl);
    String user = setting(prefix + ".user").orElse(defaultUser);
    String password = setting(prefix + ".password").orElse("");
    if (configured.isPresent() || reachable(url)) {
      return new JdbcEndpoint(url, user, password);
    }
    if (DockerClientFactory.instance().isDockerAvailable()) {
      JdbcDatabaseContainer<?> started = container.get();
      return new JdbcEndpoint(started.getJdbcUrl(), started.getUsername(), started.getPassword());
    }
    missing(service + " (" + url + "; set " + prefix + ".url)");
    throw new AssertionError("unreachable");
  }

  /**
   * A test setting from a system property or its environment variable form.
   *
   * @param key a key such as {@code djk8s.test.postgres.url}
   * @return its value
   */
  public static Optional<String> setting(String key) {
    String value = System.getProperty(key);
    if (value == null) {
      value = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
    }
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  private static boolean reachable(String jdbcUrl) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Containers started at most once per test JVM, stopped by Testcontainers at exit. */
  private static final class Containers {
    private JdbcDatabaseContainer<?> postgres;
    private JdbcDatabaseContainer<?> mariadb;

    synchronized JdbcDatabaseContainer<?> postgres() {
      if (postgres == null) {
        postgres = new PostgreSQLContainer("postgres:16-alpine");
        postgres.start();
      }
      return postgres;
    }

    synchronized JdbcDatabaseContainer<?> mariadb() {
      if (mariadb == null) {
        mariadb = new MariaDBContainer("mariadb:11");
        mariadb.start();
      }
      return mariadb;
    }
  }
}
