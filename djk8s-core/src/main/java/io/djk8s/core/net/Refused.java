package io.djk8s.core.net;

import java.net.ConnectException;
import java.util.Locale;

/** Words a refused connection the same way everywhere. */
public final class Refused {

  private Refused() {}

  public static String describe(ConnectException e) {
    String message = e.getMessage();
    if (message == null || message.toLowerCase(Locale.ROOT).startsWith("connection refused")) {
      return "connection refused";
    }
    return "cannot connect (" + message + ")";
  }
}
