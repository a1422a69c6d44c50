package io.djk8s.cli;

/** The exit codes every command shares; the README has one table per command. */
final class ExitCodes {

  /** Ready, stable, created or migrated. */
  static final int OK = 0;

  /** Not ready, timed out, or the work failed. */
  static final int FAILURE = 1;

  /** A usage or configuration error: wrong flags, bad values, unknown datasource. */
  static final int USAGE = 2;

  /** {@code probe}: nothing answered (client mode) or no status file exists (file mode). */
  static final int NO_ANSWER = 3;

  private ExitCodes() {}
}
