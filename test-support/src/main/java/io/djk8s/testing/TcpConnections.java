package io.djk8s.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Counts TCP connections on this machine from {@code /proc/net/tcp} and {@code tcp6} (Linux). */
public final class TcpConnections {

  private static final String ESTABLISHED = "01";
  private static final String SYN_SENT = "02";

  private TcpConnections() {}

  /**
   * Client-side connections to a local port that are open or opening.
   *
   * @param port the remote port
   * @return the number of {@code ESTABLISHED} or {@code SYN_SENT} sockets whose remote port it is
   */
  public static int toPort(int port) {
    String hexPort = String.format(Locale.ROOT, "%04X", port);
    int count = 0;
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : lines(Path.of(table))) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length > 3 && fields[2].endsWith(":" + hexPort)) {
          String state = fields[3];
          if (state.equals(ESTABLISHED) || state.equals(SYN_SENT)) {
            count++;
          }
        }
      }
    }
    return count;
  }

  private static List<String> lines(Path table) {
    try {
      return Files.readAllLines(table);
    } catch (IOException e) {
      return List.of();
    }
  }
}
