package io.djk8s.core.probes.jdbc;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.core.builtin.BuiltInProbe;
import io.djk8s.core.builtin.ProbeHost;
import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
import java.util.List;
import java.util.function.Supplier;

/**
 * Ready when every datasource of the application answers a round trip within the probe's deadline.
 *
 * <p>The datasources are those {@link DataSourceFinder} finds (CDI beans of any qualifier, the
 * platform default, {@code djk8s.datasource.<name>.*} declarations), narrowed by {@link #NAMES}.
 * They are checked at once, each on its own thread and single-flight ({@link DataSourceChecks}),
 * each bounded by the time left ({@link ConnectionValidation}). Not ready names each failing
 * datasource and its cause in the log and the detail; the body stays generic: {@value
 * #NOT_READY_CONTENT}, as in django-kubernetes. With no datasource at all the probe passes, as
 * there is nothing to wait for.
 */
@ProbeName("database")
public class DatabaseProbe implements ReadinessProbe, AutoCloseable {

  /** The body of a not-ready answer, as in django-kubernetes. */
  public static final String NOT_READY_CONTENT = "db: could not connect to database";

  private final SelectedDataSourceChecks checks;

  /** The datasources the probe checks, by name; empty for every datasource. */
  public static final Key NAMES =
      Key.list("djk8s.database.names", "", "the datasources database checks, by name");

  /** The declaration of the built-in {@code database} probe. */
  public static final BuiltInProbe DESCRIPTOR =
      new BuiltInProbe(
          "database",
          DatabaseProbe.class,
          true,
          List.of(NAMES),
          ConfiguredDataSources::validate,
          DatabaseProbe::new);

  private DatabaseProbe(KeyReader config, ProbeHost host) {
    this(
        () -> DataSourceFinder.find(host, config.source()),
        config.list(NAMES),
        new ConnectionValidation());
  }

  DatabaseProbe(
      Supplier<List<NamedDataSource>> dataSources, List<String> names, DataSourceCheck check) {
    this.checks =
        new SelectedDataSourceChecks(
            "database", NAMES.name(), NOT_READY_CONTENT, dataSources, names, check);
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    checks.check(context);
  }

  /** Stops the probe's threads. */
  @Override
  public void close() {
    checks.close();
  }
}
