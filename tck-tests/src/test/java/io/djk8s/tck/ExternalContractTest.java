package io.djk8s.tck;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The contract against an application that is already running: {@code djk8s.tck.base-url} is its
 * root (the probe paths are relative to it), {@code djk8s.tck.health-url} MicroProfile Health's
 * root (default: {@code health/} on the same server), {@code djk8s.tck.maintenance-file} the file
 * its {@code maintenance} probe watches, {@code djk8s.tck.protected-api=true} when {@code
 * api/greeting} needs {@code alice}/{@code secret}. The database scenario needs the test's own
 * proxy and is skipped.
 */
@EnabledIfSystemProperty(named = "djk8s.tck.base-url", matches = ".+")
class ExternalContractTest extends ContractTests {

  @BeforeAll
  void awaitTarget() throws InterruptedException {
    warmUp();
  }

  @Override
  Target target() {
    URI app = URI.create(withSlash(System.getProperty("djk8s.tck.base-url")));
    URI health =
        URI.create(
            withSlash(
                System.getProperty("djk8s.tck.health-url", app.resolve("/health/").toString())));
    return new Target(
        "external",
        app,
        health,
        Optional.empty(),
        Optional.ofNullable(System.getProperty("djk8s.tck.maintenance-file")).map(Path::of),
        Boolean.getBoolean("djk8s.tck.protected-api"));
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
