package io.djk8s.cli.kubelet;

import io.djk8s.cli.lint.Probe;

/**
 * What the kubelet would conclude from one probe.
 *
 * @param passes whether the probe succeeds
 * @param line the sentence printed for it
 */
record Verdict(boolean passes, String line) {

  static Verdict of(String who, Probe probe, boolean passes, String outcome, String note) {
    String kind = probe.kind().word();
    if (passes) {
      return new Verdict(true, who + ": " + kind + " passes (" + outcome + ")" + note);
    }
    int after = probe.periodSeconds() * probe.failureThreshold();
    String consequence =
        switch (probe.kind()) {
          case READINESS -> "the pod would be taken out of the Service's endpoints";
          case LIVENESS -> "the container would be restarted";
          case STARTUP -> "the container would never count as started and be restarted";
        };
    return new Verdict(
        false,
        who
            + ": "
            + kind
            + " fails with "
            + outcome
            + ": "
            + consequence
            + " after "
            + probe.failureThreshold()
            + " failures, "
            + after
            + " s"
            + note);
  }
}
