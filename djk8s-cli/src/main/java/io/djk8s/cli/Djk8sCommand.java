package io.djk8s.cli;

import picocli.CommandLine.Command;

/**
 * The {@code djk8s} command. Its subcommands are added by {@link Main}, only the one being run when
 * the command line names one: picocli reflects over every registered command, and the others would
 * load classes (Flyway's among them) that {@code probe} never needs.
 */
@Command(
    name = "djk8s",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Kubernetes probes and one-shot jobs for Jakarta EE / MicroProfile applications.")
final class Djk8sCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "give a command: probe, wait4db, ensureadmin or lockedmigrate");
  }
}
