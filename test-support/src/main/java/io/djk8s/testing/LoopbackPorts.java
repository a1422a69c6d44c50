package io.djk8s.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Loopback ports for test servers, chosen below Linux's ephemeral range (32768 and up). A port the
 * OS hands out for {@code bind(0)} is in that range; once its server stops, a client connecting to
 * it can be given that very port as its own local port, a TCP self-connect that succeeds, so a test
 * expecting "connection refused" sees a connection instead.
 */
public final class LoopbackPorts {

  private static final int LOW = 20_000;
  private static final int HIGH = 32_000;

  private LoopbackPorts() {}

  /**
   * Binds a server socket on a free port below the ephemeral range.
   *
   * @param backlog the accept queue length
   * @return the bound socket
   */
  public static ServerSocket bind(int backlog) {
    IOException last = null;
    for (int attempt = 0; attempt < 500; attempt++) {
      ServerSocket socket = null;
      try {
        socket = new ServerSocket();
        socket.bind(
            new InetSocketAddress(
                InetAddress.getLoopbackAddress(), ThreadLocalRandom.current().nextInt(LOW, HIGH)),
            backlog);
        return socket;
      } catch (IOException e) {
        last = e;
        closeQuietly(socket);
      }
    }
    throw new UncheckedIOException("no free loopback port in " + LOW + "-" + HIGH, last);
  }

  /**
   * A port nothing listens on now, below the ephemeral range.
   *
   * @return the port
   */
  public static int free() {
    try (ServerSocket socket = bind(1)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a given loopback port can be bound now.
   *
   * @param port the port
   * @return {@code true} when nothing listens on it
   */
  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return socket.isBound();
    } catch (IOException e) {
      return false;
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing bound
      }
    }
  }
}
