package io.djk8s.core.builtin;

import java.util.List;

/**
 * What a host of the engine provides to the built-in probes: the objects it manages, such as the
 * container's datasources (CDI beans, Agroal datasources) or an application's memcached client
 * beans. Core asks by type and knows no container.
 */
@FunctionalInterface
public interface ProbeHost {

  /** A host that manages nothing: the command line, a plain Java application. */
  ProbeHost NONE =
      new ProbeHost() {
        @Override
        public <T> List<Managed<T>> managed(Class<T> type) {
          return List.of();
        }
      };

  /**
   * Every managed object of a type.
   *
   * @param type the type, for example {@code javax.sql.DataSource}
   * @param <T> the type
   * @return the objects with their names, empty when the host has none
   */
  <T> List<Managed<T>> managed(Class<T> type);

  /**
   * An object the host manages.
   *
   * @param name its name: a bean name, its qualifiers ({@code @Orders}), or {@code default}
   * @param origin where it came from, for logs (for example the bean class)
   * @param instance the object
   * @param <T> its type
   */
  record Managed<T>(String name, String origin, T instance) {}
}
