package io.djk8s.cli;

import io.djk8s.core.text.Redaction;
import java.util.Optional;

/**
 * What {@code probe} found.
 *
 * @param exitCode the process exit code
 * @param message the line for standard output: {@code Ok} or the failing probe's content
 * @param detail what the operator should read on standard error, if anything
 */
record ProbeResult(int exitCode, String message, Optional<String> detail, boolean detailShown) {

  ProbeResult {
    message = Redaction.mask(message);
    detail = detail.map(Redaction::mask);
  }

  static ProbeResult ok() {
    return new ProbeResult(ExitCodes.OK, "Ok", Optional.empty(), true);
  }

  static ProbeResult notReady(String content, String detail) {
    return new ProbeResult(ExitCodes.FAILURE, content, Optional.ofNullable(detail), true);
  }

  /**
   * Not ready, with a detail that only {@code --log-file} gets: what a probe run in-process says
   * under {@code djk8s.details=never}, since the kubelet copies standard error into events that
   * anyone who can read the namespace sees.
   */
  static ProbeResult notReadyDetailWithheld(String content, String detail) {
    return new ProbeResult(ExitCodes.FAILURE, content, Optional.ofNullable(detail), false);
  }

  static ProbeResult noAnswer(String message) {
    return new ProbeResult(ExitCodes.NO_ANSWER, message, Optional.empty(), true);
  }
}
