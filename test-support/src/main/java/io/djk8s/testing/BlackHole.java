package io.djk8s.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local TCP port where a database never answers, as a Kubernetes Service without ready endpoints:
 *
 * <ul>
 *   <li>{@link #silent()} accepts every connection and never sends a byte;
 *   <li>{@link #neverAccepting()} listens with a backlog of 1 that it fills itself and never
 *       accepts, so a client's connect hangs in {@code SYN_SENT}.
 * </ul>
 */
public final class BlackHole implements AutoCloseable {

  private final ServerSocket server;
  private final String kind;
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  private BlackHole(String kind, ServerSocket server, boolean accepting) {
    this.kind = kind;
    this.server = server;
    if (accepting) {
      acceptor = new Thread(this::acceptForever, "black-hole-acceptor");
      acceptor.setDaemon(true);
      acceptor.start();
    } else {
      acceptor = null;
      fillBacklog();
    }
  }

  /**
   * A port that accepts and never answers.
   *
   * @return the running black hole
   * @throws IOException when no port is free
   */
  public static BlackHole silent() throws IOException {
    return new BlackHole("accepts, never answers", LoopbackPorts.bind(50), true);
  }

  /**
   * A port that accepts and never answers, on a given port: a service coming back where it was.
   *
   * @param port the loopback port to bind
   * @return the running black hole
   * @throws IOException when the port is taken
   */
  public static BlackHole silentOn(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    try {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    } catch (IOException e) {
      closeQuietly(socket);
      throw e;
    }
    return new BlackHole("accepts, never answers", socket, true);
  }

  /**
   * A port that never accepts: its backlog is full.
   *
   * @return the running black hole
   * @throws IOException when no port is free
   */
  public static BlackHole neverAccepting() throws IOException {
    return new BlackHole("never accepts", LoopbackPorts.bind(1), false);
  }

  private void acceptForever() {
    while (!server.isClosed()) {
      try {
        held.add(server.accept());
      } catch (IOException e) {
        return;
      }
    }
  }

  private void fillBacklog() {
    for (int i = 0; i < 4; i++) {
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 200);
        held.add(socket);
      } catch (IOException full) {
        closeQuietly(socket);
        return;
      }
    }
  }

  /**
   * The port.
   *
   * @return the local port on 127.0.0.1
   */
  public int port() {
    return server.getLocalPort();
  }

  /**
   * The {@code host:port} form used in configuration.
   *
   * @return {@code 127.0.0.1:port}
   */
  public String address() {
    return "127.0.0.1:" + port();
  }

  /**
   * How many client connections to this port are open (established or connecting), excluding the
   * ones it made itself to fill its backlog.
   *
   * @return the count, from {@code /proc/net/tcp}
   */
  public int openClientConnections() {
    return TcpConnections.toPort(port()) - (acceptor == null ? held.size() : 0);
  }

  @Override
  public void close() {
    closeQuietly(server);
    held.forEach(BlackHole::closeQuietly);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // closing anyway
    }
  }

  @Override
  public String toString() {
    return "black hole (" + kind + ") on 127.0.0.1:" + port();
  }
}
