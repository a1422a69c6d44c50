package io.djk8s.testing;

import jakarta.enterprise.inject.se.SeContainer;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;

/**
 * A Weld SE container with bean discovery over the test class path (djk8s, the test probes,
 * SmallRye Health and Config), configured by exactly the given properties.
 */
public final class CdiContainer implements AutoCloseable {

  private final TestConfig config;
  private final SeContainer container;

  private CdiContainer(Map<String, String> properties) {
    this.config = TestConfig.of(properties);
    try {
      this.container = new Weld().initialize();
    } catch (RuntimeException | Error e) {
      config.close();
      throw e;
    }
  }

  /**
   * Starts a container.
   *
   * @param properties the whole MicroProfile configuration
   * @return the running container
   */
  public static CdiContainer start(Map<String, String> properties) {
    return new CdiContainer(properties);
  }

  /**
   * A bean of the container.
   *
   * @param type the bean type
   * @param <T> the bean type
   * @return the bean
   */
  public <T> T bean(Class<T> type) {
    return container.select(type).get();
  }

  @Override
  public void close() {
    try {
      container.close();
    } finally {
      config.close();
    }
  }
}
