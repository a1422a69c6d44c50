package io.djk8s.cli.lint;

/** A group of rules checked on one container. */
interface ContainerRules {

  /**
   * Checks a container.
   *
   * @param context the container, its settings and where findings go
   * @param djk8s whether djk8s runs in the container; djk8s-specific rules skip other containers
   */
  void check(ContainerContext context, boolean djk8s);
}
