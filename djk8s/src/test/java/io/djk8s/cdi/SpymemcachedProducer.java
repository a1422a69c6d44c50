package io.djk8s.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import net.spy.memcached.AddrUtil;
import net.spy.memcached.MemcachedClient;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * An application's spymemcached client, as an application would produce it from its own
 * configuration. Not a bean by itself (no bean-defining annotation): only tests that add it see it.
 */
public class SpymemcachedProducer {

  /** The configuration key of the servers the client is built with. */
  static final String SERVERS = "app.memcached.servers";

  @Produces
  @ApplicationScoped
  MemcachedClient client() throws IOException {
    return new MemcachedClient(
        AddrUtil.getAddresses(ConfigProvider.getConfig().getValue(SERVERS, String.class)));
  }

  void close(@Disposes MemcachedClient client) {
    client.shutdown(1, TimeUnit.SECONDS);
  }
}
