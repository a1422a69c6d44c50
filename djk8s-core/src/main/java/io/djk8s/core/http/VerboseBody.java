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
 */
final class VerboseBody {

  static final String WITHHELD = "reason withheld";

  private VerboseBody() {}

  static String of(
      String checkName,
      ProbeReport report,
      List<String> excluded,
      List<String> unknownExclusions,
      boolean withReasons) {
    StringBuilder body = new StringBuilder();
    for (ProbeOutcome outcome : report.outcomes()) {
      if (outcome.ready()) {
        body.append("[+]").append(outcome.name()).append(' ').append(oneLine(outcome.detail()));
        body.append('\n');
      } else {
        body.append("[-]")
            .append(outcome.name())
            .append(" failed: ")
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
    body.append(checkName).append(report.ready() ? " check passed\n" : " check failed\n");
    return body.toString();
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }
}
