package io.djk8s.cdi;

import io.djk8s.ReadinessProbe;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ProbeServiceBuilder;
import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.mphealth.HealthCheckProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.logging.Logger;

/**
 * The composition root of a CDI application: builds the engine ({@link ProbeService}) from the
 * probes and settings {@link Djk8sExtension} resolved at deployment and hands it to every bean that
 * injects it. Nothing downstream knows the CDI wiring.
 */
@ApplicationScoped
public class ProbeServiceProducer {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  @Produces
  @ApplicationScoped
  public ProbeService probeService(Djk8sExtension extension, BeanManager beanManager) {
    Djk8sSettings settings = extension.settings();
    CdiProbeHost host = new CdiProbeHost(beanManager);
    ProbeServiceBuilder builder = new ProbeServiceBuilder(settings).policies(extension.policies());
    for (ProbeGroup group : ProbeGroup.values()) {
      for (ProbeCandidate candidate : extension.probes(group)) {
        ReadinessProbe probe = create(candidate, extension, host, beanManager);
        if (candidate.isBuiltIn() && probe instanceof AutoCloseable closeable) {
          builder.owns(closeable);
        }
        builder.add(group, new NamedProbe(candidate.name(), probe));
      }
    }
    ProbeService service = builder.build();
    LOG.info(() -> service.describe() + (settings.filterEnabled() ? "" : " (filter disabled)"));
    return service;
  }

  public void dispose(@Disposes ProbeService service) {
    service.close();
  }

  /** Builds the engine at start-up, so the configuration is logged then, not on first request. */
  void eager(@Observes @Initialized(ApplicationScoped.class) Object started, ProbeService service) {
    service.settings();
  }

  private static ReadinessProbe create(
      ProbeCandidate candidate,
      Djk8sExtension extension,
      CdiProbeHost host,
      BeanManager beanManager) {
    if (candidate.isBuiltIn()) {
      return candidate.builtIn().create(new KeyReader(extension.source()), host);
    }
    Bean<?> bean = candidate.bean();
    if (candidate.healthCheck()) {
      return HealthCheckProbe.of(beanManager, bean);
    }
    return (ReadinessProbe)
        beanManager.getReference(
            bean, ReadinessProbe.class, beanManager.createCreationalContext(bean));
  }
}
