package io.djk8s.cli;

import io.djk8s.testing.LoopbackPorts;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local socket that accepts connections and never answers: the hanging peer every bounded wait is
 * tested against.
 */
final class SilentServer implements AutoCloseable {

  private final ServerSocket server;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  SilentServer() throws IOException {
    server = LoopbackPorts.bind(50);
    acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  accepted.add(server.accept());
                } catch (IOException e) {
                  return;
                }
              }
            },
            "silent-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : accepted) {
      socket.close();
    }
  }

  /** A port on which nothing listens (bound, then closed). */
  static int closedPort() {
    return LoopbackPorts.free();
  }
}
