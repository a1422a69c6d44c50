package io.djk8s.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs hyperfine (from Debian's package) without a shell and reads its JSON export. */
final class Hyperfine {

  /**
   * One command's figures.
   *
   * @param name what the command is
   * @param medianMillis median wall time
   * @param cpuMillis mean user + system CPU time
   * @param failures runs that exited non-zero
   */
  record Result(String name, double medianMillis, double cpuMillis, int failures) {}

  private static final Pattern MEDIAN = Pattern.compile("\"median\":\\s*([0-9.eE+-]+)");
  private static final Pattern USER = Pattern.compile("\"user\":\\s*([0-9.eE+-]+)");
  private static final Pattern SYSTEM = Pattern.compile("\"system\":\\s*([0-9.eE+-]+)");
  private static final Pattern EXIT_CODES = Pattern.compile("\"exit_codes\":\\s*\\[([^\\]]*)\\]");

  private Hyperfine() {}

  /**
   * Measures each command, warmed up, in one hyperfine invocation.
   *
   * @param names a name per command
   * @param commands the commands, run without a shell
   * @param environment extra environment variables
   * @param runs runs per command
   * @param work a directory for the JSON export
   */
  static List<Result> run(
      List<String> names,
      List<String> commands,
      Map<String, String> environment,
      int runs,
      Path work)
      throws IOException, InterruptedException {
    Path json = work.resolve("hyperfine.json");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            "hyperfine",
            "-N",
            "-i",
            "--style",
            "none",
            "--warmup",
            String.valueOf(Math.max(1, runs / 5)),
            "--runs",
            String.valueOf(runs),
            "--export-json",
            json.toString()));
    command.addAll(commands);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("hyperfine failed: " + out);
    }
    return parse(names, Files.readString(json));
  }

  static List<Result> parse(List<String> names, String text) throws IOException {
    Matcher median = MEDIAN.matcher(text);
    Matcher user = USER.matcher(text);
    Matcher system = SYSTEM.matcher(text);
    Matcher exits = EXIT_CODES.matcher(text);
    List<Result> results = new ArrayList<>();
    for (String name : names) {
      if (!median.find() || !user.find() || !system.find()) {
        throw new IOException("unexpected hyperfine export: " + text);
      }
      int failures = 0;
      if (exits.find()) {
        for (String code : exits.group(1).split(",")) {
          if (!code.isBlank() && !code.trim().equals("0")) {
            failures++;
          }
        }
      }
      results.add(
          new Result(
              name,
              Double.parseDouble(median.group(1)) * 1000,
              (Double.parseDouble(user.group(1)) + Double.parseDouble(system.group(1))) * 1000,
              failures));
    }
    return results;
  }
}
