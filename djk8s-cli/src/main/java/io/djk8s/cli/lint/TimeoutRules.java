package io.djk8s.cli.lint;

import io.djk8s.core.settings.Djk8sKeys;
import java.time.Duration;

/**
 * {@code timeoutSeconds} must exceed djk8s's deadline, so a slow dependency yields djk8s's 503 and
 * a logged reason rather than a kubelet timeout. An exec probe also pays the JVM's start-up.
 */
final class TimeoutRules implements ContainerRules {

  /** What an exec probe's JVM start-up adds (docs: ~0.4–0.55 s to the first JDBC answer). */
  static final Duration JVM_START = Duration.ofMillis(500);

  @Override
  public void check(ContainerContext context, boolean djk8s) {
    if (!djk8s) {
      return;
    }
    Duration deadline = context.settings().probeTimeout();
    for (Probe probe : context.container().probes()) {
      boolean http =
          probe.http().flatMap(get -> Djk8sPaths.group(context.settings(), get.path())).isPresent();
      boolean exec =
          Djk8sCommandLine.arguments(probe.exec()).filter(a -> a.contains("probe")).isPresent();
      if (!http && !exec) {
        continue;
      }
      Duration needed = exec ? deadline.plus(JVM_START) : deadline;
      Duration timeout = Duration.ofSeconds(probe.timeoutSeconds());
      if (timeout.compareTo(needed) <= 0) {
        context.report(
            Rule.PROBE_TIMEOUT,
            probe.line(),
            probe.kind().field()
                + " timeoutSeconds "
                + probe.timeoutSeconds()
                + (probe.timeoutSeconds() == Probe.DEFAULT_TIMEOUT_SECONDS ? " (the default)" : "")
                + " is not above djk8s's deadline of "
                + deadline.toMillis()
                + " ms ("
                + ContainerContext.variable(Djk8sKeys.PROBE_TIMEOUT.name())
                + (exec ? ", plus ~" + JVM_START.toMillis() + " ms of JVM start-up" : "")
                + "): the kubelet gives up before djk8s answers; raise timeoutSeconds or lower the"
                + " deadline");
      }
    }
  }
}
