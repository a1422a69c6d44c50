package io.djk8s.tck;

import java.util.Optional;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The contract on the packaged Quarkus example on its embedded H2 database alone, as {@code java
 * -jar quarkus-run.jar} starts it: the test controls no database, so the outage test is skipped.
 */
@EnabledIfSystemProperty(named = "djk8s.tck.quarkus.jar", matches = ".+")
class QuarkusH2ContractTest extends ServerContractTests {

  @Override
  AppServer server() {
    return new QuarkusServer(false);
  }

  @Override
  Target target() {
    Target started = super.target();
    return new Target(
        started.name(),
        started.app(),
        started.health(),
        Optional.empty(),
        started.maintenanceFile(),
        started.protectedApi());
  }
}
