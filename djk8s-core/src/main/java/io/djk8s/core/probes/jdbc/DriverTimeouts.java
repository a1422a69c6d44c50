package io.djk8s.core.probes.jdbc;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * The connection properties that make a JDBC driver give up on its own network I/O (TCP connect,
 * login handshake, reads) within a given time, so that a probe against a black hole ends instead of
 * leaving a thread and a socket behind.
 *
 * <table>
 *   <caption>Properties set per driver</caption>
 *   <tr><th>URL</th><th>properties</th><th>unit</th></tr>
 *   <tr><td>{@code jdbc:postgresql:}</td><td>{@code connectTimeout}, {@code socketTimeout}</td>
 *   <td>seconds, rounded up (the driver counts in seconds)</td></tr>
 *   <tr><td>{@code jdbc:mariadb:}, {@code jdbc:mysql:}</td><td>{@code connectTimeout}, {@code
 *   socketTimeout}</td><td>milliseconds</td></tr>
 * </table>
 *
 * <p>Other drivers (H2's TCP client among them) have no per-connection setting: there the probe's
 * deadline and single-flight bound the cost, see {@link DataSourceChecks}.
 */
final class DriverTimeouts {

  private DriverTimeouts() {}

  /**
   * The timeout properties for a URL.
   *
   * @param url a JDBC URL
   * @param timeout the time the connection may take, positive
   * @return properties to add to the connection's; empty for an unknown driver
   */
  static Properties forUrl(String url, Duration timeout) {
    Properties properties = new Properties();
    String lower = url.toLowerCase(Locale.ROOT);
    long millis = Math.max(1, timeout.toMillis());
    if (lower.startsWith("jdbc:postgresql:")) {
      String seconds = Long.toString(Math.max(1, (millis + 999) / 1000));
      properties.setProperty("connectTimeout", seconds);
      properties.setProperty("socketTimeout", seconds);
    } else if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
      properties.setProperty("connectTimeout", Long.toString(millis));
      properties.setProperty("socketTimeout", Long.toString(millis));
    }
    return properties;
  }
}
