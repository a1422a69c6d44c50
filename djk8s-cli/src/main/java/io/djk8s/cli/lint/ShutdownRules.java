package io.djk8s.cli.lint;

import io.djk8s.core.settings.Djk8sKeys;
import java.time.Duration;
import java.util.Optional;

/**
 * On shutdown djk8s answers readiness 503 for the drain while still serving: the drain must last
 * until the kubelet has seen enough failures to take the pod out of the endpoints, and the pod's
 * grace period must cover the drain and any {@code preStop} sleep before it.
 */
final class ShutdownRules implements ContainerRules {

  @Override
  public void check(ContainerContext context, boolean djk8s) {
    Container container = context.container();
    Optional<Probe> readiness = LivenessRules.probe(container, Probe.Kind.READINESS);
    boolean serves =
        readiness
            .flatMap(Probe::http)
            .flatMap(get -> Djk8sPaths.group(context.settings(), get.path()))
            .isPresent();
    if (!djk8s || !serves || container.role() == Container.Role.INIT) {
      return;
    }
    Probe probe = readiness.get();
    Duration drain = context.settings().shutdownDrain();
    long noticed = (long) probe.periodSeconds() * probe.failureThreshold();
    String drainKey = ContainerContext.variable(Djk8sKeys.SHUTDOWN_DRAIN.name());
    if (drain.compareTo(Duration.ofSeconds(noticed)) < 0) {
      context.report(
          Rule.SHUTDOWN_DRAIN,
          probe.line(),
          "the drain ("
              + drainKey
              + ", "
              + seconds(drain)
              + ") is shorter than readiness periodSeconds × failureThreshold ("
              + probe.periodSeconds()
              + " × "
              + probe.failureThreshold()
              + " = "
              + noticed
              + " s): the pod stops serving before it leaves the endpoints; set "
              + drainKey
              + " to at least "
              + noticed
              + "s");
    }
    int sleep = container.preStopSleepSeconds().orElse(0);
    Duration needed = drain.plusSeconds(sleep);
    Workload workload = context.workload();
    int grace = workload.terminationGracePeriodSeconds().orElse(Workload.DEFAULT_GRACE_SECONDS);
    if (Duration.ofSeconds(grace).compareTo(needed) < 0) {
      context.report(
          Rule.TERMINATION_GRACE,
          workload.graceLine(),
          "terminationGracePeriodSeconds "
              + grace
              + (workload.terminationGracePeriodSeconds().isEmpty() ? " (the default)" : "")
              + " does not cover the drain ("
              + seconds(drain)
              + ")"
              + (sleep > 0 ? " plus the preStop sleep (" + sleep + " s)" : "")
              + ": the container is killed while still draining; set it to at least "
              + (needed.toSeconds() + (needed.toMillisPart() > 0 ? 1 : 0)));
    }
  }

  private static String seconds(Duration duration) {
    return duration.toMillisPart() == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }
}
