package io.djk8s.core.net;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One request and its line-based answer over a fresh TCP connection, as memcached's text protocol,
 * Redis's RESP and an HTTP status line and headers use. One deadline bounds the whole exchange: the
 * connect timeout and every read timeout are what is left until the I/O deadline, and no read
 * starts once it has passed, so neither a node that accepts and never answers nor one that trickles
 * its answer a byte at a time costs more than the probe's time.
 */
public final class LineExchange {

  /** The longest answer line read; a longer one is not the protocol expected. */
  static final int MAX_LINE = 1024;

  /**
   * How an answer ends and how large it may be.
   *
   * @param maxLine the longest line, in bytes
   * @param maxLines the most lines; more is an error
   * @param complete whether the lines read so far are the whole answer
   * @param redact masks what must never be shown (a password a server may echo) in an error
   */
  public record Framing(
      int maxLine, int maxLines, Predicate<List<String>> complete, UnaryOperator<String> redact) {

    /**
     * A fixed number of lines of at most {@value LineExchange#MAX_LINE} bytes.
     *
     * @param lines how many
     * @param redact masks secrets in errors
     * @return the framing
     */
    public static Framing lines(int lines, UnaryOperator<String> redact) {
      return new Framing(MAX_LINE, lines, read -> read.size() >= lines, redact);
    }
  }

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
   *     within N ms, answer incomplete within N ms, closed, answer too long
   */
  public static List<String> exchange(
      Dialer dialer, HostPort target, byte[] request, int lines, IoDeadline deadline)
      throws IOException {
    return exchange(
        dialer, target, request, deadline, Framing.lines(lines, UnaryOperator.identity()));
  }

  /**
   * Sends a request and reads answer lines, masking what the caller must never show (a password the
   * server may echo) in the partial answers its errors quote, before they are cut short.
   *
   * @param dialer opens the connection
   * @param target the server
   * @param request the bytes to send
   * @param lines how many answer lines to read
   * @param deadline bounds the whole exchange
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
    return exchange(dialer, target, request, deadline, Framing.lines(lines, redact));
  }

  /**
   * Sends a request and reads lines until the framing says the answer is complete.
   *
   * @param dialer opens the connection
   * @param target the server
   * @param request the bytes to send
   * @param deadline bounds the whole exchange: connect, TLS, the request and every read
   * @param framing how the answer ends
   * @return the answer lines, without their line ends
   * @throws IOException when the exchange fails or runs out of time
   */
  public static List<String> exchange(
      Dialer dialer, HostPort target, byte[] request, IoDeadline deadline, Framing framing)
      throws IOException {
    Duration budget = deadline.left("connect");
    Socket socket = dialer.connect(target, budget);
    try (socket) {
      return new Answer(socket, deadline, budget, framing).exchange(request);
    }
  }

  /** The reading side of one exchange. */
  private static final class Answer {
    private final Socket socket;
    private final IoDeadline deadline;
    private final Duration budget;
    private final Framing framing;
    private long received;

    Answer(Socket socket, IoDeadline deadline, Duration budget, Framing framing) {
      this.socket = socket;
      this.deadline = deadline;
      this.budget = budget;
      this.framing = framing;
    }

    List<String> exchange(byte[] request) throws IOException {
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        InputStream in = new BufferedInputStream(socket.getInputStream(), 256);
        List<String> answer = new ArrayList<>();
        while (!framing.complete().test(answer)) {
          if (answer.size() >= framing.maxLines()) {
            throw new Framed("answer longer than " + framing.maxLines() + " lines");
          }
          answer.add(readLine(in));
        }
        return answer;
      } catch (SocketTimeoutException e) {
        throw timedOut();
      } catch (IOException e) {
        // A connection cut at the deadline (a TLS connection is closed then) is a time-out.
        if (deadline.remaining().isZero() && !(e instanceof Framed)) {
          throw timedOut();
        }
        throw e;
      }
    }

    private SocketTimeoutException timedOut() {
      return new SocketTimeoutException(
          (received == 0 ? "no answer" : "answer incomplete")
              + " within the "
              + budget.toMillis()
              + " ms left");
    }

    private String readLine(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      while (true) {
        Duration left = deadline.remaining();
        if (left.isZero()) {
          throw timedOut();
        }
        socket.setSoTimeout(IoDeadline.millisAtLeastOne(left));
        int b = in.read();
        if (b < 0) {
          throw new Framed(
              "connection closed by the server before a complete answer"
                  + (line.size() == 0 ? "" : ", after " + quote(line)));
        }
        received++;
        if (b == '\n') {
          String text = text(line);
          return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }
        if (line.size() >= framing.maxLine()) {
          throw new Framed(
              "answer line longer than " + framing.maxLine() + " bytes: " + quote(line));
        }
        line.write(b);
      }
    }

    private String quote(ByteArrayOutputStream line) {
      return Printable.quote(framing.redact().apply(text(line)));
    }
  }

  /** What the server sent is wrong: an error that no time-out explains. */
  private static final class Framed extends IOException {
    private static final long serialVersionUID = 1L;

    Framed(String message) {
      super(message);
    }
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
