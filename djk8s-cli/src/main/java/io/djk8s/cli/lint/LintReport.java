package io.djk8s.cli.lint;

import java.util.List;

/** Lint's output, as text lines or JSON, and its exit code. */
public final class LintReport {

  /** No errors (and, with {@code --strict}, no warnings). */
  public static final int CLEAN = 0;

  /** Errors found, or warnings under {@code --strict}. */
  public static final int FINDINGS = 1;

  private LintReport() {}

  /**
   * The exit code of a lint run.
   *
   * @param findings the findings
   * @param strict whether warnings fail too
   * @return {@link #CLEAN} or {@link #FINDINGS}
   */
  public static int exitCode(List<Finding> findings, boolean strict) {
    long errors = count(findings, Rule.Severity.ERROR);
    long warnings = count(findings, Rule.Severity.WARNING);
    return errors > 0 || (strict && warnings > 0) ? FINDINGS : CLEAN;
  }

  static String text(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings) {
      text.append(finding.text()).append('\n');
    }
    text.append(count(findings, Rule.Severity.ERROR)).append(" error(s), ");
    text.append(count(findings, Rule.Severity.WARNING)).append(" warning(s)\n");
    return text.toString();
  }

  static String json(List<Finding> findings) {
    StringBuilder json = new StringBuilder("{\"findings\":[");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      json.append(i == 0 ? "" : ",").append('{');
      field(json, "file", f.file()).append(',');
      json.append("\"line\":").append(f.line()).append(',');
      field(json, "workload", f.workload()).append(',');
      field(json, "container", f.container()).append(',');
      field(json, "rule", f.rule().id()).append(',');
      field(json, "severity", f.rule().severity().word()).append(',');
      field(json, "message", f.message()).append('}');
    }
    json.append("],\"errors\":").append(count(findings, Rule.Severity.ERROR));
    json.append(",\"warnings\":").append(count(findings, Rule.Severity.WARNING)).append("}\n");
    return json.toString();
  }

  private static StringBuilder field(StringBuilder json, String name, String value) {
    json.append('"').append(name).append("\":\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }

  private static long count(List<Finding> findings, Rule.Severity severity) {
    return findings.stream().filter(f -> f.rule().severity() == severity).count();
  }
}
