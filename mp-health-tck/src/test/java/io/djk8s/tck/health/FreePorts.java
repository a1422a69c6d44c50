package io.djk8s.tck.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports on the loopback interface below Linux's ephemeral range (32768+), as {@code
 * tck-tests}' {@code Ports} chooses them: a port handed out by {@code bind(0)} and polled before
 * the server listens can be taken by the poller's own socket (a TCP self-connect).
 */
final class FreePorts {

  private FreePorts() {}

  static int free() {
    return free(20_000, 32_000);
  }

  /** A free port in {@code [from, to)}. */
  static int free(int from, int to) {
    for (int attempt = 0; attempt < 500; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(from, to);
      if (isFree(port)) {
        return port;
      }
    }
    throw new UncheckedIOException(new IOException("no free port in " + from + "-" + to));
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return socket.isBound();
    } catch (IOException e) {
      return false;
    }
  }
}
