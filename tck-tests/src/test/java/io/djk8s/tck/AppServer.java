package io.djk8s.tck;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Starts the example application on one runtime, pointed at the given database proxy. */
interface AppServer extends AutoCloseable {

  /**
   * Boots the server with the application and waits until it serves.
   *
   * @param databasePort the PostgreSQL port the application must use (the test's proxy)
   * @param maintenanceFile the file that makes the {@code maintenance} probe fail
   * @return the running application
   */
  default Target start(int databasePort, Path maintenanceFile) throws Exception {
    return start(databasePort, maintenanceFile, Map.of());
  }

  /**
   * Boots the server with the application, with more environment variables (djk8s's {@code DJK8S_*}
   * settings, read through MicroProfile Config), and waits until it serves.
   *
   * @param databasePort the PostgreSQL port the application must use (the test's proxy)
   * @param maintenanceFile the file that makes the {@code maintenance} probe fail
   * @param env environment variables added to the server's own
   * @return the running application
   */
  Target start(int databasePort, Path maintenanceFile, Map<String, String> env) throws Exception;

  /** From process start until the application answered {@code livez} 200. */
  Duration bootTime();

  @Override
  void close();

  /** Settings the build passes as system properties. */
  static Path path(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("system property " + property + " is not set");
    }
    return Path.of(value).toAbsolutePath();
  }

  /**
   * A path in the work directory where nothing exists yet: the maintenance file the application
   * watches, which a test creates to make the {@code maintenance} probe fail.
   */
  static Path maintenanceFile(String prefix) throws java.io.IOException {
    Path work = path("djk8s.tck.work");
    java.nio.file.Files.createDirectories(work);
    Path file = java.nio.file.Files.createTempFile(work, prefix, ".flag");
    java.nio.file.Files.delete(file);
    return file;
  }

  /**
   * A relay in front of the machine's PostgreSQL ({@code djk8s.tck.db.host}/{@code
   * djk8s.tck.db.port}, default {@code 127.0.0.1:5432}) that a test black-holes and heals, the way
   * a network partition takes the database away without touching the shared server.
   */
  static io.djk8s.testing.DatabaseRelay relayToPostgres() throws java.io.IOException {
    return new io.djk8s.testing.DatabaseRelay(
        new java.net.InetSocketAddress(
            System.getProperty("djk8s.tck.db.host", "127.0.0.1"),
            Integer.getInteger("djk8s.tck.db.port", 5432)));
  }

  /** {@code base} plus {@code extra}, where {@code extra} wins. */
  static Map<String, String> env(Map<String, String> base, Map<String, String> extra) {
    Map<String, String> all = new HashMap<>(base);
    all.putAll(extra);
    return all;
  }

  static URI uri(String text) {
    return URI.create(text);
  }
}
