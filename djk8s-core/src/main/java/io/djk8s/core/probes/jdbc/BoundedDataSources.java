package io.djk8s.core.probes.jdbc;

import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Gives a tool that opens its own connections (Flyway, for the migrations probe) a datasource whose
 * connections respect a probe's deadline, where that is possible without changing the application's
 * datasource: a {@link UrlDataSource} is copied with the time left as its driver timeouts; any
 * other datasource is returned as it is.
 */
public final class BoundedDataSources {

  private BoundedDataSources() {}

  /**
   * A datasource bounded by a deadline.
   *
   * @param dataSource the datasource
   * @param deadlineNanos the {@link System#nanoTime()} deadline
   * @return a bounded copy, or the datasource itself
   */
  public static DataSource forDeadline(DataSource dataSource, long deadlineNanos) {
    try {
      if (dataSource.isWrapperFor(UrlDataSource.class)) {
        long left = Math.max(1, deadlineNanos - System.nanoTime());
        return dataSource.unwrap(UrlDataSource.class).withTimeout(Duration.ofNanos(left));
      }
    } catch (SQLException | RuntimeException e) {
      // not ours: use it as it is
    }
    return dataSource;
  }
}
