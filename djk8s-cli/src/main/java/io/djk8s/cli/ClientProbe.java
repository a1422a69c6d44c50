package io.djk8s.cli;

import io.djk8s.core.engine.ProbeGroup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Client mode: one plain HTTP/1.0 {@code GET} to the running application on loopback, over a bare
 * socket so that the JVM loads as few classes as possible. 200–399 is ready (exit 0), any other
 * status is not ready (exit 1, the body is the failing probe's content), and no answer at all
 * (refused, or nothing before the deadline) is exit 3. The deadline bounds connect and read.
 */
final class ClientProbe {

  private static final int MAX_BODY = 4096;

  private final Target target;
  private final Duration timeout;

  ClientProbe(Target target, Duration timeout) {
    this.target = target;
    this.timeout = timeout;
  }

  ProbeResult check(ProbeGroup group) {
    String path = target.path(group);
    String where = "http://" + target.host() + ":" + target.port() + path;
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] answer;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(target.host(), target.port()), millisLeft(deadline));
      socket.setSoTimeout(millisLeft(deadline));
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.0\r\nHost: "
                  + target.host()
                  + ":"
                  + target.port()
                  + "\r\nUser-Agent: djk8s-probe\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      answer = read(socket.getInputStream(), deadline, socket);
    } catch (ConnectException e) {
      return ProbeResult.noAnswer("No answer from " + where + ": connection refused");
    } catch (SocketTimeoutException e) {
      return ProbeResult.noAnswer(
          "No answer from " + where + " within " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      return ProbeResult.noAnswer("No answer from " + where + ": " + e.getMessage());
    }
    String text = new String(answer, StandardCharsets.UTF_8);
    Optional<Integer> status = status(text);
    if (status.isEmpty()) {
      return ProbeResult.noAnswer("No HTTP answer from " + where);
    }
    int end = text.indexOf("\r\n\r\n");
    String body = end < 0 ? "" : text.substring(end + 4).trim();
    int code = status.get();
    if (code >= 200 && code < 400) {
      return new ProbeResult(ExitCodes.OK, body.isEmpty() ? "Ok" : body, Optional.empty(), true);
    }
    return ProbeResult.notReady(
        body.isEmpty() ? "HTTP " + code : body, "HTTP " + code + " from " + where);
  }

  private static byte[] read(InputStream in, long deadline, Socket socket) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    byte[] buffer = new byte[1024];
    while (bytes.size() < MAX_BODY) {
      int n;
      try {
        socket.setSoTimeout(millisLeft(deadline));
        n = in.read(buffer);
      } catch (SocketTimeoutException e) {
        if (bytes.size() == 0) {
          throw e;
        }
        break; // a status line arrived; judge by it
      }
      if (n < 0) {
        break;
      }
      bytes.write(buffer, 0, n);
    }
    return bytes.toByteArray();
  }

  private static Optional<Integer> status(String text) {
    if (!text.startsWith("HTTP/") || text.length() < 12) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text.substring(9, 12)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int millisLeft(long deadline) throws SocketTimeoutException {
    long left = (deadline - System.nanoTime()) / 1_000_000;
    if (left <= 0) {
      throw new SocketTimeoutException("deadline passed");
    }
    return (int) Math.min(Integer.MAX_VALUE, left);
  }

  /**
   * Where the application answers.
   *
   * @param host the host, normally 127.0.0.1
   * @param port the port
   * @param fixedPath a path given in the URL, used for every group; empty for the defaults
   */
  record Target(String host, int port, Optional<String> fixedPath) {

    static Target parse(String url) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a URL");
      }
      if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "client mode speaks plain HTTP to the application on loopback: http://127.0.0.1:PORT");
      }
      String path = uri.getRawPath();
      if (uri.getRawQuery() != null) {
        path = (path == null ? "" : path) + "?" + uri.getRawQuery();
      }
      Optional<String> fixed =
          path == null || path.isEmpty() || path.equals("/") ? Optional.empty() : Optional.of(path);
      return new Target(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort(), fixed);
    }

    String path(ProbeGroup group) {
      return fixedPath.orElse(group == ProbeGroup.READINESS ? "/readyz" : "/livez");
    }
  }
}
