package io.djk8s.cli;

/** A command that reads environment variables or system properties. */
interface EnvironmentAware {

  /**
   * Hands the command its environment, before it runs.
   *
   * @param environment the environment
   */
  void environment(Environment environment);
}
