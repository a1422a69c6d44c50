package io.djk8s.benchmarks.app;

import jakarta.ws.rs.SeBootstrap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The server under test, started as a child process by the harness: Jersey on the JDK's HTTP server
 * with Weld SE and SmallRye Health, as in the quickstart, on 127.0.0.1 and a free port. Its
 * configuration comes from system properties ({@code -Ddjk8s.readiness.probes=...}); it prints
 * {@code LISTENING <port>} once it serves and stops when its standard input closes.
 */
public final class BenchServerMain {

  private BenchServerMain() {}

  /**
   * Starts the server.
   *
   * @param args ignored
   * @throws Exception when the server cannot start
   */
  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    SeBootstrap.Instance server =
        SeBootstrap.start(
                new BenchApplication(),
                SeBootstrap.Configuration.builder().host("127.0.0.1").port(0).build())
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
    System.out.println("LISTENING " + server.configuration().port());
    System.out.flush();
    CountDownLatch stdinClosed = new CountDownLatch(1);
    Thread watcher =
        new Thread(
            () -> {
              try {
                while (System.in.read() >= 0) {
                  // the harness never writes; end of input means it is done with us
                }
              } catch (java.io.IOException e) {
                // treated as closed
              }
              stdinClosed.countDown();
            },
            "bench-stdin");
    watcher.setDaemon(true);
    watcher.start();
    stdinClosed.await();
    Runtime.getRuntime().halt(0); // hung black-holed JDBC threads must not keep us alive
  }
}
