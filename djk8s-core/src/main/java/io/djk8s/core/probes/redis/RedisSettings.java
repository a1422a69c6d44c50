package io.djk8s.core.probes.redis;

import io.djk8s.core.net.HostPort;
import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.ProbeConfig;
import java.util.List;
import java.util.Optional;

/**
 * The Redis probe's configuration.
 *
 * @param servers the servers to PING, at least one
 * @param username the ACL user for {@code AUTH}, if any
 * @param password the password for {@code AUTH}, if any; never logged
 */
record RedisSettings(List<HostPort> servers, Optional<String> username, Optional<String> password) {

  RedisSettings {
    servers = List.copyOf(servers);
  }

  static RedisSettings read(ProbeConfig config) {
    List<HostPort> servers = config.hostPorts(Djk8sKeys.REDIS_SERVERS, "127.0.0.1:6379");
    if (servers.isEmpty() && config.problems().isEmpty()) {
      config.problem(
          Djk8sKeys.REDIS_SERVERS,
          "",
          "the redis probe is selected but has no server to check; list host:port, for example"
              + " '127.0.0.1:6379'");
    }
    Optional<String> username = config.text(Djk8sKeys.REDIS_USERNAME);
    Optional<String> password = config.text(Djk8sKeys.REDIS_PASSWORD);
    if (username.isPresent() && password.isEmpty()) {
      config.problem(
          Djk8sKeys.REDIS_USERNAME,
          username.get(),
          "a user needs " + Djk8sKeys.REDIS_PASSWORD + " as well");
    }
    return new RedisSettings(servers, username, password);
  }

  @Override
  public String toString() {
    return "RedisSettings[servers="
        + servers
        + ", username="
        + username.orElse("")
        + ", password="
        + (password.isPresent() ? "***" : "")
        + "]";
  }
}
