package io.djk8s.tck;

import io.djk8s.testing.DatabaseRelay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Runs the contract against an application this test starts: behind a {@link DatabaseRelay} to the
 * machine's PostgreSQL ({@code djk8s.tck.db.host}/{@code djk8s.tck.db.port}, default {@code
 * 127.0.0.1:5432}), with a maintenance file of its own. Records the boot time in {@code
 * target/boot-times.txt}.
 */
abstract class ServerContractTests extends ContractTests {

  private DatabaseRelay proxy;
  private AppServer server;
  private Target target;

  /** The runtime to start. */
  abstract AppServer server();

  @Override
  Target target() {
    return target;
  }

  @BeforeAll
  void startServer() throws Exception {
    proxy = AppServer.relayToPostgres();
    Path maintenance = AppServer.maintenanceFile("maintenance-");
    server = server();
    target = server.start(proxy.port(), maintenance).withDatabase(proxy);
    record(target.name(), server.bootTime());
    warmUp();
  }

  @AfterAll
  void stopServer() throws IOException {
    if (server != null) {
      server.close();
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  private static void record(String name, Duration boot) throws IOException {
    String line = String.format("%s boot %d ms%n", name, boot.toMillis());
    System.out.print("djk8s-tck: " + line);
    Path file = AppServer.path("djk8s.tck.work").resolve("boot-times.txt");
    Files.writeString(
        file,
        line,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }
}
