package io.djk8s.benchmarks.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback socket that accepts every connection and never answers: a database whose host is up
 * but whose server hangs (a stuck primary, a full disk, a half-open network path).
 */
final class BlackHole implements AutoCloseable {

  private final ServerSocket server;
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  BlackHole() throws IOException {
    server = new ServerSocket(0, 1000, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "black-hole");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        held.add(server.accept());
      } catch (IOException e) {
        return;
      }
    }
  }

  int port() {
    return server.getLocalPort();
  }

  int connections() {
    return held.size();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : held) {
      socket.close();
    }
  }
}
