package io.djk8s.core.probes.memcached;

import io.djk8s.core.net.HostPort;
import io.djk8s.core.settings.KeyReader;
import java.util.List;

/**
 * The memcached probe's configuration.
 *
 * @param servers the nodes named in {@code djk8s.memcached.servers}
 * @param discoverClients whether the nodes of the application's memcached client beans are checked
 *     too
 */
record MemcachedSettings(List<HostPort> servers, boolean discoverClients) {

  MemcachedSettings {
    servers = List.copyOf(servers);
  }

  static MemcachedSettings read(KeyReader config) {
    return new MemcachedSettings(
        config.hostPorts(MemcachedProbe.SERVERS, "10.0.0.5:11211"),
        config.bool(MemcachedProbe.DISCOVER_CLIENTS));
  }
}
