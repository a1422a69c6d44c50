package io.djk8s.core.engine;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.policy.ProbePolicies;
import io.djk8s.core.settings.Djk8sSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The engine as its hosts see it: the resolved probes of each group and the runs that answer the
 * probe paths, the MicroProfile Health checks, the status files and the command line. A host (the
 * CDI extension, Quarkus, the command line, a gRPC service) builds one with {@link
 * ProbeServiceBuilder} and hands it down; nothing in core calls back into the host.
 */
public interface ProbeService extends AutoCloseable {

  /**
   * The validated settings the service was built from.
   *
   * @return the settings
   */
  Djk8sSettings settings();

  /**
   * The probes of a group, in their configured order.
   *
   * @param group the group
   * @return the probes, possibly empty
   */
  List<NamedProbe> probes(ProbeGroup group);

  /**
   * One probe of a group by name.
   *
   * @param group the group
   * @param name the probe's name
   * @return the probe, empty when the group has none of that name
   */
  default Optional<NamedProbe> probe(ProbeGroup group, String name) {
    return probes(group).stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Runs probes of a group within one deadline. Startup probes stop running once every startup
   * probe has passed: from then on they answer ready.
   *
   * @param group the group the probes belong to
   * @param selected the probes to run, from {@link #probes(ProbeGroup)}
   * @param origin who asked
   * @param reuse how long a finished result may be reused
   * @return one outcome per probe, in order
   */
  ProbeReport run(ProbeGroup group, List<NamedProbe> selected, ProbeOrigin origin, Duration reuse);

  /**
   * What {@link #run} would answer for probes other than the startup ones, from finished results
   * alone: never runs a probe and never waits, so an event loop may call it.
   *
   * @param selected the probes, from {@link #probes(ProbeGroup)}
   * @param reuse how long a finished result may be reused
   * @return one outcome per probe, in order, or empty when any probe would have to run
   */
  Optional<ProbeReport> reused(List<NamedProbe> selected, Duration reuse);

  /**
   * Starts every probe of a group without waiting, so that checks asked one by one (MicroProfile
   * Health) all run in parallel and join these runs.
   *
   * @param group the group
   * @param origin who asked
   * @param reuse how long a finished result may be reused
   */
  void prefetch(ProbeGroup group, ProbeOrigin origin, Duration reuse);

  /**
   * Forgets the finished result of a probe, so that the next request runs it again: after a state
   * the probe reports has changed (manual readiness, the shutdown drain).
   *
   * @param name the probe's name
   */
  void invalidate(String name);

  /**
   * Adds a listener told of every outcome of every run.
   *
   * @param listener the listener; it must not block
   */
  void addListener(Consumer<ProbeOutcome> listener);

  /**
   * Whether every startup probe has passed once.
   *
   * @return true once started, for good
   */
  boolean started();

  /**
   * The deadline of each run.
   *
   * @return the deadline
   */
  default Duration timeout() {
    return settings().probeTimeout();
  }

  /**
   * Each probe's policy: its deadline, reuse windows, whether it is optional, and its background
   * interval. A host that builds no policies of its own gets the global keys for every probe.
   *
   * @return the policies
   */
  default ProbePolicies policies() {
    return ProbePolicies.uniform(settings().probeTimeout(), settings().cacheTtl());
  }

  /**
   * The line a host logs once the engine is built: the probes of each group, the deadline and the
   * paths, so every host reports its configuration the same way.
   *
   * @return for example {@code djk8s: readiness probes [database], liveness probes [], ...}
   */
  default String describe() {
    Djk8sSettings settings = settings();
    return "djk8s: readiness probes "
        + names(ProbeGroup.READINESS)
        + ", liveness probes "
        + names(ProbeGroup.LIVENESS)
        + ", startup probes "
        + names(ProbeGroup.STARTUP)
        + ", deadline "
        + settings.probeTimeout().toMillis()
        + " ms"
        + PolicyText.of(policies())
        + "; health paths "
        + settings.healthPaths()
        + ", ready paths "
        + settings.readyPaths()
        + ", startup paths "
        + settings.startupPaths();
  }

  private List<String> names(ProbeGroup group) {
    return probes(group).stream().map(NamedProbe::name).toList();
  }

  /** Stops the engine's threads and closes the built-in probes it created. */
  @Override
  void close();
}
