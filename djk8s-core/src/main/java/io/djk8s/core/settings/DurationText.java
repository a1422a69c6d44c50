package io.djk8s.core.settings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations as written in configuration: {@code 800ms}, {@code 2s}, {@code 1.5s}, {@code
 * 1m}, ISO-8601 {@code PT0.8S}, or a bare number of milliseconds. Not every MicroProfile Config
 * implementation converts {@link Duration}, so djk8s reads text and parses it here.
 */
public final class DurationText {

  private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  private DurationText() {}

  /**
   * Parses a duration.
   *
   * @param text the configured text
   * @return the duration, or empty when the text is not one
   */
  public static Optional<Duration> parse(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    Matcher simple = SIMPLE.matcher(value);
    if (simple.matches()) {
      double number = Double.parseDouble(simple.group(1));
      String unit = simple.group(2) == null ? "ms" : simple.group(2);
      double millis =
          switch (unit) {
            case "ms" -> number;
            case "s" -> number * 1_000;
            case "m" -> number * 60_000;
            default -> number * 3_600_000;
          };
      return Optional.of(Duration.ofNanos(Math.round(millis * 1_000_000)));
    }
    try {
      return Optional.of(Duration.parse(text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
