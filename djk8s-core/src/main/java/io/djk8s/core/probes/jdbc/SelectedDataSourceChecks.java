package io.djk8s.core.probes.jdbc;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * What the {@code database} and {@code migrations} probes share: find the datasources once, narrow
 * them by a selection key, check the selected ones concurrently and single-flight under the
 * deadline, and turn the results into one verdict.
 */
public final class SelectedDataSourceChecks implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final String probe;
  private final String namesKey;
  private final String notReadyContent;
  private final Supplier<List<NamedDataSource>> dataSources;
  private final List<String> names;
  private final DataSourceChecks checks;
  private volatile DataSourceSelection selection;

  /**
   * Checks for one probe.
   *
   * @param probe the probe's name, for thread names and the log
   * @param namesKey the selection key, such as {@code djk8s.database.names}
   * @param notReadyContent the generic body of a not-ready answer
   * @param dataSources finds every datasource, called once on first use
   * @param names the selected names; empty for all
   * @param check what is done with one datasource
   */
  public SelectedDataSourceChecks(
      String probe,
      String namesKey,
      String notReadyContent,
      Supplier<List<NamedDataSource>> dataSources,
      List<String> names,
      DataSourceCheck check) {
    this.probe = probe;
    this.namesKey = namesKey;
    this.notReadyContent = notReadyContent;
    this.dataSources = dataSources;
    this.names = List.copyOf(names);
    this.checks = new DataSourceChecks(probe, check);
  }

  /**
   * Checks every selected datasource within the context's deadline.
   *
   * @param context the probe's deadline
   * @throws NotReady with the generic content when a selected datasource failed, did not answer, or
   *     a selected name matches no datasource
   */
  public void check(ProbeContext context) throws NotReady {
    DataSourceSelection chosen = selection();
    long waitUntil = context.deadline() - DataSourceChecks.margin(context.timeout()).toNanos();
    List<CheckResult> results = checks.run(chosen.selected(), context.deadline(), waitUntil);
    CheckVerdict.decide(notReadyContent, namesKey, chosen, results);
  }

  private DataSourceSelection selection() {
    DataSourceSelection known = selection;
    if (known == null) {
      List<NamedDataSource> found = dataSources.get();
      known = DataSourceSelection.of(found, names);
      selection = known;
      DataSourceSelection logged = known;
      LOG.info(
          () ->
              found.isEmpty() && names.isEmpty()
                  ? "djk8s: " + probe + " probe found no datasource; it has nothing to check"
                  : "djk8s: "
                      + probe
                      + " probe checks "
                      + CheckVerdict.names(logged.selected())
                      + (logged.unknown().isEmpty()
                          ? ""
                          : "; not found: "
                              + logged.unknown()
                              + " ("
                              + namesKey
                              + "), found: "
                              + CheckVerdict.names(found)));
    }
    return known;
  }

  /** Stops the check threads. */
  @Override
  public void close() {
    checks.close();
  }
}
