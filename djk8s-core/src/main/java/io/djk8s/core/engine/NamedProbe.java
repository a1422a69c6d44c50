package io.djk8s.core.engine;

import io.djk8s.ReadinessProbe;
import java.util.Objects;

/**
 * A probe with the short name it is known by.
 *
 * @param name the probe's name, as in configuration and output
 * @param probe the check itself
 */
public record NamedProbe(String name, ReadinessProbe probe) {

  /** Checks that both parts are present. */
  public NamedProbe {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(probe, "probe");
  }
}
