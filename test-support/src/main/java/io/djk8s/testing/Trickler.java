package io.djk8s.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local server that accepts every connection and sends a text one byte at a time, a pause between
 * bytes, over and over: the slow-loris answer that never lets a per-read timeout fire. Each
 * connection gets its own thread (named {@code trickler-*}, not a djk8s thread) until it closes.
 */
public final class Trickler implements AutoCloseable {

  private final ServerSocket server;
  private final byte[] text;
  private final Duration pause;
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private final AtomicInteger accepted = new AtomicInteger();

  private Trickler(String text, Duration pause) {
    this.server = LoopbackPorts.bind(50);
    this.text = text.getBytes(StandardCharsets.ISO_8859_1);
    this.pause = pause;
    Thread acceptor = new Thread(this::acceptForever, "trickler-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Starts a server that trickles the text, repeating it for as long as the client listens.
   *
   * @param text what to send, byte by byte (ISO-8859-1)
   * @param pause the pause before each byte
   * @return the running server
   */
  public static Trickler sending(String text, Duration pause) {
    return new Trickler(text, pause);
  }

  private void acceptForever() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        accepted.incrementAndGet();
        held.add(socket);
        Thread writer = new Thread(() -> trickle(socket), "trickler-" + accepted.get());
        writer.setDaemon(true);
        writer.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void trickle(Socket socket) {
    try (socket) {
      OutputStream out = socket.getOutputStream();
      for (int i = 0; !socket.isClosed(); i = (i + 1) % text.length) {
        Thread.sleep(pause.toMillis());
        out.write(text[i]);
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // the client went away, or the server closes
    } finally {
      held.remove(socket);
    }
  }

  /**
   * How many connections were accepted so far.
   *
   * @return the count
   */
  public int accepted() {
    return accepted.get();
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

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : held) {
      socket.close();
    }
  }
}
