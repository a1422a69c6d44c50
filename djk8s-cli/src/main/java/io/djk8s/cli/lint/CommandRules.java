package io.djk8s.cli.lint;

import io.djk8s.cli.Main;
import java.util.List;
import java.util.Optional;

/**
 * Exec probes and container commands that run djk8s must parse as a djk8s command line: the real
 * parser ({@link Main#checkArguments}) decides.
 */
final class CommandRules implements ContainerRules {

  @Override
  public void check(ContainerContext context, boolean djk8s) {
    Container container = context.container();
    check(context, container.command(), container.commandLine(), "command");
    for (Probe probe : container.probes()) {
      check(context, probe.exec(), probe.execLine(), probe.kind().field() + " exec command");
    }
  }

  private static void check(ContainerContext context, List<String> command, int line, String what) {
    Optional<List<String>> arguments = Djk8sCommandLine.arguments(command);
    if (arguments.isEmpty()) {
      return;
    }
    if (arguments.get().isEmpty()) {
      context.report(Rule.EXEC_COMMAND, line, what + " runs djk8s without a command");
      return;
    }
    try {
      Main.checkArguments(arguments.get().toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      context.report(
          Rule.EXEC_COMMAND,
          line,
          what + " " + arguments.get() + " is not a valid djk8s command line: " + e.getMessage());
    }
  }
}
