package io.djk8s.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;

/** Collects what djk8s logs ({@code io.djk8s}) while open, formatted as one line per record. */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger = Logger.getLogger("io.djk8s");
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private LogCapture() {
    setLevel(Level.ALL);
    logger.addHandler(this);
  }

  /**
   * Starts capturing.
   *
   * @return the capture; close it to stop
   */
  public static LogCapture start() {
    return new LogCapture();
  }

  /**
   * Every line so far: level, message and the thrown exception, if any.
   *
   * @return the lines
   */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /**
   * Waits for a line: the engine logs a transition just after it hands the outcome to the caller.
   *
   * @param line the exact line expected
   * @return every line so far, the expected one among them; fails when it does not come within 5 s
   * @throws InterruptedException when interrupted
   */
  public List<String> awaitLine(String line) throws InterruptedException {
    await(() -> lines.contains(line));
    return lines();
  }

  /**
   * Waits for a line containing a fragment.
   *
   * @param fragment the text expected in some line
   * @return everything so far as one text
   * @throws InterruptedException when interrupted
   */
  public String awaitText(String fragment) throws InterruptedException {
    await(() -> lines.stream().anyMatch(line -> line.contains(fragment)));
    return text();
  }

  private static void await(java.util.function.BooleanSupplier done) {
    Awaitility.await("a log line")
        .atMost(java.time.Duration.ofSeconds(5))
        .pollInterval(java.time.Duration.ofMillis(10))
        .until(done::getAsBoolean);
  }

  /**
   * Everything so far as one text.
   *
   * @return the lines joined by newlines
   */
  public String text() {
    return String.join("\n", lines);
  }

  @Override
  public void publish(LogRecord record) {
    String message = record.getMessage();
    if (record.getParameters() != null) {
      message = java.text.MessageFormat.format(message, record.getParameters());
    }
    lines.add(
        record.getLevel()
            + " "
            + message
            + (record.getThrown() == null ? "" : " " + record.getThrown()));
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
