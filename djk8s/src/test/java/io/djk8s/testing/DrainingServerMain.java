package io.djk8s.testing;

import io.djk8s.jaxrs.ProbeRequestFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * An embedded application in its own JVM, for shutdown tests that send it a real SIGTERM: the probe
 * filter and {@code /work}, configured by {@code key=value} arguments; prints {@code PORT <n>} once
 * serving and serves until the JVM is stopped. Like an embedded main should, it does not stop the
 * server in a shutdown hook of its own: djk8s's hook and Weld's hold it for the drain.
 */
public final class DrainingServerMain {

  private DrainingServerMain() {}

  /**
   * Starts the server.
   *
   * @param args MicroProfile Config properties as {@code key=value}
   * @throws Exception when it cannot start
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      properties.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    EmbeddedServer server =
        EmbeddedServer.start(Set.of(ProbeRequestFilter.class, WorkResource.class), properties);
    System.out.println("PORT " + server.uri("/").getPort());
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
