package io.djk8s.tck;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The contract on the example WAR in an application server: {@code djk8s.tck.runtime} is {@code
 * liberty}, {@code wildfly}, {@code payara}, {@code payara7} or {@code helidon} (set by the Maven
 * profile of that runtime).
 */
@EnabledIfSystemProperty(
    named = "djk8s.tck.runtime",
    matches = "liberty|wildfly|payara|payara7|helidon")
class RuntimeContractTest extends ServerContractTests {

  @Override
  AppServer server() {
    return switch (System.getProperty("djk8s.tck.runtime")) {
      case "liberty" -> new LibertyServer();
      case "wildfly" -> new WildFlyServer();
      case "payara" -> new PayaraMicroServer("payara", "djk8s.tck.payara.jar");
      case "payara7" -> new PayaraMicroServer("payara7", "djk8s.tck.payara7.jar");
      case "helidon" -> new HelidonServer();
      default -> throw new IllegalArgumentException(System.getProperty("djk8s.tck.runtime"));
    };
  }
}
