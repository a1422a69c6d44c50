package io.djk8s.core.http;

import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The body of {@code ?verbose}, in the kube-apiserver format:
 *
 * <pre>
 * [+]database ok
 * [-]memcached failed: reason withheld
 * [+]redis excluded: ok
 * readyz check failed
 * </pre>
 *
 * <p>An optional probe keeps the kube-apiserver shape ({@code [+]} or {@code [-]}, the name, then
 * the state) and says {@code (optional)} right after the state word, so a parser that splits on the
 * first space still reads the name and the sign, and the last line alone says whether the group
 * passed:
 *
 * <pre>
 * [+]cache ok (optional)
 * [-]cache failed (optional): reason withheld
 * </pre>
 */
final class VerboseBody {

  static final String WITHHELD = "reason withheld";

  /** What follows the state word of an optional probe's line. */
  static final String OPTIONAL = " (optional)";

  private VerboseBody() {}

  static String of(
      String checkName,
      ProbeReport report,
      boolean passed,
      List<String> excluded,
      List<String> unknownExclusions,
      boolean withReasons) {
    StringBuilder body = new StringBuilder();
    for (ProbeOutcome outcome : report.outcomes()) {
      String optional = report.isOptional(outcome.name()) ? OPTIONAL : "";
      if (outcome.ready()) {
        body.append("[+]").append(outcome.name()).append(' ').append(ready(outcome, optional));
        body.append('\n');
      } else {
        body.append("[-]")
            .append(outcome.name())
            .append(" failed")
            .append(optional)
            .append(": ")
            .append(withReasons ? oneLine(outcome.detail()) : WITHHELD)
            .append('\n');
      }
    }
    for (String name : excluded) {
      body.append("[+]").append(name).append(" excluded: ok\n");
    }
    if (!unknownExclusions.isEmpty()) {
      body.append("warn: some health checks cannot be excluded: no matches for ")
          .append(
              unknownExclusions.stream()
                  .map(name -> '"' + name + '"')
                  .collect(Collectors.joining(",")))
          .append('\n');
    }
    body.append(checkName).append(passed ? " check passed\n" : " check failed\n");
    return body.toString();
  }

  /** {@code ok}, or {@code ok: note}, with the optional marker after {@code ok}. */
  private static String ready(ProbeOutcome outcome, String optional) {
    String detail = oneLine(outcome.detail());
    if (optional.isEmpty()) {
      return detail;
    }
    return detail.startsWith("ok") ? "ok" + optional + detail.substring(2) : detail + optional;
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }
}
