package io.djk8s.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback port in front of a database that the test can black-hole and bring back: each new
 * connection is relayed either to the database or to a {@link BlackHole#silent()}; switching closes
 * the connections relayed so far, as a network partition that heals would.
 */
public final class DatabaseRelay implements AutoCloseable {

  private final ServerSocket server = LoopbackPorts.bind(50);
  private final int databasePort;
  private final BlackHole hole;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean blackHoled;

  /**
   * Starts relaying to a database.
   *
   * @param databasePort the database's port on 127.0.0.1
   * @throws IOException when no port is free
   */
  public DatabaseRelay(int databasePort) throws IOException {
    this.databasePort = databasePort;
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
  public void blackHole() {
    blackHoled = true;
    cutAll();
  }

  /** New connections go to the database again; the black-holed ones are cut. */
  public void recover() {
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
      try {
        Socket client = server.accept();
        int target = blackHoled ? hole.port() : databasePort;
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
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
    cutAll();
    hole.close();
  }
}
