package io.djk8s.cli;

/** A command's clean failure: a message for standard error and an exit code, no stack trace. */
final class CliFailure extends RuntimeException {

  private final int exitCode;

  CliFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  static CliFailure usage(String message) {
    return new CliFailure(ExitCodes.USAGE, message);
  }

  static CliFailure failed(String message) {
    return new CliFailure(ExitCodes.FAILURE, message);
  }

  int exitCode() {
    return exitCode;
  }
}
