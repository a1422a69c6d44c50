package io.djk8s.core.settings;

import io.djk8s.core.net.HostPort;
import io.djk8s.core.net.SafeUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Reads the keys of one built-in probe and collects every problem, each naming its key and the bad
 * value, as {@code SettingsReader} does for the core keys. A probe's settings class reads through
 * it twice: at deployment (problems fail the deployment) and when the probe bean is created.
 */
public final class ProbeConfig {

  private final SettingsSource config;
  private final List<String> problems = new ArrayList<>();

  /**
   * Reads from a configuration.
   *
   * @param config the application's configuration
   */
  public ProbeConfig(SettingsSource config) {
    this.config = config;
  }

  /**
   * Where the settings come from, for keys that embed a name (datasources).
   *
   * @return the source
   */
  public SettingsSource source() {
    return config;
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
   * Records a problem.
   *
   * @param key the key
   * @param value the bad value, as configured
   * @param why what is expected instead
   */
  public void problem(String key, String value, String why) {
    problems.add(key + "='" + value + "': " + why);
  }

  /**
   * A raw text value.
   *
   * @param key the key
   * @return the value, empty when unset or blank
   */
  public Optional<String> text(String key) {
    return config.value(key).filter(value -> !value.isBlank());
  }

  /**
   * A comma-separated list; blank items are dropped.
   *
   * @param key the key
   * @param defaultValue the text used when the key is unset
   * @return the trimmed items
   */
  public List<String> list(String key, String defaultValue) {
    String value = config.value(key).orElse(null);
    List<String> items = new ArrayList<>();
    for (String item : (value == null ? defaultValue : value).split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  /**
   * A comma-separated list of {@code host:port} endpoints.
   *
   * @param key the key
   * @param example a valid example for the problem message
   * @return the endpoints that parsed
   */
  public List<HostPort> hostPorts(String key, String example) {
    List<HostPort> parsed = new ArrayList<>();
    for (String item : list(key, "")) {
      HostPort.parse(item)
          .ifPresentOrElse(
              parsed::add,
              () ->
                  problem(
                      key,
                      SafeUrl.shown(item),
                      "not host:port with a port from 1 to 65535; for example '" + example + "'"));
    }
    return parsed;
  }

  /**
   * A comma-separated list whose items must each parse.
   *
   * @param <T> the item type
   * @param key the key
   * @param defaultValue the text used when the key is unset
   * @param parser parses one item
   * @param why what an item must look like
   * @return the items that parsed
   */
  public <T> List<T> parsedList(
      String key, String defaultValue, Function<String, Optional<T>> parser, String why) {
    List<T> parsed = new ArrayList<>();
    for (String item : list(key, defaultValue)) {
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
   * A boolean, {@code true} or {@code false}.
   *
   * @param key the key
   * @param defaultValue used when the key is unset
   * @return the value
   */
  public boolean bool(String key, boolean defaultValue) {
    Optional<String> value = text(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    String v = value.get().trim().toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      problem(key, value.get(), "must be 'true' or 'false'");
      return defaultValue;
    }
    return v.equals("true");
  }

  /**
   * A fraction written as a percentage ({@code 90%}) or a number ({@code 0.9}).
   *
   * @param key the key
   * @param defaultValue the text used when the key is unset
   * @param max the largest fraction allowed
   * @return the fraction, greater than zero
   */
  public double fraction(String key, String defaultValue, double max) {
    String value = text(key).orElse(defaultValue);
    OptionalDouble parsed = parseFraction(value);
    if (parsed.isEmpty() || !(parsed.getAsDouble() > 0) || parsed.getAsDouble() > max) {
      problem(
          key,
          value,
          "must be a percentage above 0% and at most "
              + Math.round(max * 100)
              + "% ('90%') or a fraction ('0.9')");
      return parseFraction(defaultValue).orElse(1);
    }
    return parsed.getAsDouble();
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

  /**
   * Fails when the configuration has problems: for probe beans created without the deployment check
   * (which reports the same problems earlier and all at once).
   *
   * @param probe the probe's name
   * @throws IllegalStateException when there are problems
   */
  public void requireValid(String probe) {
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "djk8s probe '" + probe + "' is misconfigured: " + String.join("; ", problems));
    }
  }
}
