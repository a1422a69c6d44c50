package io.djk8s.impl.cli;

import picocli.CommandLine.Command;

/** The {@code djk8s} command and its subcommands. */
@Command(
    name = "djk8s",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Kubernetes probes and one-shot jobs for Jakarta EE / MicroProfile applications.",
    subcommands = {
      ProbeCommand.class,
      Wait4DbCommand.class,
      EnsureAdminCommand.class,
      LockedMigrateCommand.class
    })
final class Djk8sCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "give a command: probe, wait4db, ensureadmin or lockedmigrate");
  }
}
