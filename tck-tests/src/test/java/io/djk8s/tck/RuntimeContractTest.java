package io.djk8s.tck;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The contract on the example WAR in an application server: {@code djk8s.tck.runtime} is {@code
 * liberty}, {@code wildfly} or {@code payara} (set by the Maven profile of that runtime).
 */
@EnabledIfSystemProperty(named = "djk8s.tck.runtime", matches = "liberty|wildfly|payara")
class RuntimeContractTest extends ServerContractTests {

  @Override
  AppServer server() {
    return switch (System.getProperty("djk8s.tck.runtime")) {
      case "liberty" -> new LibertyServer();
      case "wildfly" -> new WildFlyServer();
      case "payara" -> new PayaraMicroServer();
      default -> throw new IllegalArgumentException(System.getProperty("djk8s.tck.runtime"));
    };
  }
}
