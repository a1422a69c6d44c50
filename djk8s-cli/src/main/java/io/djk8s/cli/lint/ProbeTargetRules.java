package io.djk8s.cli.lint;

import io.djk8s.core.settings.Djk8sKeys;
import java.util.Optional;

/** Paths, ports and headers of {@code httpGet} probes. */
final class ProbeTargetRules implements ContainerRules {

  @Override
  public void check(ContainerContext context, boolean djk8s) {
    for (Probe probe : context.container().probes()) {
      if (probe.terminationGracePeriodSeconds().isPresent()
          && probe.kind() == Probe.Kind.READINESS) {
        context.report(
            Rule.READINESS_TERMINATION_GRACE,
            probe.line(),
            "readinessProbe sets terminationGracePeriodSeconds, which the API rejects on a"
                + " readiness probe: remove it (it belongs on liveness or startup probes)");
      }
      if (probe.http().isEmpty()) {
        continue;
      }
      Probe.HttpGet get = probe.http().get();
      port(context, probe, get);
      for (Probe.Header header : get.headers()) {
        if (header.name().equalsIgnoreCase("Authorization")) {
          context.report(
              Rule.AUTHORIZATION_HEADER,
              header.line(),
              probe.kind().field()
                  + " sends an Authorization header: the credential sits in plain text in the pod"
                  + " spec; djk8s's paths need none");
        }
      }
      if (djk8s && Djk8sPaths.group(context.settings(), get.path()).isEmpty()) {
        context.report(
            Rule.PROBE_PATH,
            get.pathLine(),
            probe.kind().field()
                + " path '"
                + get.path()
                + "' is not a djk8s path: this container answers "
                + answered(context)
                + " (set "
                + ContainerContext.variable(Djk8sKeys.READY_PATHS.name())
                + " and the like to change them)");
      }
    }
  }

  private static String ports(Container container) {
    StringBuilder text = new StringBuilder("[");
    for (Container.Port port : container.ports()) {
      text.append(text.length() > 1 ? ", " : "");
      text.append(port.name().isEmpty() ? "" : port.name() + " ").append(port.number());
    }
    return text.append(']').toString();
  }

  private static String answered(ContainerContext context) {
    StringBuilder text = new StringBuilder();
    text.append("health ").append(context.settings().healthPaths());
    text.append(", readiness ").append(context.settings().readyPaths());
    text.append(", startup ").append(context.settings().startupPaths());
    return text.toString();
  }

  private static void port(ContainerContext context, Probe probe, Probe.HttpGet get) {
    Container container = context.container();
    Optional<String> port = get.port();
    String field = probe.kind().field();
    if (port.isEmpty()) {
      context.report(Rule.PROBE_PORT, get.portLine(), field + " httpGet has no port");
      return;
    }
    String value = port.get();
    if (!value.chars().allMatch(Character::isDigit)) {
      if (container.ports().stream().noneMatch(p -> p.name().equals(value))) {
        context.report(
            Rule.PROBE_PORT,
            get.portLine(),
            field
                + " port '"
                + value
                + "' is not the name of one of the container's ports "
                + ports(container)
                + ": the kubelet cannot resolve it and the probe always fails");
      }
      return;
    }
    int number = Integer.parseInt(value);
    if (container.ports().isEmpty()) {
      context.report(
          Rule.PROBE_PORT_UNDECLARED,
          get.portLine(),
          field + " port " + number + ": the container declares no ports to check it against");
    } else if (container.ports().stream().noneMatch(p -> p.number() == number)) {
      context.report(
          Rule.PROBE_PORT,
          get.portLine(),
          field
              + " port "
              + number
              + " is not one of the container's ports "
              + ports(container)
              + ": the probe reaches nothing, or something else");
    }
  }
}
