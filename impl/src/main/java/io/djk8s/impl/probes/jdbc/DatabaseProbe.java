package io.djk8s.impl.probes.jdbc;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeName;
import io.djk8s.ReadinessProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Ready when every datasource of the application answers a round trip: {@link
 * Connection#isValid(int)} bounded by the probe's remaining time. Not ready names the datasource
 * and cause in the log; the body stays generic: {@code db: could not connect to database}, as in
 * django-kubernetes. With no datasource at all the probe passes, as there is nothing to wait for.
 */
@ApplicationScoped
@ProbeName("database")
public class DatabaseProbe implements ReadinessProbe {

  /** The body of a not-ready answer, as in django-kubernetes. */
  public static final String NOT_READY_CONTENT = "db: could not connect to database";

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  private final Supplier<List<NamedDataSource>> dataSources;
  private volatile List<NamedDataSource> found;

  /**
   * Checks the application's datasources.
   *
   * @param beans every CDI {@code DataSource} bean
   */
  @Inject
  public DatabaseProbe(@Any Instance<DataSource> beans) {
    this(() -> DataSourceFinder.find(beans));
  }

  DatabaseProbe(Supplier<List<NamedDataSource>> dataSources) {
    this.dataSources = dataSources;
  }

  /** For CDI's client proxy only. */
  protected DatabaseProbe() {
    this.dataSources = List::of;
  }

  @Override
  public void ready(ProbeContext context) throws NotReady {
    for (NamedDataSource dataSource : dataSources()) {
      check(dataSource, context);
    }
  }

  private List<NamedDataSource> dataSources() {
    List<NamedDataSource> known = found;
    if (known == null) {
      known = List.copyOf(dataSources.get());
      found = known;
      List<NamedDataSource> logged = known;
      LOG.info(
          () ->
              logged.isEmpty()
                  ? "djk8s: database probe found no datasource; it has nothing to check"
                  : "djk8s: database probe checks "
                      + logged.stream().map(NamedDataSource::name).toList());
    }
    return known;
  }

  private static void check(NamedDataSource dataSource, ProbeContext context) throws NotReady {
    try (Connection connection = dataSource.dataSource().getConnection()) {
      if (!connection.isValid(context.remainingSecondsAtLeastOne())) {
        throw new NotReady(
            NOT_READY_CONTENT,
            "datasource '" + dataSource.name() + "': connection is not valid",
            null);
      }
    } catch (SQLException e) {
      throw new NotReady(
          NOT_READY_CONTENT, "datasource '" + dataSource.name() + "': " + e.getMessage(), e);
    }
  }
}
