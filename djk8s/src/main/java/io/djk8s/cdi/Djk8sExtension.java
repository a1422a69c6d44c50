package io.djk8s.cdi;

import io.djk8s.ReadinessProbe;
import io.djk8s.config.MicroProfileSettings;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeNames;
import io.djk8s.core.policy.PolicyReader;
import io.djk8s.core.policy.PolicyResult;
import io.djk8s.core.policy.ProbePolicies;
import io.djk8s.core.probes.BuiltInProbes;
import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsResult;
import io.djk8s.core.settings.SettingsSource;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The CDI portable extension behind djk8s: finds the probe beans, reads and validates the
 * configuration at deployment (every problem at once, each with its key and value), and registers
 * the MicroProfile Health checks when the application has MicroProfile Health.
 */
public class Djk8sExtension implements Extension {

  private static final Logger LOG = Logger.getLogger("io.djk8s");
  private static final String HEALTH_CHECK = "org.eclipse.microprofile.health.HealthCheck";
  private static final String READINESS = "org.eclipse.microprofile.health.Readiness";

  private final List<ProbeCandidate> candidates = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private Djk8sSettings settings;
  private SettingsSource source;
  private ProbePolicies policies;
  private final Map<ProbeGroup, List<ProbeCandidate>> groups = new EnumMap<>(ProbeGroup.class);

  void collect(@Observes ProcessBean<?> event) {
    Bean<?> bean = event.getBean();
    if (bean.getTypes().contains(ReadinessProbe.class)) {
      candidates.add(ProbeCandidate.bean(ProbeNames.of(bean.getBeanClass()), bean, false));
    } else if (isApplicationReadinessCheck(bean)) {
      candidates.add(ProbeCandidate.bean(bean.getBeanClass().getName(), bean, true));
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
    return healthCheck && readiness && !HealthBridgeSwitch.isBridgeBean(bean);
  }

  void configure(@Observes AfterBeanDiscovery event) {
    source = MicroProfileSettings.current();
    SettingsResult result = SettingsReader.read(source);
    problems.addAll(result.problems());
    if (result.settings().isEmpty()) {
      return;
    }
    settings = result.settings().get();
    BuiltInProbes.ALL.forEach(probe -> candidates.add(ProbeCandidate.builtIn(probe)));
    ProbeResolver resolver = new ProbeResolver(candidates);
    Set<BuiltInProbe> selected = new LinkedHashSet<>();
    for (ProbeGroup group : ProbeGroup.values()) {
      ProbeResolver.Resolution resolution =
          resolver.resolve(group.key(), group.configured(settings));
      problems.addAll(resolution.problems());
      groups.put(group, ImplicitProbes.complete(group, resolution.probes(), candidates));
      resolution.probes().stream()
          .filter(ProbeCandidate::isBuiltIn)
          .forEach(probe -> selected.add(probe.builtIn()));
    }
    for (BuiltInProbe probe : selected) {
      KeyReader config = new KeyReader(source);
      probe.validate().accept(config);
      problems.addAll(config.problems());
    }
    PolicyResult policy =
        PolicyReader.read(source, settings, knownNames(), ProbeNames.upstreamAliases());
    problems.addAll(policy.problems());
    policy.warnings().forEach(warning -> LOG.warning(() -> "djk8s: " + warning));
    policies = policy.policies();
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

  /** Every probe a key may name: each group's, and every built-in and application probe. */
  private Set<String> knownNames() {
    Set<String> names = new LinkedHashSet<>();
    groups.values().forEach(group -> group.forEach(probe -> names.add(probe.name())));
    candidates.forEach(candidate -> names.add(candidate.name()));
    return names;
  }

  /**
   * Each probe's policy, read at deployment.
   *
   * @return the policies
   */
  ProbePolicies policies() {
    settings(); // fails when the configuration is invalid
    return policies;
  }

  /**
   * The configuration the settings were read from, for the built-in probes' own keys.
   *
   * @return the source
   */
  SettingsSource source() {
    return source;
  }

  /** The configured probes of a group, resolved to beans, in configured order. */
  List<ProbeCandidate> probes(ProbeGroup group) {
    return groups.getOrDefault(group, List.of());
  }
}
