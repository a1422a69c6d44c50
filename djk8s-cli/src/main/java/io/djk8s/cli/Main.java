package io.djk8s.cli;

import io.djk8s.core.text.Redaction;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar djk8s-cli.jar <command>}: builds the command line, runs it and
 * exits with its code.
 */
public final class Main {

  private Main() {}

  /**
   * Runs a command and exits the JVM with its exit code.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true),
            Environment.system()));
  }

  /**
   * Runs a command without exiting, for tests and embedding.
   *
   * @param args the command and its options
   * @param out standard output
   * @param err standard error
   * @param environment where environment variables and system properties come from
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
    int fast = ProbeFastPath.run(args, environment, out, err);
    return fast != ProbeFastPath.NOT_HANDLED ? fast : runPicocli(args, out, err, environment);
  }

  /**
   * Parses a command line without running it, for tools that check command lines written elsewhere
   * (the Kubernetes manifests' tests).
   *
   * @param args the command and its options, as a container would pass them
   * @throws IllegalArgumentException with picocli's message when the command line is not valid
   */
  public static void checkArguments(String... args) {
    try {
      commandLine(Environment.of(Map.of()), args).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  static int runPicocli(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
    CommandLine line = commandLine(environment, args);
    line.setOut(out);
    line.setErr(err);
    try {
      return line.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static CommandLine commandLine(Environment environment, String... args) {
    Factory factory = new Factory(environment);
    CommandLine line = new CommandLine(new Djk8sCommand(), factory);
    Map<String, Class<?>> subcommands = new LinkedHashMap<>();
    subcommands.put("probe", ProbeCommand.class);
    subcommands.put("wait4db", Wait4DbCommand.class);
    subcommands.put("ensureadmin", EnsureAdminCommand.class);
    subcommands.put("lockedmigrate", LockedMigrateCommand.class);
    subcommands.put("lint", io.djk8s.cli.lint.LintCommand.class);
    subcommands.put("kubelet", io.djk8s.cli.kubelet.KubeletCommand.class);
    String first = args.length == 0 ? "" : args[0];
    boolean one = subcommands.containsKey(first);
    subcommands.forEach(
        (name, type) -> {
          if (!one || name.equals(first)) {
            line.addSubcommand(name, new CommandLine(type, factory));
          }
        });
    line.setParameterExceptionHandler(
        (exception, ignoredArgs) -> {
          CommandLine failed = exception.getCommandLine();
          PrintWriter err = failed.getErr();
          err.println(Redaction.mask(exception.getMessage()));
          err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.USAGE;
        });
    line.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          PrintWriter err = failed.getErr();
          if (exception instanceof CommandLine.ParameterException usage) {
            return failed.getParameterExceptionHandler().handleParseException(usage, new String[0]);
          }
          if (exception instanceof CliFailure failure) {
            err.println(Redaction.mask(failure.getMessage()));
            return failure.exitCode();
          }
          err.println(
              failed.getCommandName() + ": unexpected failure: " + exception.getClass().getName());
          Redaction.masked(exception).printStackTrace(err);
          return ExitCodes.FAILURE;
        });
    return line;
  }

  /** Creates commands with the environment they read. */
  private record Factory(Environment environment) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      K created = CommandLine.defaultFactory().create(type);
      if (created instanceof EnvironmentAware aware) {
        aware.environment(environment);
      }
      return created;
    }
  }
}
