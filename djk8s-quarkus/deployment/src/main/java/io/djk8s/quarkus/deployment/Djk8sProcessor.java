package io.djk8s.quarkus.deployment;

import io.djk8s.ReadinessProbe;
import io.djk8s.quarkus.Djk8sLifecycle;
import io.djk8s.quarkus.Djk8sRecorder;
import io.djk8s.quarkus.HealthBridge;
import io.djk8s.quarkus.ManualReadiness;
import io.djk8s.quarkus.SelfCheckOnStart;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.vertx.http.deployment.FilterBuildItem;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;

/**
 * The build steps of djk8s on Quarkus: the beans of the runtime module, the probe beans kept from
 * ArC's removal of unused beans, the probe route ahead of HTTP authentication, and the MicroProfile
 * Health bridge when {@code quarkus-smallrye-health} is present.
 */
class Djk8sProcessor {

  /** The feature name in Quarkus's start-up banner. */
  static final String FEATURE = "djk8s";

  /**
   * The route's filter priority: after CORS (300), ahead of authentication (200) and authorization
   * (100), so a {@code quarkus.http.auth.permission} on {@code /*} never reaches the probe paths.
   */
  static final int ROUTE_PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 50;

  private static final Logger LOG = Logger.getLogger("io.djk8s");
  private static final DotName PROBE = DotName.createSimple(ReadinessProbe.class.getName());

  @BuildStep
  FeatureBuildItem feature() {
    return new FeatureBuildItem(FEATURE);
  }

  @BuildStep
  void beans(Capabilities capabilities, BuildProducer<AdditionalBeanBuildItem> beans) {
    beans.produce(
        AdditionalBeanBuildItem.builder()
            .addBeanClasses(Djk8sLifecycle.class, ManualReadiness.class, SelfCheckOnStart.class)
            .setUnremovable()
            .build());
    if (capabilities.isPresent(Capability.SMALLRYE_HEALTH)) {
      beans.produce(AdditionalBeanBuildItem.unremovableOf(HealthBridge.class));
    }
  }

  /**
   * Keeps every bean implementing {@link ReadinessProbe}: the probe lists are runtime configuration
   * ({@code DJK8S_READINESS_PROBES}), so nothing at build time injects them, and ArC would remove
   * them as unused. Keeps the datasources the {@code database} probe looks up too.
   */
  @BuildStep
  void unremovable(
      CombinedIndexBuildItem index, BuildProducer<UnremovableBeanBuildItem> unremovable) {
    unremovable.produce(UnremovableBeanBuildItem.beanTypes(PROBE));
    unremovable.produce(
        UnremovableBeanBuildItem.beanTypes(DotName.createSimple("javax.sql.DataSource")));
    LOG.fine(
        () ->
            "djk8s: probe classes "
                + index.getIndex().getAllKnownImplementations(PROBE).stream()
                    .map(ClassInfo::name)
                    .map(DotName::toString)
                    .sorted()
                    .collect(Collectors.joining(", ")));
  }

  @BuildStep
  @Record(ExecutionTime.RUNTIME_INIT)
  FilterBuildItem route(Djk8sRecorder recorder) {
    return new FilterBuildItem(recorder.probeRoute(), ROUTE_PRIORITY);
  }
}
