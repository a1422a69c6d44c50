package io.djk8s.tck;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Starts the example application on one runtime, pointed at the given database proxy. */
interface AppServer extends AutoCloseable {

  /**
   * Boots the server with the application and waits until it serves.
   *
   * @param databasePort the PostgreSQL port the application must use (the test's proxy)
   * @param maintenanceFile the file that makes the {@code maintenance} probe fail
   * @return the running application
   */
  Target start(int databasePort, Path maintenanceFile) throws Exception;

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

  static URI uri(String text) {
    return URI.create(text);
  }
}
