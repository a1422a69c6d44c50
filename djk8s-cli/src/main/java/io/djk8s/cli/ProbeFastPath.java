package io.djk8s.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Start-up shortcut for the exec probe's hot path. picocli 4.7 ships Java 5 bytecode, which the JVM
 * verifies slowly and class-data sharing cannot archive: building its model costs about 200 ms of
 * CPU per run, more than the rest of {@code probe --live} together. So a {@code probe} command line
 * made only of the probe's own options, each given once, fills the same {@link ProbeCommand} fields
 * that picocli would and runs the same code. Anything else, {@code --help}, {@code --version}, an
 * unknown or repeated option, a missing value, goes to picocli, which owns every message about
 * usage. A test runs both paths over the same command lines and compares their results.
 */
final class ProbeFastPath {

  /** Returned when the command line is not one for the fast path. */
  static final int NOT_HANDLED = Integer.MIN_VALUE;

  private ProbeFastPath() {}

  static int run(String[] args, Environment environment, PrintWriter out, PrintWriter err) {
    ProbeCommand command = parse(args);
    if (command == null) {
      return NOT_HANDLED;
    }
    command.environment(environment);
    try {
      return command.run(out, err);
    } catch (CliFailure failure) {
      err.println(failure.getMessage());
      if (failure.exitCode() == ExitCodes.USAGE) {
        err.println("Try 'djk8s probe --help'.");
      }
      return failure.exitCode();
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The command, or {@code null} when picocli must handle the line. */
  static ProbeCommand parse(String[] args) {
    if (args.length < 2 || !"probe".equals(args[0])) {
      return null;
    }
    ProbeCommand command = new ProbeCommand();
    boolean[] seen = new boolean[12];
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      int option = option(name);
      if (option < 0) {
        if (!cluster(arg, command, seen)) {
          return null;
        }
        continue;
      }
      if (seen[option]) {
        return null;
      }
      seen[option] = true;
      if (option < 4) {
        if (value != null) {
          return null;
        }
        flag(option, command);
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
          return null;
        }
        value = args[++i];
      }
      if (!value(option, value, command)) {
        return null;
      }
    }
    return command;
  }

  private static int option(String name) {
    switch (name) {
      case "-R":
      case "--ready":
        return 0;
      case "-L":
      case "--live":
        return 1;
      case "-H":
      case "--health":
        return 2;
      case "-q":
      case "--quiet":
        return 3;
      case "--mode":
        return 4;
      case "--url":
        return 5;
      case "--status-dir":
        return 6;
      case "--max-age":
        return 7;
      case "--timeout":
        return 8;
      case "--log-file":
        return 9;
      case "--grpc":
        return 10;
      case "--service":
        return 11;
      default:
        return -1;
    }
  }

  /** Clustered short flags such as {@code -Rq}. */
  private static boolean cluster(String arg, ProbeCommand command, boolean[] seen) {
    if (arg.length() < 3 || arg.charAt(0) != '-' || arg.charAt(1) == '-') {
      return false;
    }
    for (int c = 1; c < arg.length(); c++) {
      int option = "RLHq".indexOf(arg.charAt(c));
      if (option < 0 || seen[option]) {
        return false;
      }
      seen[option] = true;
      flag(option, command);
    }
    return true;
  }

  private static void flag(int option, ProbeCommand command) {
    switch (option) {
      case 0:
        command.ready = true;
        break;
      case 1:
        command.live = true;
        break;
      case 2:
        command.health = true;
        break;
      default:
        command.quiet = true;
    }
  }

  private static boolean value(int option, String value, ProbeCommand command) {
    switch (option) {
      case 4:
        command.mode = value;
        return true;
      case 5:
        command.url = value;
        return true;
      case 6:
        command.statusDir = path(value);
        return command.statusDir != null;
      case 7:
        command.maxAge = value;
        return true;
      case 8:
        command.timeout = value;
        return true;
      case 10:
        command.grpc = value;
        return true;
      case 11:
        command.service = value;
        return true;
      default:
        command.logFile = path(value);
        return command.logFile != null;
    }
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
