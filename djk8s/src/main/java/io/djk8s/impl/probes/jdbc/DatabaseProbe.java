package io.djk8s.impl.probes.jdbc;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import io.djk8s.impl.config.Djk8sKeys;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Ready when every datasource of the application answers a round trip within the probe's deadline.
 *
 * <p>The datasources are those {@link DataSourceFinder} finds (CDI beans of any qualifier, the
 * platform default, {@code djk8s.datasource.<name>.*} declarations), narrowed by {@value
 * Djk8sKeys#DATABASE_NAMES}. They are checked at once, each on its own thread and single-flight
 * ({@link DataSourceChecks}), each bounded by the time left ({@link ConnectionValidation}). Not
 * ready names each failing datasource and its cause in the log and the detail; the body stays
 * generic: {@value #NOT_READY_CONTENT}, as in django-kubernetes. With no datasource at all the
 * probe passes, as there is nothing to wait for.
 */
@ApplicationScoped
@ProbeName("database")
public class DatabaseProbe implements ReadinessProbe {

  /** The body of a not-ready answer, as in django-kubernetes. */
  public static final String NOT_READY_CONTENT = "db: could not connect to database";

  private final SelectedDataSourceChecks checks;

  /**
   * Checks the application's datasources.
   *
   * @param beans every CDI {@code DataSource} bean
   */
  @Inject
  public DatabaseProbe(@Any Instance<DataSource> beans) {
    this(ConfigProvider.getConfig(), beans);
  }

  private DatabaseProbe(Config config, Instance<DataSource> beans) {
    this(
        () -> DataSourceFinder.find(beans, config),
        DataSourceSelection.names(
            config
                .getOptionalValue(Djk8sKeys.DATABASE_NAMES, String.class)
                .orElse(Djk8sKeys.DATABASE_NAMES_DEFAULT)),
        new ConnectionValidation());
  }

  DatabaseProbe(
      Supplier<List<NamedDataSource>> dataSources, List<String> names, DataSourceCheck check) {
    this.checks =
        new SelectedDataSourceChecks(
            "database", Djk8sKeys.DATABASE_NAMES, NOT_READY_CONTENT, dataSources, names, check);
  }

  /** For CDI's client proxy only. */
  protected DatabaseProbe() {
    this.checks = null;
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    checks.check(context);
  }

  /** Stops the probe's threads. */
  @PreDestroy
  void close() {
    if (checks != null) {
      checks.close();
    }
  }
}
