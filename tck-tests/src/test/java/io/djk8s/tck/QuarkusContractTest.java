package io.djk8s.tck;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The contract on the packaged Quarkus example with its PostgreSQL datasource on, behind the test's
 * proxy. Run by the {@code quarkus} profile, which sets {@code djk8s.tck.quarkus.jar}.
 */
@EnabledIfSystemProperty(named = "djk8s.tck.quarkus.jar", matches = ".+")
class QuarkusContractTest extends ServerContractTests {

  @Override
  AppServer server() {
    return new QuarkusServer(true);
  }
}
