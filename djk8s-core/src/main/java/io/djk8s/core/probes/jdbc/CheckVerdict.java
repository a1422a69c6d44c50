package io.djk8s.core.probes.jdbc;

import io.djk8s.NotReady;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the results of a datasource probe into its verdict: ready when every selected datasource
 * passed and every selected name exists; otherwise {@link NotReady} with the probe's generic body
 * and a detail naming each failing datasource and its cause, then the ones that passed: {@code
 * datasource 'orders': Connection refused; ok: 'default', 'audit'}.
 */
public final class CheckVerdict {

  private CheckVerdict() {}

  /**
   * Throws when anything failed.
   *
   * @param content the generic body of a not-ready answer
   * @param selectionKey the key that selects datasources, for the message about unknown names
   * @param selection the selection, with its unknown names
   * @param results one result per selected datasource
   * @throws NotReady when a datasource failed or a selected name is unknown
   */
  public static void decide(
      String content, String selectionKey, DataSourceSelection selection, List<CheckResult> results)
      throws NotReady {
    List<CheckResult> failed = results.stream().filter(result -> !result.ok()).toList();
    if (failed.isEmpty() && selection.unknown().isEmpty()) {
      return;
    }
    StringBuilder detail = new StringBuilder();
    for (String unknown : selection.unknown()) {
      separate(detail)
          .append("datasource '")
          .append(unknown)
          .append("' (")
          .append(selectionKey)
          .append(") was not found");
    }
    for (CheckResult result : failed) {
      separate(detail).append(result);
    }
    String passed =
        results.stream()
            .filter(CheckResult::ok)
            .map(result -> "'" + result.name() + "'")
            .collect(Collectors.joining(", "));
    if (!passed.isEmpty()) {
      separate(detail).append("ok: ").append(passed);
    }
    Throwable cause = failed.isEmpty() ? null : failed.get(0).cause().orElse(null);
    throw new NotReady(content, detail.toString(), cause);
  }

  /**
   * The names of datasources, for the start-up log: {@code [default, orders]}.
   *
   * @param dataSources the datasources
   * @return their names in brackets
   */
  static String names(List<NamedDataSource> dataSources) {
    return dataSources.stream()
        .map(NamedDataSource::name)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static StringBuilder separate(StringBuilder detail) {
    return detail.isEmpty() ? detail : detail.append("; ");
  }
}
