package io.djk8s.core.settings;

import io.djk8s.core.net.HostPort;
import io.djk8s.core.net.SafeUrl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The one reader of djk8s's keys: reads each {@link Key} from a {@link SettingsSource}, falls back
 * to the key's own default, checks its type and bounds, and collects every problem, each naming the
 * key and the bad value, so that a misconfiguration is reported at once. The runtime settings
 * ({@link SettingsReader}), the built-in probes and the command line all read through it.
 *
 * <p>It loads no configuration API and uses no lambda on its common path: the command line's exec
 * probe reads its keys through it on every run.
 */
public final class KeyReader {

  private static final Set<String> WARNED_ALIASES = ConcurrentHashMap.newKeySet();

  private final SettingsSource source;
  private final List<String> problems = new ArrayList<>();

  /**
   * Reads from a source.
   *
   * @param source where the settings come from
   */
  public KeyReader(SettingsSource source) {
    this.source = source;
  }

  /**
   * Where the settings come from, for keys that embed a name (datasources).
   *
   * @return the source
   */
  public SettingsSource source() {
    return source;
  }

  /**
   * Every problem found so far, each naming its key and value.
   *
   * @return the problems
   */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /**
   * Records a problem with a key's value; a secret's value is not shown.
   *
   * @param key the key
   * @param value the bad value, as configured
   * @param why what is expected instead
   */
  public void problem(Key key, String value, String why) {
    problems.add(key.name() + "='" + (key.type() == Key.Type.SECRET ? "***" : value) + "': " + why);
  }

  /**
   * Records a problem that concerns several keys.
   *
   * @param message the whole message, naming the keys
   */
  public void problem(String message) {
    problems.add(message);
  }

  /**
   * The value exactly as configured, under the key's name or else its deprecated alias (which logs
   * a warning once per process): an empty string is a value.
   *
   * @param key the key
   * @return the value, empty when neither name is set
   */
  public Optional<String> raw(Key key) {
    Optional<String> value = source.value(key.name());
    if (value.isPresent() || key.alias().isEmpty()) {
      return value;
    }
    String alias = key.alias().get();
    Optional<String> old = source.value(alias);
    if (old.isPresent() && WARNED_ALIASES.add(alias)) {
      Logger.getLogger(KeyReader.class.getName())
          .warning(alias + " is deprecated and will be removed: set " + key.name() + " instead");
    }
    return old;
  }

  /**
   * The configured text, or the default when the key is unset or blank.
   *
   * @param key the key
   * @return the text, trimmed; empty when neither is set
   */
  public String text(Key key) {
    Optional<String> value = raw(key);
    return value.isPresent() && !value.get().isBlank() ? value.get().trim() : key.defaultText();
  }

  /**
   * The configured text or the default, empty when both are empty.
   *
   * @param key the key
   * @return the text
   */
  public Optional<String> optional(Key key) {
    String text = text(key);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * A comma-separated list; an empty value is an empty list, an unset key its default.
   *
   * @param key the key
   * @return the trimmed, non-blank items
   */
  public List<String> list(Key key) {
    return split(raw(key).orElse(key.defaultText()));
  }

  /**
   * A duration within the key's bounds.
   *
   * @param key a {@link Key.Type#DURATION} key
   * @return the duration; zero when the value is bad (a problem is recorded)
   */
  public Duration duration(Key key) {
    String value = text(key);
    Optional<Duration> parsed = DurationText.parse(value);
    if (parsed.isEmpty()) {
      problem(key, value, DurationText.expected(value));
      return Duration.ZERO;
    }
    Duration duration = parsed.get();
    Optional<Duration> min = bound(key.min());
    Optional<Duration> max = bound(key.max());
    if (min.isPresent() && duration.compareTo(min.get()) < 0
        || max.isPresent() && duration.compareTo(max.get()) > 0) {
      problem(key, value, "must be " + range(key));
    }
    return duration;
  }

  /**
   * {@code true} or {@code false}, in any case.
   *
   * @param key a {@link Key.Type#BOOLEAN} key
   * @return the value; the default when the value is bad (a problem is recorded)
   */
  public boolean bool(Key key) {
    String value = text(key);
    String v = value.toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      problem(key, value, "must be 'true' or 'false'");
      return Boolean.parseBoolean(key.defaultText());
    }
    return v.equals("true");
  }

