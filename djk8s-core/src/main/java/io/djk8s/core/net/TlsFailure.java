package io.djk8s.core.net;

import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Words a failed TLS handshake in one line, without a stack trace or nested class names. */
final class TlsFailure {

  private TlsFailure() {}

  static String timedOut(Duration timeout) {
    return "TLS handshake not done within the " + timeout.toMillis() + " ms left";
  }

  static String describe(SSLException e) {
    String innermost = innermost(e);
    if (innermost.contains("PKIX path") || innermost.contains("certification path")) {
      return "TLS handshake failed: the server's certificate is not trusted (check the trust"
          + " store, javax.net.ssl.trustStore)";
    }
    if (innermost.contains("subject alternative") || innermost.contains("No name matching")) {
      return "TLS handshake failed: the server's certificate is not for this host name";
    }
    return (e instanceof SSLHandshakeException ? "TLS handshake failed: " : "TLS failed: ")
        + innermost;
  }

  private static String innermost(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    int colon = message.lastIndexOf(": ");
    // "sun.security...Exception: unable to find ..." keeps only the words after the class name
    return colon >= 0 && message.substring(0, colon).matches("[\\w.$]+")
        ? message.substring(colon + 2)
        : message;
  }
}
