package io.djk8s.core.probes.jdbc;

/** The check a probe runs against one datasource, within a deadline. */
@FunctionalInterface
public interface DataSourceCheck {

  /**
   * Checks one datasource.
   *
   * @param dataSource the datasource
   * @param deadlineNanos the {@link System#nanoTime()} by which the answer is wanted; bound every
   *     network call by the time left
   * @throws Exception why the datasource is not ready; its message is logged, so it must not
   *     contain secrets
   */
  void check(NamedDataSource dataSource, long deadlineNanos) throws Exception;
}
