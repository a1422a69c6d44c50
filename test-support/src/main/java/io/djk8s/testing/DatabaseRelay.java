package io.djk8s.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback port in front of a database that the test can black-hole and bring back: each new
 * connection is relayed either to the database or to a {@link BlackHole#silent()}; switching closes
 * the connections relayed so far, as a network partition that heals would.
 *
 * <p>Choosing a connection's route and registering its sockets happen under the same lock as a
 * switch, so a connection accepted while the relay switches is either cut by the switch or routed
 * by the new setting: none is left on the black hole after {@link #recover()}.
 */
public final class DatabaseRelay implements AutoCloseable {

  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

  private final ServerSocket server = LoopbackPorts.bind(50);
  private final InetSocketAddress database;
  private final BlackHole hole;
  private final List<Socket> open = new ArrayList<>();
  private boolean blackHoled;

  /**
   * Starts relaying to a database on this machine.
   *
   * @param databasePort the database's port on 127.0.0.1
   * @throws IOException when no port is free
   */
  public DatabaseRelay(int databasePort) throws IOException {
    this(new InetSocketAddress(InetAddress.getLoopbackAddress(), databasePort));
  }

  /**
   * Starts relaying to a database.
   *
   * @param database the database's address
   * @throws IOException when no port is free
   */
  public DatabaseRelay(InetSocketAddress database) throws IOException {
    this.database = database;
    this.hole = BlackHole.silent();
    Thread acceptor = new Thread(this::acceptForever, "relay-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * The relay's port, to put in the JDBC URL instead of the database's.
   *
   * @return the port on 127.0.0.1
   */
  public int port() {
    return server.getLocalPort();
  }

  /** New connections go to the black hole; open ones are cut. */
  public synchronized void blackHole() {
    blackHoled = true;
    cutAll();
  }

  /** New connections go to the database again; the black-holed ones are cut. */
  public synchronized void recover() {
    blackHoled = false;
    cutAll();
  }

  private void cutAll() {
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    open.clear();
  }

  private void acceptForever() {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
        continue;
      }
      relay(client);
    }
  }

  private synchronized void relay(Socket client) {
    Socket upstream = new Socket();
    try {
      InetSocketAddress target =
          blackHoled
              ? new InetSocketAddress(InetAddress.getLoopbackAddress(), hole.port())
              : database;
      upstream.connect(target, CONNECT_TIMEOUT_MILLIS);
    } catch (IOException refused) {
      closeQuietly(upstream);
      closeQuietly(client);
      return;
    }
    open.add(client);
    open.add(upstream);
    pump(client, upstream);
    pump(upstream, client);
  }

  private static void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException closed) {
                // one side went away
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "relay-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    synchronized (this) {
      cutAll();
    }
    hole.close();
  }
}
