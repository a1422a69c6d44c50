package io.djk8s.cli.lint;

import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.probes.BuiltInProbes;
import io.djk8s.core.settings.Djk8sKeys;
import java.util.List;
import java.util.Optional;

/** Liveness must not depend on anything outside the process. */
final class LivenessRules implements ContainerRules {

  @Override
  public void check(ContainerContext context, boolean djk8s) {
    if (!djk8s) {
      return;
    }
    Container container = context.container();
    Optional<Probe> readiness = probe(container, Probe.Kind.READINESS);
    for (Probe probe : container.probes()) {
      if (probe.kind() != Probe.Kind.LIVENESS) {
        continue;
      }
      if (probe.http().isPresent()) {
        String path = probe.http().get().path();
        boolean readinessPath =
            Djk8sPaths.group(context.settings(), path)
                    .filter(Probe.Kind.READINESS::equals)
                    .isPresent()
                || readiness
                    .flatMap(Probe::http)
                    .filter(get -> get.path().equals(path))
                    .isPresent();
        if (readinessPath) {
          context.report(
              Rule.LIVENESS_ON_READINESS,
              probe.http().get().pathLine(),
              "livenessProbe path '"
                  + path
                  + "' is a readiness path: a database blip would restart every pod; point it at "
                  + context.settings().healthPaths());
        }
      }
      Optional<List<String>> arguments = Djk8sCommandLine.arguments(probe.exec());
      if (arguments.isPresent() && arguments.get().contains("--ready")) {
        context.report(
            Rule.LIVENESS_ON_READINESS,
            probe.execLine(),
            "livenessProbe runs 'probe --ready': a database blip would restart every pod; use"
                + " 'probe --live'");
      }
    }
    for (String name : context.settings().livenessProbes()) {
      Optional<BuiltInProbe> external = BuiltInProbes.named(name).filter(BuiltInProbe::external);
      if (external.isPresent()) {
        Located where =
            context
                .located(Djk8sKeys.LIVENESS_PROBES.name())
                .orElse(new Located("", context.workload().file(), container.line()));
        context.report(
            Rule.LIVENESS_EXTERNAL_PROBE,
            where.file(),
            where.line(),
            ContainerContext.variable(Djk8sKeys.LIVENESS_PROBES.name())
                + " names '"
                + name
                + "', a probe of an external dependency: when it is down the kubelet restarts the"
                + " container, which cannot help; move it to "
                + ContainerContext.variable(Djk8sKeys.READINESS_PROBES.name()));
      }
    }
  }

  static Optional<Probe> probe(Container container, Probe.Kind kind) {
    return container.probes().stream().filter(p -> p.kind() == kind).findFirst();
  }
}
