package io.djk8s.tck.health;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Chooses a port offset under which every socket of WildFly's {@code standalone-microprofile.xml}
 * is free, once per test JVM, and hands it to the Arquillian container through its {@code arq.*}
 * system properties (read when Arquillian starts, after this class initialised).
 */
final class WildFlyPorts {

  private static final int[] DEFAULT_PORTS = {8080, 8443, 9990, 9993, 8009, 4712, 4713};
  private static final int OFFSET = chooseOffset();

  private WildFlyPorts() {}

  static int managementPort() {
    return 9990 + OFFSET;
  }

  static int offset() {
    return OFFSET;
  }

  private static int chooseOffset() {
    for (int attempt = 0; attempt < 200; attempt++) {
      // Every port stays below Linux's ephemeral range (32768+): polling a port there before the
      // server listens can connect the client socket to itself and steal the port.
      int offset = ThreadLocalRandom.current().nextInt(2_000, 22_000);
      boolean free = true;
      for (int port : DEFAULT_PORTS) {
        free &= FreePorts.isFree(port + offset);
      }
      if (free) {
        return offset;
      }
    }
    throw new IllegalStateException("no free port offset for WildFly");
  }
}
