package io.djk8s.tck;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy in front of the real PostgreSQL, so that a test can take the database away the way a
 * network partition does, without touching the shared server: {@link #blackHole()} cuts every open
 * connection and then accepts new ones without ever answering (a connect that hangs); {@link
 * #restore()} forwards again.
 */
final class DatabaseProxy implements Closeable {

  private final ServerSocket server;
  private final InetSocketAddress target;
  private final ExecutorService threads = Executors.newCachedThreadPool(DatabaseProxy::daemon);
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean blackHole;

  DatabaseProxy(InetSocketAddress target) throws IOException {
    this.target = target;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  /** Cuts every connection; new connections are accepted and never answered. */
  void blackHole() {
    blackHole = true;
    closeOpen();
  }

  /** Forwards new connections again; the held ones are cut so their clients fail fast. */
  void restore() {
    blackHole = false;
    closeOpen();
  }

  private void closeOpen() {
    for (Socket socket : open) {
      quietly(socket);
    }
    open.clear();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        open.add(client);
        if (blackHole) {
          continue; // held open, never answered
        }
        Socket upstream = new Socket();
        upstream.connect(target, 5_000);
        open.add(upstream);
        threads.execute(() -> pump(client, upstream));
        threads.execute(() -> pump(upstream, client));
      } catch (IOException e) {
        // closed, or the upstream refused: the client sees its socket closed
      }
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      // either side went away
    } finally {
      quietly(from);
      quietly(to);
    }
  }

  private static void quietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "db-proxy");
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() throws IOException {
    server.close();
    closeOpen();
    threads.shutdownNow();
  }
}
