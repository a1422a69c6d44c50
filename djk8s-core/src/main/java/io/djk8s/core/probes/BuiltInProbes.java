package io.djk8s.core.probes;

import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.probes.http.HttpProbe;
import io.djk8s.core.probes.jdbc.DatabaseProbe;
import io.djk8s.core.probes.memcached.MemcachedProbe;
import io.djk8s.core.probes.migrations.MigrationsProbe;
import io.djk8s.core.probes.redis.RedisProbe;
import io.djk8s.core.probes.system.DeadlockProbe;
import io.djk8s.core.probes.system.DiskProbe;
import io.djk8s.core.probes.system.LoadProbe;
import io.djk8s.core.probes.tcp.TcpProbe;
import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every built-in probe, each declared once by its {@link BuiltInProbe} descriptor. A host resolves
 * a probe name here after the application's own probes, so an application probe of the same name
 * replaces the built-in.
 */
public final class BuiltInProbes {

  /** The built-in probes, in the order the documentation lists them. */
  public static final List<BuiltInProbe> ALL =
      List.of(
          DatabaseProbe.DESCRIPTOR,
          MigrationsProbe.DESCRIPTOR,
          MemcachedProbe.DESCRIPTOR,
          RedisProbe.DESCRIPTOR,
          TcpProbe.DESCRIPTOR,
          HttpProbe.DESCRIPTOR,
          DiskProbe.DESCRIPTOR,
          LoadProbe.DESCRIPTOR,
          DeadlockProbe.DESCRIPTOR);

  private BuiltInProbes() {}

  /**
   * Every runtime key: the runtime's own ({@link Djk8sKeys#all()}) and those each built-in probe
   * declares beside its descriptor. The README's configuration tables are checked against this
   * list; the command line's keys are {@code io.djk8s.cli.CliKeys}.
   *
   * @return the keys, the runtime's first, then each probe's in {@link #ALL} order
   */
  public static List<Key> runtimeKeys() {
    List<Key> keys = new ArrayList<>(Djk8sKeys.all());
    for (BuiltInProbe probe : ALL) {
      keys.addAll(probe.keys());
    }
    return List.copyOf(keys);
  }

  /**
   * The built-in probe of a name.
   *
   * @param name a short name ({@code database}) or the probe's class name
   * @return the descriptor, empty when no built-in has that name
   */
  public static Optional<BuiltInProbe> named(String name) {
    for (BuiltInProbe probe : ALL) {
      if (probe.name().equals(name) || probe.type().getName().equals(name)) {
        return Optional.of(probe);
      }
    }
    return Optional.empty();
  }
}
