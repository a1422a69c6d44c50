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
record ProbeResult(int exitCode, String message, Optional<String> detail) {

  ProbeResult {
    message = Redaction.mask(message);
    detail = detail.map(Redaction::mask);
  }

  static ProbeResult ok() {
    return new ProbeResult(ExitCodes.OK, "Ok", Optional.empty());
  }

  static ProbeResult notReady(String content, String detail) {
    return new ProbeResult(ExitCodes.FAILURE, content, Optional.ofNullable(detail));
  }

  static ProbeResult noAnswer(String message) {
    return new ProbeResult(ExitCodes.NO_ANSWER, message, Optional.empty());
  }
}
