package io.djk8s.cli.lint;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code djk8s lint FILE...|-}: checks Kubernetes manifests against djk8s and the kubelet. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the probes, ports, timeouts and shutdown settings of Kubernetes manifests (Deployment,"
          + " StatefulSet, DaemonSet, Job, CronJob, Pod) against each container's djk8s settings"
          + " and the kubelet's rules. '-' reads standard input (helm template ... | djk8s lint -).",
      "Exit codes: 0 clean, 1 errors (or warnings with --strict), 2 usage."
    })
public final class LintCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML files, or - for stdin")
  List<String> files = new ArrayList<>();

  @Option(names = "--strict", description = "Warnings fail too.")
  boolean strict;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  /** Created by picocli. */
  public LintCommand() {}

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(), "--format='" + format + "': must be 'text' or 'json'");
    }
    List<Manifests.Source> sources = new ArrayList<>();
    for (String file : files) {
      try {
        sources.add(Manifests.Source.read(file, System.in));
      } catch (NoSuchFileException e) {
        throw new ParameterException(spec.commandLine(), file + ": no such file");
      } catch (IOException e) {
        throw new ParameterException(
            spec.commandLine(), file + ": cannot be read: " + e.getMessage());
      }
    }
    List<Finding> findings = Linter.lint(Manifests.read(sources));
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? LintReport.json(findings) : LintReport.text(findings));
    out.flush();
    return LintReport.exitCode(findings, strict);
  }
}
