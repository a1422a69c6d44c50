package io.djk8s.testing;

/**
 * A database server of a test's own that it may stop and start again, unlike the machine's shared
 * servers, which tests must never stop.
 */
public interface PrivateDatabase extends AutoCloseable {

  /**
   * Where it answers while running, with the right credentials.
   *
   * @return the endpoint
   */
  JdbcEndpoint endpoint();

  /**
   * Stops the server; connections are refused afterwards.
   *
   * @throws Exception when it does not stop
   */
  void stop() throws Exception;

  /**
   * Starts it again on the same port with the same data, and waits until it answers.
   *
   * @throws Exception when it does not start
   */
  void start() throws Exception;

  /** Stops the server and deletes its data. */
  @Override
  void close();
}
