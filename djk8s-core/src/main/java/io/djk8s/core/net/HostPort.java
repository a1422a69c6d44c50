package io.djk8s.core.net;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A network endpoint as configured: {@code host:port}, {@code [ipv6]:port}.
 *
 * @param host a host name or address, without brackets
 * @param port from 1 to 65535
 */
public record HostPort(String host, int port) {

  private static final Pattern FORM =
      Pattern.compile("(?:\\[([0-9A-Fa-f:.]+)]|([A-Za-z0-9._-]+)):(\\d{1,5})");

  /**
   * Parses {@code host:port} or {@code [v6]:port}.
   *
   * @param text the configured text
   * @return the endpoint, empty when the text is not one
   */
  public static Optional<HostPort> parse(String text) {
    Matcher matcher = FORM.matcher(text.trim());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int port = Integer.parseInt(matcher.group(3));
    if (port < 1 || port > 65535) {
      return Optional.empty();
    }
    String host = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    return Optional.of(new HostPort(host, port));
  }

  /**
   * The endpoint of a socket address, as a client library reports it.
   *
   * @param address an address with a port
   * @return the endpoint, by host name when the address was created from one
   */
  public static HostPort of(InetSocketAddress address) {
    return new HostPort(address.getHostString(), address.getPort());
  }

  @Override
  public String toString() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
