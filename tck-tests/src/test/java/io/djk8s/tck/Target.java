package io.djk8s.tck;

import io.djk8s.testing.DatabaseRelay;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A running application under test.
 *
 * @param name for messages: quickstart, liberty, wildfly, payara or external
 * @param app the application's root, ending in {@code /}: the probe paths are relative to it
 * @param health MicroProfile Health's root, ending in {@code /} ({@code ready} is below it)
 * @param database the proxy in front of the application's PostgreSQL, when the test controls it
 * @param maintenanceFile the file whose existence makes the {@code maintenance} probe fail
 * @param protectedApi whether {@code api/greeting} needs the user {@code alice}/{@code secret}
 */
record Target(
    String name,
    URI app,
    URI health,
    Optional<DatabaseRelay> database,
    Optional<Path> maintenanceFile,
    boolean protectedApi) {

  URI path(String relative) {
    return app.resolve(relative);
  }

  Target withDatabase(DatabaseRelay proxy) {
    return new Target(name, app, health, Optional.of(proxy), maintenanceFile, protectedApi);
  }
}
