package io.djk8s.impl.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

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
