package io.djk8s.impl.cdi;

import io.djk8s.ReadinessProbe;
import io.djk8s.impl.config.Djk8sKeys;
import io.djk8s.impl.config.Djk8sSettings;
import io.djk8s.impl.config.SettingsReader;
import io.djk8s.impl.config.SettingsResult;
import io.djk8s.impl.probe.ProbeGroup;
import io.djk8s.impl.probe.ProbeNames;
import io.djk8s.impl.probes.BuiltInProbes;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The CDI portable extension behind djk8s: finds the probe beans, reads and validates the
 * configuration at deployment (every problem at once, each with its key and value), and registers
 * the MicroProfile Health checks when the application has MicroProfile Health.
 */
public class Djk8sExtension implements Extension {

  private static final String HEALTH_CHECK = "org.eclipse.microprofile.health.HealthCheck";
  private static final String READINESS = "org.eclipse.microprofile.health.Readiness";

  private final List<ProbeCandidate> candidates = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private Djk8sSettings settings;
  private final Map<ProbeGroup, List<ProbeCandidate>> groups = new EnumMap<>(ProbeGroup.class);

  void collect(@Observes ProcessBean<?> event) {
    Bean<?> bean = event.getBean();
    if (bean.getTypes().contains(ReadinessProbe.class)) {
      candidates.add(new ProbeCandidate(ProbeNames.of(bean.getBeanClass()), bean, false));
    } else if (isApplicationReadinessCheck(bean)) {
      candidates.add(new ProbeCandidate(bean.getBeanClass().getName(), bean, true));
    }
  }

  private static boolean isApplicationReadinessCheck(Bean<?> bean) {
    boolean healthCheck = false;
    for (Type type : bean.getTypes()) {
      healthCheck |= type.getTypeName().equals(HEALTH_CHECK);
    }
    boolean readiness = false;
    for (Annotation qualifier : bean.getQualifiers()) {
      readiness |= qualifier.annotationType().getName().equals(READINESS);
    }
    return healthCheck
        && readiness
        && !bean.getBeanClass().getName().startsWith("io.djk8s.impl.health.");
  }

  void configure(@Observes AfterBeanDiscovery event) {
    Config config = ConfigProvider.getConfig();
    SettingsResult result = SettingsReader.read(config);
    problems.addAll(result.problems());
    if (result.settings().isEmpty()) {
      return;
    }
    settings = result.settings().get();
    ProbeResolver resolver = new ProbeResolver(candidates);
    List<Class<?>> selected = new ArrayList<>();
    for (ProbeGroup group : ProbeGroup.values()) {
      String key =
          switch (group) {
            case READINESS -> Djk8sKeys.READINESS_PROBES;
            case LIVENESS -> Djk8sKeys.LIVENESS_PROBES;
            case STARTUP -> Djk8sKeys.STARTUP_PROBES;
          };
      ProbeResolver.Resolution resolution = resolver.resolve(key, settings.probes(group));
      problems.addAll(resolution.problems());
      groups.put(group, ImplicitProbes.complete(group, resolution.probes(), candidates));
      resolution.probes().forEach(probe -> selected.add(probe.bean().getBeanClass()));
    }
    problems.addAll(BuiltInProbes.problems(selected, config));
    if (problems.isEmpty()
        && !settings.healthDefaultProceduresDisabled()
        && HealthBridgeSwitch.healthApiPresent()) {
      HealthBridgeSwitch.register(
          event,
          groups.get(ProbeGroup.READINESS),
          groups.get(ProbeGroup.LIVENESS),
          groups.get(ProbeGroup.STARTUP));
    }
  }

  void validate(@Observes AfterDeploymentValidation event) {
    if (!problems.isEmpty()) {
      event.addDeploymentProblem(
          new DeploymentException(
              "djk8s configuration is invalid:\n - " + String.join("\n - ", problems)));
    }
  }

  /**
   * The validated settings.
   *
   * @return the settings read at deployment
   * @throws IllegalStateException when read before deployment or when invalid
   */
  public Djk8sSettings settings() {
    if (settings == null || !problems.isEmpty()) {
      throw new IllegalStateException("djk8s settings are not valid: " + problems);
    }
    return settings;
  }

  /** The configured probes of a group, resolved to beans, in configured order. */
  List<ProbeCandidate> probes(ProbeGroup group) {
    return groups.getOrDefault(group, List.of());
  }
}
