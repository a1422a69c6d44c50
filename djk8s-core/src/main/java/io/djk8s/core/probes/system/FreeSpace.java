package io.djk8s.core.probes.system;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The least free space a disk must have: a share of its size ({@code 10%}) or an amount ({@code
 * 500MB}, 1024-based units).
 *
 * @param fraction the share of the total, or 0 when an amount is given
 * @param bytes the amount, or 0 when a share is given
 */
record FreeSpace(double fraction, long bytes) {

  private static final Pattern AMOUNT =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?");

  static Optional<FreeSpace> parse(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    if (value.endsWith("%")) {
      OptionalDouble percent = parseDouble(value.substring(0, value.length() - 1).trim());
      if (percent.isEmpty() || percent.getAsDouble() < 0 || percent.getAsDouble() > 100) {
        return Optional.empty();
      }
      return Optional.of(new FreeSpace(percent.getAsDouble() / 100, 0));
    }
    Matcher matcher = AMOUNT.matcher(value);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String unit = matcher.group(2) == null ? "b" : matcher.group(2).substring(0, 1);
    int shift =
        switch (unit) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    double bytes = Double.parseDouble(matcher.group(1)) * (1L << shift);
    if (bytes > Long.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(new FreeSpace(0, (long) bytes));
  }

  private static OptionalDouble parseDouble(String text) {
    try {
      return OptionalDouble.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /** The least free bytes on a disk of the given size. */
  long minimumOf(long total) {
    return fraction > 0 ? (long) Math.ceil(total * fraction) : bytes;
  }

  @Override
  public String toString() {
    return fraction > 0 ? trim(fraction * 100) + "%" : Bytes.show(bytes);
  }

  private static String trim(double number) {
    return number == Math.rint(number)
        ? Long.toString((long) number)
        : String.format(Locale.ROOT, "%.2f", number);
  }
}
