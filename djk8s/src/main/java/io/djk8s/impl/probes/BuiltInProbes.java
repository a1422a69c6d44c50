package io.djk8s.impl.probes;

import io.djk8s.impl.probes.memcached.MemcachedProbe;
import io.djk8s.impl.probes.net.HttpProbe;
import io.djk8s.impl.probes.net.TcpProbe;
import io.djk8s.impl.probes.redis.RedisProbe;
import io.djk8s.impl.probes.system.DiskProbe;
import io.djk8s.impl.probes.system.LoadProbe;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.Config;

/**
 * The configuration checks of the built-in probes, run at deployment for the probes that are
 * selected only: an unselected probe's keys are never read, so they cannot fail a deployment.
 */
public final class BuiltInProbes {

  private static final Map<Class<?>, Consumer<ProbeConfig>> CHECKS =
      Map.of(
          MemcachedProbe.class, MemcachedProbe::validate,
          RedisProbe.class, RedisProbe::validate,
          TcpProbe.class, TcpProbe::validate,
          HttpProbe.class, HttpProbe::validate,
          DiskProbe.class, DiskProbe::validate,
          LoadProbe.class, LoadProbe::validate);

  private BuiltInProbes() {}

  /**
   * Checks the configuration of the selected built-in probes.
   *
   * @param selected the bean classes of every selected probe, of every group
   * @param config the application's configuration
   * @return every problem, each naming its key and value; empty when valid
   */
  public static List<String> problems(Collection<Class<?>> selected, Config config) {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : new LinkedHashSet<>(selected)) {
      Consumer<ProbeConfig> check = CHECKS.get(type);
      if (check != null) {
        ProbeConfig reader = new ProbeConfig(config);
        check.accept(reader);
        problems.addAll(reader.problems());
      }
    }
    return problems;
  }
}
