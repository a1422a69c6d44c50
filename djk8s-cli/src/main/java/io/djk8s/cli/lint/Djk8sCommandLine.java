package io.djk8s.cli.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds a djk8s command line in a container's or an exec probe's command: the arguments after
 * {@code djk8s-cli.jar} or after the {@code djk8s} launcher, also inside {@code sh -c "..."}.
 */
final class Djk8sCommandLine {

  private Djk8sCommandLine() {}

  /** The djk8s arguments, or empty when the command does not run djk8s. */
  static Optional<List<String>> arguments(List<String> command) {
    for (int i = 0; i < command.size(); i++) {
      String token = command.get(i);
      String base = token.substring(token.lastIndexOf('/') + 1);
      if (base.equals("djk8s-cli.jar") || base.equals("djk8s") || base.equals("djk8s-cds")) {
        return Optional.of(List.copyOf(command.subList(i + 1, command.size())));
      }
      if (token.equals("-c") && i + 1 < command.size() && i > 0 && isShell(command.get(i - 1))) {
        String script = command.get(i + 1).split("[;&|\\n]", 2)[0].trim();
        List<String> words = new ArrayList<>(Arrays.asList(script.split("\\s+")));
        words.removeIf(word -> word.equals("exec"));
        return arguments(words);
      }
    }
    return Optional.empty();
  }

  private static boolean isShell(String token) {
    String base = token.substring(token.lastIndexOf('/') + 1);
    return base.equals("sh") || base.equals("bash") || base.equals("dash");
  }
}
