package io.djk8s.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Local TCP servers that misbehave on purpose, each on its own free loopback port: one that answers
 * garbage without reading, and one that closes every connection at once. A port that never answers
 * is a {@link BlackHole}.
 */
public final class FakeServers implements AutoCloseable {

  private final ServerSocket server;
  private final List<Socket> held = new ArrayList<>();
  private Thread acceptor;

  private FakeServers(ServerSocket server) {
    this.server = server;
  }

  /**
   * Accepts every connection, reads nothing, and sends the given text.
   *
   * @param answer what to send, or {@code null} for nothing
   * @return the running server
   * @throws IOException when it cannot bind
   */
  public static FakeServers answering(String answer) throws IOException {
    return serving(answer, false);
  }

  /**
   * Accepts every connection and closes it at once.
   *
   * @return the running server
   * @throws IOException when it cannot bind
   */
  public static FakeServers closing() throws IOException {
    return serving(null, true);
  }

  private static FakeServers serving(String answer, boolean close) throws IOException {
    return serving(LoopbackPorts.bind(50), answer, close);
  }

  private static FakeServers serving(ServerSocket socket, String answer, boolean close) {
    FakeServers fake = new FakeServers(socket);
    fake.acceptor = new Thread(() -> fake.serve(answer, close), "fake-server");
    fake.acceptor.setDaemon(true);
    fake.acceptor.start();
    return fake;
  }

  private void serve(String answer, boolean close) {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        if (close) {
          socket.close();
          continue;
        }
        synchronized (held) {
          held.add(socket);
        }
        if (answer != null) {
          OutputStream out = socket.getOutputStream();
          out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
        }
      } catch (IOException e) {
        // closed
      }
    }
  }

  /**
   * The {@code host:port} form used in configuration.
   *
   * @return {@code 127.0.0.1:port}
   */
  public String address() {
    return "127.0.0.1:" + server.getLocalPort();
  }

  /**
   * The port.
   *
   * @return the bound port
   */
  public int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
    synchronized (held) {
      for (Socket socket : held) {
        socket.close();
      }
    }
    if (acceptor != null) {
      acceptor.interrupt();
    }
  }
}
