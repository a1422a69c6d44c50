package io.djk8s.core.builtin;

import io.djk8s.ReadinessProbe;
import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one place a built-in probe is declared: its name, whether it checks an external dependency,
 * its keys, the check of its configuration and how to build it. Hosts (CDI, Quarkus, the command
 * line) resolve probe names against the list in {@code io.djk8s.core.probes.BuiltInProbes} and
 * build the probe from here; nothing recognises a built-in by its package.
 *
 * @param name the short name used in the probe lists, for example {@code database}
 * @param type the probe's class, which upstream's names and bean class names resolve to
 * @param external whether the probe checks something outside the process (a database, a cache, a
 *     network endpoint): such a probe belongs in readiness, never in liveness
 * @param keys the probe's configuration keys, declared beside this descriptor with their defaults;
 *     the README's table of the probe's keys is checked against them
 * @param validate reads the probe's keys into a {@link KeyReader} that collects every problem
 * @param factory builds the probe from valid settings and what the host provides
 */
public record BuiltInProbe(
    String name,
    Class<? extends ReadinessProbe> type,
    boolean external,
    List<Key> keys,
    Consumer<KeyReader> validate,
    Factory factory) {

  /** Builds a built-in probe. */
  @FunctionalInterface
  public interface Factory {
    /**
     * Builds the probe.
     *
     * @param config the probe's settings, already validated
     * @param host what the host provides (container-managed datasources, clients)
     * @return the probe
     */
    ReadinessProbe create(KeyReader config, ProbeHost host);
  }

  /** Checks the fields. */
  public BuiltInProbe {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    keys = List.copyOf(keys);
    Objects.requireNonNull(validate, "validate");
    Objects.requireNonNull(factory, "factory");
  }

  /**
   * Builds the probe, failing with every configuration problem when its settings are invalid.
   *
   * @param config the application's settings
   * @param host what the host provides
   * @return the probe
   * @throws IllegalStateException naming each bad key and value
   */
  public ReadinessProbe create(KeyReader config, ProbeHost host) {
    validate.accept(config);
    config.requireValid(name);
    return factory.create(config, host);
  }
}
