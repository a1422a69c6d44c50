package io.djk8s.examples.quarkus;

import io.djk8s.testing.BlackHole;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Points the example's default datasource at a port that accepts and never answers, the way a
 * partitioned database looks, and makes Vert.x's blocked-thread checker strict (100 ms), logging to
 * {@code target/event-loop.log}.
 */
public class BlackHoledDatabase implements QuarkusTestResourceLifecycleManager {

  /** The log the test reads for blocked-thread warnings. */
  static final String LOG = "target/event-loop.log";

  private BlackHole hole;

  /** Created by Quarkus's test framework. */
  public BlackHoledDatabase() {}

  @Override
  public Map<String, String> start() {
    try {
      Files.deleteIfExists(Path.of(LOG));
      hole = BlackHole.silent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "quarkus.datasource.jdbc.url",
        "jdbc:h2:tcp://127.0.0.1:" + hole.port() + "/mem:example",
        "quarkus.http.test-port",
        "0",
        "quarkus.vertx.max-event-loop-execute-time",
        "100ms",
        "quarkus.log.file.enabled",
        "true",
        "quarkus.log.file.path",
        LOG);
  }

  @Override
  public void stop() {
    if (hole != null) {
      hole.close();
    }
  }
}
