package io.djk8s.core.settings;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One configuration key: its name, type, default (written here and nowhere else), bounds, what it
 * does, its documentation tier and its environment-variable form. Every key djk8s reads is one
 * {@code Key} constant, declared beside the code that reads it ({@link Djk8sKeys} for the runtime,
 * a built-in probe's descriptor for its keys, {@code io.djk8s.cli.CliKeys} for the command line),
 * and read by one {@link KeyReader}. A test holds the README tables against these descriptors.
 *
 * <p>Declaring a key is one line, for example {@code Key.duration("djk8s.probe.timeout", "800ms",
 * "deadline of each probe run").min("10ms").max("60s").essential()}. Instances are immutable;
 * {@link #min}, {@link #max}, {@link #essential} and {@link #alias} return a copy.
 */
public final class Key {

  /** How a key's text is read. */
  public enum Type {
    /** Free text; blank is unset. */
    TEXT,
    /** Text never logged or shown. */
    SECRET,
    /** A comma-separated list; blank items are dropped. */
    LIST,
    /** A duration with a unit ({@code 800ms}, {@code 2s}, ISO-8601); a bare number is refused. */
    DURATION,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A whole number. */
    INTEGER,
    /** A percentage ({@code 90%}) or a fraction ({@code 0.9}). */
    FRACTION
  }

  /** Where the README lists a key: HikariCP's split into essentials and the rest. */
  public enum Tier {
    /** Keys most deployments set or must know. */
    ESSENTIAL,
    /** Keys for particular needs. */
    ADVANCED
  }

  private final String name;
  private final Type type;
  private final String defaultText;
  private final String description;
  private final Tier tier;
  private final String min;
  private final String max;
  private final String alias;

  private Key(
      String name,
      Type type,
      String defaultText,
      String description,
      Tier tier,
      String min,
      String max,
      String alias) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.defaultText = Objects.requireNonNull(defaultText, "defaultText");
    this.description = Objects.requireNonNull(description, "description");
    this.tier = tier;
    this.min = min;
    this.max = max;
    this.alias = alias;
  }

  /**
   * A key of any type.
   *
   * @param name the dotted name; {@code <name>} marks a part the user chooses
   * @param type how its text is read
   * @param defaultText the default as it would be configured; empty for none
   * @param description what it does, one line
   * @return the key, in {@link Tier#ADVANCED}
   */
  public static Key of(String name, Type type, String defaultText, String description) {
    return new Key(name, type, defaultText, description, Tier.ADVANCED, null, null, null);
  }

  /**
   * A free-text key.
   *
   * @param name the dotted name
   * @param defaultText the default; empty for none
   * @param description what it does
   * @return the key
   */
  public static Key text(String name, String defaultText, String description) {
    return of(name, Type.TEXT, defaultText, description);
  }

  /**
   * A secret key: read like text, never logged.
   *
   * @param name the dotted name
   * @param description what it does
   * @return the key, without a default
   */
  public static Key secret(String name, String description) {
    return of(name, Type.SECRET, "", description);
  }

  /**
   * A comma-separated list.
   *
   * @param name the dotted name
   * @param defaultText the default list; empty for none
   * @param description what it does
   * @return the key
   */
  public static Key list(String name, String defaultText, String description) {
    return of(name, Type.LIST, defaultText, description);
  }

  /**
   * A duration; bound it with {@link #min} and {@link #max}. Give every duration a maximum: an
   * unbounded one lets {@code PT2562048H} through, which overflows {@link
   * java.time.Duration#toNanos()} where it is used.
   *
   * @param name the dotted name
   * @param defaultText the default with its unit, for example {@code 800ms}
   * @param description what it does
   * @return the key, at least zero until {@link #min} says otherwise
   */
  public static Key duration(String name, String defaultText, String description) {
    return of(name, Type.DURATION, defaultText, description).min("0ms");
  }

  /**
   * A boolean.
   *
   * @param name the dotted name
   * @param defaultValue the default
   * @param description what it does
   * @return the key
   */
  public static Key bool(String name, boolean defaultValue, String description) {
    return of(name, Type.BOOLEAN, String.valueOf(defaultValue), description);
  }

  /**
   * A whole number; bound it with {@link #min} and {@link #max}.
   *
   * @param name the dotted name
   * @param defaultValue the default
   * @param description what it does
   * @return the key
   */
  public static Key integer(String name, long defaultValue, String description) {
    return of(name, Type.INTEGER, String.valueOf(defaultValue), description);
  }

  /**
   * The same key with a lower bound, written in the key's type ({@code 1ms}, {@code 1024}, {@code
   * 0%}); a duration or number below it is a problem.
   *
   * @param bound the smallest value allowed
   * @return the bounded key
   */
  public Key min(String bound) {
    return new Key(name, type, defaultText, description, tier, bound, max, alias);
  }

  /**
   * The same key with an upper bound, written in the key's type.
   *
   * @param bound the largest value allowed
   * @return the bounded key
   */
  public Key max(String bound) {
    return new Key(name, type, defaultText, description, tier, min, bound, alias);
  }

  /**
   * The same key listed among the essentials.
   *
   * @return the key in {@link Tier#ESSENTIAL}
   */
  public Key essential() {
    return new Key(name, type, defaultText, description, Tier.ESSENTIAL, min, max, alias);
  }

  /**
   * The same key with a deprecated older name, read when this one is unset, with a warning logged
   * once.
   *
   * @param oldName the deprecated name
   * @return the key
   */
  public Key alias(String oldName) {
    return new Key(name, type, defaultText, description, tier, min, max, oldName);
  }

  /**
   * The concrete key of a pattern key: {@code djk8s.datasource.<name>.url} named {@code orders} is
   * {@code djk8s.datasource.orders.url}.
   *
   * @param part what replaces {@code <name>}
   * @return the key
   */
  public Key named(String part) {
    return new Key(
        name.replace("<name>", part), type, defaultText, description, tier, min, max, alias);
  }

  /**
   * The dotted name.
   *
   * @return the name, for example {@code djk8s.probe.timeout}
   */
  public String name() {
    return name;
  }

  /**
   * How the text is read.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * The default, as it would be configured.
   *
   * @return the default; empty when the key has none
   */
  public String defaultText() {
    return defaultText;
  }

  /**
   * What the key does.
   *
   * @return one line
   */
  public String description() {
    return description;
  }

  /**
   * Where the documentation lists the key.
   *
   * @return the tier
   */
  public Tier tier() {
    return tier;
  }

  /**
   * The lower bound, in the key's type.
   *
   * @return the bound, empty when there is none
   */
  public Optional<String> min() {
    return Optional.ofNullable(min);
  }

  /**
   * The upper bound, in the key's type.
   *
   * @return the bound, empty when there is none
   */
  public Optional<String> max() {
    return Optional.ofNullable(max);
  }

  /**
   * The deprecated older name.
   *
   * @return the alias, empty when there is none
   */
  public Optional<String> alias() {
    return Optional.ofNullable(alias);
  }

  /**
   * Whether the name has a part the user chooses ({@code <name>}).
   *
   * @return true for a pattern key
   */
  public boolean isPattern() {
    return name.indexOf('<') >= 0;
  }

  /**
   * The environment-variable form MicroProfile Config maps to the key: upper case, every character
   * other than a letter or digit becomes {@code _}; {@code djk8s.probe.cache-ttl} is {@code
   * DJK8S_PROBE_CACHE_TTL}, the pattern {@code djk8s.datasource.<name>.url} is {@code
   * DJK8S_DATASOURCE_<NAME>_URL}.
   *
   * @return the variable name
   */
  public String environmentVariable() {
    return environmentVariable(name);
  }

  /**
   * The environment-variable form of any dotted key.
   *
   * @param dotted the key
   * @return the variable name
   */
  public static String environmentVariable(String dotted) {
    StringBuilder variable = new StringBuilder(dotted.length());
    for (int i = 0; i < dotted.length(); i++) {
      char c = dotted.charAt(i);
      boolean kept = c < 128 && Character.isLetterOrDigit(c) || c == '<' || c == '>';
      variable.append(kept ? Character.toUpperCase(c) : '_');
    }
    return variable.toString();
  }

  /**
   * The public static {@code Key} constants of a class, in declaration order: how {@link
   * Djk8sKeys#all()} and {@code CliKeys.all()} list their keys without a second list to keep in
   * step.
   *
   * @param holder the class declaring the constants
   * @return the keys
   * @throws IllegalStateException when a constant is not initialised yet
   */
  public static List<Key> declaredIn(Class<?> holder) {
    List<Key> keys = new ArrayList<>();
    for (Field field : holder.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (field.getType() == Key.class
          && Modifier.isStatic(modifiers)
          && Modifier.isPublic(modifiers)) {
        try {
          keys.add(Objects.requireNonNull((Key) field.get(null), field.getName()));
        } catch (IllegalAccessException | NullPointerException e) {
          throw new IllegalStateException(
              holder.getName() + "." + field.getName() + " is not readable yet", e);
        }
      }
    }
    return List.copyOf(keys);
  }

  /** The name, so that a key reads naturally in messages. */
  @Override
  public String toString() {
    return name;
  }
}
