package io.djk8s.impl.cdi;

import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
import io.djk8s.impl.config.Djk8sSettings;
import io.djk8s.impl.health.HealthCheckProbe;
import io.djk8s.impl.lifecycle.StartupGate;
import io.djk8s.impl.probe.NamedProbe;
import io.djk8s.impl.probe.ProbeEngine;
import io.djk8s.impl.probe.ProbeGroup;
import io.djk8s.impl.probe.ProbeReport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The running djk8s of one application: its settings, its resolved probes and its engine. The HTTP
 * filter, the resources and the MicroProfile Health checks all go through it, so they share
 * deadlines and single-flight runs.
 */
@ApplicationScoped
public class Djk8sRuntime {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  @Inject Djk8sExtension extension;
  @Inject BeanManager beanManager;
  @Inject Instance<StartupGate> startupGate;

  private Djk8sSettings settings;
  private final Map<ProbeGroup, List<NamedProbe>> groups = new EnumMap<>(ProbeGroup.class);
  private ProbeEngine engine;

  @PostConstruct
  void start() {
    settings = extension.settings();
    int count = 0;
    for (ProbeGroup group : ProbeGroup.values()) {
      List<NamedProbe> probes = new ArrayList<>();
      for (ProbeCandidate candidate : extension.probes(group)) {
        probes.add(new NamedProbe(candidate.name(), reference(candidate)));
      }
      groups.put(group, List.copyOf(probes));
      count += probes.size();
    }
    engine = new ProbeEngine(settings.probeTimeout(), count + 1);
    LOG.info(
        () ->
            "djk8s: readiness probes "
                + names(ProbeGroup.READINESS)
                + ", liveness probes "
                + names(ProbeGroup.LIVENESS)
                + ", startup probes "
                + names(ProbeGroup.STARTUP)
                + ", deadline "
                + settings.probeTimeout().toMillis()
                + " ms; health paths "
                + settings.healthPaths()
                + ", ready paths "
                + settings.readyPaths()
                + ", startup paths "
                + settings.startupPaths()
                + (settings.filterEnabled() ? "" : " (filter disabled)"));
  }

  private List<String> names(ProbeGroup group) {
    return probes(group).stream().map(NamedProbe::name).toList();
  }

  void eager(@Observes @Initialized(ApplicationScoped.class) Object started) {
    settings(); // resolve the probes and log the configuration at start-up, not on first request
  }

  private ReadinessProbe reference(ProbeCandidate candidate) {
    Bean<?> bean = candidate.bean();
    if (candidate.healthCheck()) {
      return HealthCheckProbe.of(beanManager, bean);
    }
    return (ReadinessProbe)
        beanManager.getReference(
            bean, ReadinessProbe.class, beanManager.createCreationalContext(bean));
  }

  @PreDestroy
  void stop() {
    engine.close();
  }

  /**
   * The validated configuration.
   *
   * @return the settings
   */
  public Djk8sSettings settings() {
    return settings;
  }

  /**
   * The probes of a group in configured order.
   *
   * @param group readiness or liveness
   * @return an immutable list
   */
  public List<NamedProbe> probes(ProbeGroup group) {
    return groups.getOrDefault(group, List.of());
  }

  /**
   * One configured probe of a group by name.
   *
   * @param group readiness or liveness
   * @param name the probe's name
   * @return the probe, or empty when no configured probe of the group has that name
   */
  public Optional<NamedProbe> probe(ProbeGroup group, String name) {
    return probes(group).stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Runs probes of a group through the engine; startup probes go through the startup gate, which
   * answers ready without running them once the application has started.
   *
   * @param group the group the probes belong to
   * @param selected the probes to run, in order
   * @param origin who asks
   * @param reuse how long a finished run may be reused
   * @return one outcome per probe, in order
   */
  public ProbeReport run(
      ProbeGroup group, List<NamedProbe> selected, ProbeOrigin origin, Duration reuse) {
    if (group == ProbeGroup.STARTUP && startupGate.isResolvable()) {
      return startupGate.get().run(engine, probes(ProbeGroup.STARTUP), selected, origin, reuse);
    }
    return engine.run(selected, origin, reuse);
  }

  /**
   * Starts (or joins) runs of every probe of a group without waiting; nothing for the startup group
   * once the application has started.
   *
   * @param group the group
   * @param origin who asks
   * @param reuse how long a finished run may be reused
   */
  public void prefetch(ProbeGroup group, ProbeOrigin origin, Duration reuse) {
    if (group == ProbeGroup.STARTUP && startupGate.isResolvable() && startupGate.get().started()) {
      return;
    }
    engine.prefetch(probes(group), origin, reuse);
  }

  /**
   * The engine that runs every probe of this application.
   *
   * @return the engine
   */
  public ProbeEngine engine() {
    return engine;
  }
}
