package io.djk8s.cli.lint;

/**
 * One problem lint found.
 *
 * @param rule the rule
 * @param file the file
 * @param line the 1-based line
 * @param workload {@code Kind/name}, empty for a file-level problem
 * @param container the container's name, empty for a pod-level problem
 * @param message what is wrong and what to do
 */
public record Finding(
    Rule rule, String file, int line, String workload, String container, String message) {

  static Finding of(
      Rule rule, String file, int line, String workload, String container, String message) {
    return new Finding(rule, file, line, workload, container, message);
  }

  /**
   * The finding as one line: {@code file:line: severity [rule] Kind/name container 'c': message}.
   *
   * @return the line
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    text.append(file).append(':').append(line).append(": ").append(rule.severity().word());
    text.append(" [").append(rule.id()).append("] ");
    if (!workload.isEmpty()) {
      text.append(workload).append(' ');
    }
    if (!container.isEmpty()) {
      text.append("container '").append(container).append("' ");
    }
    return text.append(message).toString();
  }
}
