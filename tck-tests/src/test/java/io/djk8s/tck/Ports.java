package io.djk8s.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Free TCP ports on the loopback interface, asked from the operating system. */
final class Ports {

  private Ports() {}

  /**
   * A free port below Linux's ephemeral range (32768+). A port the OS hands out for {@code bind(0)}
   * is in that range, and a client polling it before the server listens can be given that very port
   * as its local port (a TCP self-connect), which then keeps the server from binding it.
   */
  static int free() {
    for (int attempt = 0; attempt < 500; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
      if (isFree(port)) {
        return port;
      }
    }
    throw new UncheckedIOException(new IOException("no free port in 20000-32000"));
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return socket.isBound();
    } catch (IOException e) {
      return false;
    }
  }
}
