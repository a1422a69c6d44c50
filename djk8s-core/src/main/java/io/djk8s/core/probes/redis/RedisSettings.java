package io.djk8s.core.probes.redis;

import io.djk8s.core.net.HostPort;
import io.djk8s.core.settings.KeyReader;
import java.util.List;
import java.util.Optional;

/**
 * The Redis probe's configuration.
 *
 * @param servers the servers to PING, at least one
 * @param username the ACL user for {@code AUTH}, if any
 * @param password the password for {@code AUTH}, if any; never logged
 * @param tls whether the servers are reached over TLS
 */
record RedisSettings(
    List<HostPort> servers, Optional<String> username, Optional<String> password, boolean tls) {

  RedisSettings {
    servers = List.copyOf(servers);
  }

  static RedisSettings read(KeyReader config) {
    List<HostPort> servers = config.hostPorts(RedisProbe.SERVERS, "127.0.0.1:6379");
    if (servers.isEmpty() && config.problems().isEmpty()) {
      config.problem(
          RedisProbe.SERVERS,
          "",
          "the redis probe is selected but has no server to check; list host:port, for example"
              + " '127.0.0.1:6379'");
    }
    Optional<String> username = config.optional(RedisProbe.USERNAME);
    Optional<String> password = config.optional(RedisProbe.PASSWORD);
    if (username.isPresent() && password.isEmpty()) {
      config.problem(
          RedisProbe.USERNAME, username.get(), "a user needs " + RedisProbe.PASSWORD + " as well");
    }
    return new RedisSettings(servers, username, password, config.bool(RedisProbe.TLS));
  }

  @Override
  public String toString() {
    return "RedisSettings[servers="
        + servers
        + ", username="
        + username.orElse("")
        + ", password="
        + (password.isPresent() ? "***" : "")
        + ", tls="
        + tls
        + "]";
  }
}