  /**
   * A whole number within the key's bounds.
   *
   * @param key a {@link Key.Type#INTEGER} key
   * @return the number; the default when the value is bad (a problem is recorded)
   */
  public long integer(Key key) {
    String value = text(key);
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      problem(key, value, "not a whole number");
      return Long.parseLong(key.defaultText());
    }
    if (key.min().isPresent() && number < Long.parseLong(key.min().get())
        || key.max().isPresent() && number > Long.parseLong(key.max().get())) {
      problem(key, value, "must be " + range(key));
    }
    return number;
  }

  /**
   * A fraction above zero, written {@code 90%} or {@code 0.9}, at most the key's maximum.
   *
   * @param key a {@link Key.Type#FRACTION} key
   * @return the fraction; the default when the value is bad (a problem is recorded)
   */
  public double fraction(Key key) {
    String value = text(key);
    OptionalDouble parsed = parseFraction(value);
    double max = parseFraction(key.max().orElse("100%")).orElse(1);
    if (parsed.isEmpty() || !(parsed.getAsDouble() > 0) || parsed.getAsDouble() > max) {
      problem(
          key,
          value,
          "must be a percentage above 0% and at most "
              + Math.round(max * 100)
              + "% ('90%') or a fraction ('0.9')");
      return parseFraction(key.defaultText()).orElse(1);
    }
    return parsed.getAsDouble();
  }

  /**
   * A value of the key's own syntax.
   *
   * @param <T> the value type
   * @param key the key
   * @param parser parses the text
   * @param why what the value must look like
   * @param fallback returned when the value is bad (a problem is recorded)
   * @return the value
   */
  public <T> T parsed(Key key, Function<String, Optional<T>> parser, String why, T fallback) {
    String value = text(key);
    Optional<T> parsed = parser.apply(value);
    if (parsed.isEmpty()) {
      problem(key, value, why);
      return fallback;
    }
    return parsed.get();
  }

  /**
   * A list whose items must each parse.
   *
   * @param <T> the item type
   * @param key a {@link Key.Type#LIST} key
   * @param parser parses one item
   * @param why what an item must look like
   * @return the items that parsed
   */
  public <T> List<T> parsedList(Key key, Function<String, Optional<T>> parser, String why) {
    List<T> parsed = new ArrayList<>();
    for (String item : list(key)) {
      Optional<T> one = parser.apply(item);
      if (one.isPresent()) {
        parsed.add(one.get());
      } else {
        problem(key, item, why);
      }
    }
    return parsed;
  }

  /**
   * A list of {@code host:port} endpoints; an item is shown without credentials.
   *
   * @param key a {@link Key.Type#LIST} key
   * @param example a valid example for the problem message
   * @return the endpoints that parsed
   */
  public List<HostPort> hostPorts(Key key, String example) {
    List<HostPort> parsed = new ArrayList<>();
    for (String item : list(key)) {
      Optional<HostPort> one = HostPort.parse(item);
      if (one.isPresent()) {
        parsed.add(one.get());
      } else {
        problem(
            key,
            SafeUrl.shown(item),
            "not host:port with a port from 1 to 65535; for example '" + example + "'");
      }
    }
    return parsed;
  }

  /**
   * Fails when problems were found: for a reader whose caller has no deployment check that would
   * report them earlier.
   *
   * @param what what was read, for the message (a probe's name, a command)
   * @throws IllegalStateException listing every problem
   */
  public void requireValid(String what) {
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "djk8s " + what + " is misconfigured: " + String.join("; ", problems));
    }
  }

  /**
   * Parses {@code 90%} or {@code 0.9}.
   *
   * @param text the text
   * @return the fraction, empty when not a number
   */
  public static OptionalDouble parseFraction(String text) {
    String value = text.trim();
    boolean percent = value.endsWith("%");
    if (percent) {
      value = value.substring(0, value.length() - 1).trim();
    }
    try {
      double number = Double.parseDouble(value);
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(percent ? number / 100 : number);
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  static List<String> split(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  private static Optional<Duration> bound(Optional<String> text) {
    return text.isPresent() ? DurationText.parse(text.get()) : Optional.empty();
  }

  private static String range(Key key) {
    Optional<String> min = key.min();
    Optional<String> max = key.max();
    if (min.isPresent() && max.isPresent()) {
      return "from " + min.get() + " to " + max.get();
    }
    if (min.isPresent()) {
      return "at least " + min.get();
    }
    return "at most " + max.orElse("");
  }
}
