package io.djk8s.core.settings;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where djk8s's settings come from: MicroProfile Config in a CDI application, Quarkus's
 * configuration, or the environment and system properties of the command line. Core reads every key
 * through this one interface and knows no configuration API.
 */
public interface SettingsSource {

  /**
   * The value of a key, exactly as configured: an empty string is a value (an empty list), not an
   * absent key.
   *
   * @param key the dotted key, for example {@code djk8s.readiness.probes}
   * @return the value, empty when the key is not set
   */
  Optional<String> value(String key);

  /**
   * Every key this source knows, in the form it was written ({@code djk8s.datasource.x.url} in a
   * properties file, {@code DJK8S_DATASOURCE_X_URL} in the environment): the keys that embed a
   * name, such as datasources and per-probe keys, are found by scanning them.
   *
   * @return the keys
   */
  Iterable<String> names();

  /**
   * A source over two functions, for hosts that adapt their own configuration API.
   *
   * @param lookup the value of a dotted key
   * @param names every key known
   * @return the source
   */
  static SettingsSource of(
      Function<String, Optional<String>> lookup, Supplier<? extends Iterable<String>> names) {
    Objects.requireNonNull(lookup, "lookup");
    Objects.requireNonNull(names, "names");
    return new SettingsSource() {
      @Override
      public Optional<String> value(String key) {
        return lookup.apply(key);
      }

      @Override
      public Iterable<String> names() {
        return names.get();
      }
    };
  }

  /**
   * A fixed map of dotted keys, for tests and embedded use.
   *
   * @param values the settings
   * @return the source
   */
  static SettingsSource of(Map<String, String> values) {
    Map<String, String> copy = new TreeMap<>(values);
    return of(key -> Optional.ofNullable(copy.get(key)), copy::keySet);
  }
}
