package io.djk8s.core.probes.redis;

import io.djk8s.core.net.HostPort;
import io.djk8s.core.settings.KeyReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Redis probe's configuration.
 *
 * @param servers the servers to PING, at least one
 * @param username the ACL user for {@code AUTH}, if any
 * @param password the password for {@code AUTH}, if any; never logged
 * @param overTls the servers reached over TLS
 */
record RedisSettings(
    List<HostPort> servers,
    Optional<String> username,
    Optional<String> password,
    Set<HostPort> overTls) {

  /** Redis's own port, which {@code redis://host} and {@code rediss://host} default to. */
  static final int DEFAULT_PORT = 6379;

  /** {@code redis://} or {@code rediss://}, then what follows, up to an optional {@code /db}. */
  private static final Pattern URL = Pattern.compile("(rediss?)://([^/]*)(/\\d*)?");

  RedisSettings {
    servers = List.copyOf(servers);
    overTls = Set.copyOf(overTls);
  }

  /** Settings where either every server or none is reached over TLS. */
  RedisSettings(
      List<HostPort> servers, Optional<String> username, Optional<String> password, boolean tls) {
    this(servers, username, password, tls ? Set.copyOf(servers) : Set.of());
  }

  static RedisSettings read(KeyReader config) {
    boolean tls = config.bool(RedisProbe.TLS);
    List<HostPort> servers = new ArrayList<>();
    Set<HostPort> overTls = new LinkedHashSet<>();
    for (String item : config.list(RedisProbe.SERVERS)) {
      Matcher url = URL.matcher(item.trim());
      boolean isUrl = url.matches();
      Optional<HostPort> server = isUrl ? fromUrl(config, item, url) : HostPort.parse(item);
      if (server.isEmpty()) {
        if (!isUrl || url.group(2).indexOf('@') < 0) {
          config.problem(
              RedisProbe.SERVERS,
              shown(item),
              "not host:port, redis://host[:port] or rediss://host[:port] with a port from 1 to"
                  + " 65535; for example '127.0.0.1:6379'");
        }
        continue;
      }
      servers.add(server.get());
      if (isUrl ? url.group(1).equals("rediss") : tls) {
        overTls.add(server.get());
      }
    }
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
    return new RedisSettings(servers, username, password, overTls);
  }

  /**
   * The server of a {@code redis://} or {@code rediss://} item; a database number is ignored, as
   * {@code PING} answers the same on every one. Credentials are refused: the server list is shown
   * in logs, the password has a key of its own.
   */
  private static Optional<HostPort> fromUrl(KeyReader config, String item, Matcher url) {
    String authority = url.group(2);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      config.problem(
          RedisProbe.SERVERS,
          shown(item),
          "credentials do not belong in the server list, which is logged; set "
              + RedisProbe.USERNAME
              + " and "
              + RedisProbe.PASSWORD);
      return Optional.empty();
    }
    boolean hasPort = authority.matches(".*:\\d+") && !authority.endsWith("]");
    return HostPort.parse(hasPort ? authority : authority + ":" + DEFAULT_PORT);
  }

  /** An item as problems show it: anything before an {@code @} is masked, the scheme kept. */
  private static String shown(String item) {
    int at = item.lastIndexOf('@');
    if (at < 0) {
      return item;
    }
    int scheme = item.indexOf("://");
    String kept = scheme >= 0 && scheme < at ? item.substring(0, scheme + 3) : "";
    return kept + "***" + item.substring(at);
  }

  @Override
  public String toString() {
    return "RedisSettings[servers="
        + servers
        + ", username="
        + username.orElse("")
        + ", password="
        + (password.isPresent() ? "***" : "")
        + ", overTls="
        + overTls
        + "]";
  }
}
