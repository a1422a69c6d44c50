package io.djk8s.core.probes.http;

import io.djk8s.core.net.Dialer;
import io.djk8s.core.net.HostPort;
import io.djk8s.core.net.IoDeadline;
import io.djk8s.core.net.LineExchange;
import io.djk8s.core.net.LineExchange.Framing;
import io.djk8s.core.net.Printable;
import io.djk8s.core.net.SafeUrl;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP/1.1 {@code GET} over a fresh connection, as the kubelet's {@code httpGet} probe sends
 * it: no proxy, no redirect followed, no body read. The status line and the headers must arrive
 * within the one deadline of the whole exchange.
 */
final class HttpGet {

  /** The longest header line read. */
  private static final int MAX_LINE = 8192;

  /** The most header lines read, status line included. */
  private static final int MAX_LINES = 200;

  private static final Pattern STATUS = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");

  private static final Framing HEADERS =
      new Framing(
          MAX_LINE,
          MAX_LINES,
          lines -> !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty(),
          UnaryOperator.identity());

  private HttpGet() {}

  /**
   * Sends the request and reads the answer's head.
   *
   * @param url the URL
   * @param plain opens {@code http} connections
   * @param tls opens {@code https} connections
   * @param deadline bounds the whole exchange
   * @return the status code
   * @throws IOException when the exchange fails, runs out of time, or is not HTTP
   */
  static int status(SafeUrl url, Dialer plain, Dialer tls, IoDeadline deadline) throws IOException {
    URI uri = url.uri();
    boolean secure = uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
    String host = uri.getHost();
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    int port = uri.getPort() >= 0 ? uri.getPort() : secure ? 443 : 80;
    List<String> head =
        LineExchange.exchange(
            secure ? tls : plain, new HostPort(bare, port), request(uri), deadline, HEADERS);
    Matcher status = STATUS.matcher(head.get(0));
    if (!status.matches()) {
      throw new IOException("not an HTTP answer: " + Printable.quote(head.get(0)));
    }
    return Integer.parseInt(status.group(1));
  }

  static byte[] request(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    String host = uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    return ("GET "
            + target
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nUser-Agent: djk8s-probe\r\nAccept: */*\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
