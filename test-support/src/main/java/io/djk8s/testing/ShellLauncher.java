package io.djk8s.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the djk8s launcher script under a real POSIX shell (dash or busybox ash) with a {@code PATH}
 * of its own: {@code date} (busybox's own applet under busybox) and, when asked, a {@code java}
 * that notes it was started before it runs the real one, so a test can tell whether the shell
 * answered by itself.
 */
public final class ShellLauncher {

  /** A shell the launcher must run under. */
  public enum Shell {
    /** Debian's {@code /bin/sh}. */
    DASH("dash"),
    /** busybox ash, the shell of Alpine and of busybox images. */
    BUSYBOX("busybox");

    private final String binary;

    Shell(String binary) {
      this.binary = binary;
    }

    private Path locate() {
      for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
        Path candidate = Path.of(dir, binary);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
      Services.missing(binary + " (apt-get install -y " + binary + ")");
      throw new AssertionError("unreachable");
    }
  }

  /**
   * One finished run.
   *
   * @param exit the exit code
   * @param out standard output
   * @param err standard error
   * @param startedJava whether the launcher started {@code java}
   */
  public record Run(int exit, String out, String err, boolean startedJava) {}

  private final Shell shell;
  private final Path binary;
  private final Path script;
  private final Path home;
  private final Path bin;
  private final Path marker;

  private ShellLauncher(Shell shell, Path script, Path home, Path work, boolean withJava)
      throws IOException {
    this.shell = shell;
    this.binary = shell.locate();
    this.script = script.toAbsolutePath();
    this.home = home.toAbsolutePath();
    this.bin =
        Files.createDirectories(work.resolve(shell.name().toLowerCase(Locale.ROOT) + "-bin"));
    this.marker = work.resolve(shell.name().toLowerCase(Locale.ROOT) + "-java-started");
    Path date = bin.resolve("date");
    if (!Files.exists(date)) {
      Files.createSymbolicLink(
          date, shell == Shell.BUSYBOX ? binary : Path.of(which("date", "/usr/bin/date")));
    }
    Path wrapper = bin.resolve("java");
    if (withJava && !Files.exists(wrapper)) {
      Path real = Path.of(System.getProperty("java.home"), "bin", "java");
      Files.writeString(
          wrapper,
          "#!/bin/sh\necho started >> '" + marker + "'\nexec '" + real + "' \"$@\"\n",
          StandardCharsets.UTF_8);
      wrapper.toFile().setExecutable(true);
    }
  }

  /**
   * A launcher under a shell.
   *
   * @param shell the shell
   * @param script the launcher script
   * @param home its {@code DJK8S_CLI_HOME}: the directory of {@code djk8s-cli.jar}
   * @param work a directory for the shell's {@code PATH}
   * @param withJava whether {@code java} is on that {@code PATH}
   * @return the launcher, or the test is skipped (failed in CI) when the shell is not installed
   * @throws IOException when the directory cannot be prepared
   */
  public static ShellLauncher of(Shell shell, Path script, Path home, Path work, boolean withJava)
      throws IOException {
    return new ShellLauncher(shell, script, home, work, withJava);
  }

  /**
   * Runs the launcher with only the given environment (and {@code PATH}, {@code DJK8S_CLI_HOME}).
   *
   * @param environment the variables
   * @param args the launcher's arguments
   * @return the finished run
   * @throws Exception when the run does not finish within 60 s
   */
  public Run run(Map<String, String> environment, List<String> args) throws Exception {
    Files.deleteIfExists(marker);
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    if (shell == Shell.BUSYBOX) {
      command.add("sh");
    }
    command.add(script.toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().put("PATH", bin.toString());
    builder.environment().put("DJK8S_CLI_HOME", home.toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    try {
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      byte[] err = process.getErrorStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the launcher did not finish: " + command);
      }
      return new Run(
          process.exitValue(),
          new String(out, StandardCharsets.UTF_8),
          new String(err, StandardCharsets.UTF_8),
          Files.exists(marker));
    } finally {
      process.destroyForcibly();
    }
  }

  private static String which(String name, String fallback) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, name);
      if (!dir.isBlank() && Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return fallback;
  }
}
