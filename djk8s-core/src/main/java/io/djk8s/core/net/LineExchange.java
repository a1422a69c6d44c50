package io.djk8s.core.net;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One request and its line-based answer over a fresh TCP connection, as memcached's text protocol
 * and Redis's RESP use: the connect timeout and every read timeout are what is left until the I/O
 * deadline, so a node that accepts and never answers costs no more than the probe's time.
 */
public final class LineExchange {

  /** The longest answer line read; a longer one is not the protocol expected. */
  static final int MAX_LINE = 1024;

  private LineExchange() {}

  /**
   * Connects, sends, and reads answer lines.
   *
   * @param dialer opens the connection
   * @param target where
   * @param request the bytes to send
   * @param lines how many lines to read
   * @param deadline when to give up
   * @return the lines without their line ends
   * @throws IOException with a message that says what failed: refused, connect timed out, no answer
   *     within N ms, closed, answer too long
   */
  public static List<String> exchange(
      Dialer dialer, HostPort target, byte[] request, int lines, IoDeadline deadline)
      throws IOException {
    return exchange(dialer, target, request, lines, deadline, UnaryOperator.identity());
  }

  /**
   * Sends a request and reads answer lines, masking what the caller must never show (a password the
   * server may echo) in the partial answers its errors quote, before they are cut short.
   *
   * @param dialer opens the connection
   * @param target the server
   * @param request the bytes to send
   * @param lines how many answer lines to read
   * @param deadline bounds connect and every read
   * @param redact masks a secret in a decoded answer
   * @return the answer lines, without their line ends
   * @throws IOException when the exchange fails or runs out of time
   */
  public static List<String> exchange(
      Dialer dialer,
      HostPort target,
      byte[] request,
      int lines,
      IoDeadline deadline,
      UnaryOperator<String> redact)
      throws IOException {
    Duration connectTimeout = deadline.left("connect");
    Socket socket;
    try {
      socket = dialer.connect(target, connectTimeout);
    } catch (SocketTimeoutException e) {
      throw new SocketTimeoutException(
          "connect timed out after " + connectTimeout.toMillis() + " ms");
    } catch (ConnectException e) {
      throw new ConnectException(Refused.describe(e));
    }
    try (socket) {
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      InputStream in = new BufferedInputStream(socket.getInputStream(), 256);
      List<String> answer = new ArrayList<>(lines);
      for (int i = 0; i < lines; i++) {
        answer.add(readLine(socket, in, deadline, redact));
      }
      return answer;
    }
  }

  private static String readLine(
      Socket socket, InputStream in, IoDeadline deadline, UnaryOperator<String> redact)
      throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      Duration left = deadline.left("read the answer");
      socket.setSoTimeout(IoDeadline.millisAtLeastOne(left));
      int b;
      try {
        b = in.read();
      } catch (SocketTimeoutException e) {
        throw new SocketTimeoutException(
            (line.size() == 0 ? "no answer" : "answer incomplete")
                + " within the "
                + left.toMillis()
                + " ms left");
      }
      if (b < 0) {
        throw new EOFException(
            "connection closed by the server before a complete answer"
                + (line.size() == 0 ? "" : ", after " + Printable.quote(redact.apply(text(line)))));
      }
      if (b == '\n') {
        String text = text(line);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      if (line.size() >= MAX_LINE) {
        throw new IOException(
            "answer line longer than "
                + MAX_LINE
                + " bytes: "
                + Printable.quote(redact.apply(text(line))));
      }
      line.write(b);
    }
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
