package io.djk8s.core.settings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations as written in configuration: {@code 800ms}, {@code 2s}, {@code 1.5s}, {@code
 * 1m}, {@code 1h} or ISO-8601 {@code PT0.8S}. A unit is required: a bare number is ambiguous (the
 * kubelet counts {@code timeoutSeconds} in seconds, djk8s used to count milliseconds), so {@code 2}
 * is not a duration; only {@code 0}, the same in every unit, may stand alone. Not every
 * MicroProfile Config implementation converts {@link Duration}, so djk8s reads text and parses it
 * here.
 */
public final class DurationText {

  private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

  private static final Pattern BARE = Pattern.compile("\\d+(?:\\.\\d+)?");

  private DurationText() {}

  /**
   * Parses a duration.
   *
   * @param text the configured text
   * @return the duration, or empty when the text is not one (a bare number other than {@code 0}
   *     included)
   */
  public static Optional<Duration> parse(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    if (value.equals("0")) {
      return Optional.of(Duration.ZERO);
    }
    Matcher simple = SIMPLE.matcher(value);
    if (simple.matches()) {
      double number = Double.parseDouble(simple.group(1));
      double millis =
          switch (simple.group(2)) {
            case "ms" -> number;
            case "s" -> number * 1_000;
            case "m" -> number * 60_000;
            default -> number * 3_600_000;
          };
      // Math.round saturates at Long.MAX_VALUE nanoseconds (292 years): a key's maximum catches it
      return Optional.of(Duration.ofNanos(Math.round(millis * 1_000_000)));
    }
    try {
      return Optional.of(Duration.parse(text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * What a text that does not {@link #parse} should look like, for a problem message: a bare number
   * is told that it lacks a unit.
   *
   * @param text the configured text
   * @return the explanation, starting in lower case
   */
  public static String expected(String text) {
    String value = text.trim();
    if (BARE.matcher(value).matches()) {
      return "a duration needs a unit: write for example '" + value + "ms' or '" + value + "s'";
    }
    return "not a duration; write for example '800ms' or '2s'";
  }
}
