package io.djk8s.testing;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

/**
 * A MicroProfile Config made of the given properties only, registered for the current thread's
 * class loader while open, so that each test states its whole configuration. One exception: {@code
 * djk8s.shutdown.drain} is {@code 0} unless given, so that stopping a test container does not wait
 * for the default drain, and {@code djk8s.probe.timeout} is {@code 5s} unless given, so that a test
 * that is not about deadlines does not fail on a loaded machine; deadline tests set their own.
 */
public final class TestConfig implements AutoCloseable {

  private final SmallRyeConfig config;
  private final ClassLoader loader;

  private TestConfig(Map<String, String> properties) {
    this.loader = Thread.currentThread().getContextClassLoader();
    ConfigProviderResolver resolver = ConfigProviderResolver.instance();
    try {
      resolver.releaseConfig(resolver.getConfig(loader));
    } catch (IllegalStateException ignored) {
      // nothing registered yet
    }
    this.config =
        new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(withTestDefaults(properties), "test", 500))
            .addDefaultInterceptors()
            .build();
    resolver.registerConfig(config, loader);
  }

  private static Map<String, String> withTestDefaults(Map<String, String> properties) {
    Map<String, String> all = new HashMap<>(properties);
    all.putIfAbsent("djk8s.shutdown.drain", "0");
    all.putIfAbsent("djk8s.probe.timeout", "5s");
    return all;
  }

  /**
   * Registers a configuration.
   *
   * @param properties the keys and values, nothing else
   * @return the open configuration; close it to release
   */
  public static TestConfig of(Map<String, String> properties) {
    return new TestConfig(properties);
  }

  @Override
  public void close() {
    ConfigProviderResolver.instance().releaseConfig(config);
  }
}
