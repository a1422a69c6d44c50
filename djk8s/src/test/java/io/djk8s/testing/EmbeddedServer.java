package io.djk8s.testing;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real JAX-RS server on 127.0.0.1 and a free port: Jersey on the JDK's HTTP server with Weld SE,
 * as in the quickstart, configured by exactly the given properties.
 */
public final class EmbeddedServer implements AutoCloseable {

  private final TestConfig config;
  private final SeBootstrap.Instance instance;

  private EmbeddedServer(Set<Class<?>> classes, Map<String, String> properties) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.config = TestConfig.of(properties);
    try {
      Application application =
          new Application() {
            @Override
            public Set<Class<?>> getClasses() {
              return classes;
            }
          };
      this.instance =
          SeBootstrap.start(
                  application,
                  SeBootstrap.Configuration.builder().host("127.0.0.1").port(0).build())
              .toCompletableFuture()
              .get(60, TimeUnit.SECONDS);
    } catch (Exception | Error e) {
      config.close();
      throw e;
    }
  }

  /**
   * Starts a server.
   *
   * @param classes the application's resources and providers
   * @param properties the whole MicroProfile configuration
   * @return the running server
   * @throws Exception when it cannot start, for example on a deployment problem
   */
  public static EmbeddedServer start(Set<Class<?>> classes, Map<String, String> properties)
      throws Exception {
    return new EmbeddedServer(classes, properties);
  }

  /**
   * The server's address.
   *
   * @param path a path such as {@code /readyz?verbose}
   * @return the full URI
   */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + instance.configuration().port() + path);
  }

  /**
   * A bean of the running application, as the application would inject it.
   *
   * @param type the bean type
   * @param <T> the bean type
   * @return the contextual reference
   */
  public <T> T bean(Class<T> type) {
    return CDI.current().select(type).get();
  }

  @Override
  public void close() {
    try {
      instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("server did not stop", e);
    } finally {
      config.close();
    }
  }
}
