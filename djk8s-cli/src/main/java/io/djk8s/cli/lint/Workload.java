package io.djk8s.cli.lint;

import java.util.List;
import java.util.OptionalInt;

/**
 * A resource with a pod template: Deployment, StatefulSet, DaemonSet, Job, CronJob or Pod.
 *
 * @param file the file it was read from
 * @param line the line of its {@code kind}
 * @param kind its kind
 * @param name its {@code metadata.name}
 * @param terminationGracePeriodSeconds the pod's grace period, when set
 * @param graceLine the line of the grace period, or of the pod spec when unset
 * @param containers its init, sidecar and application containers
 */
public record Workload(
    String file,
    int line,
    String kind,
    String name,
    OptionalInt terminationGracePeriodSeconds,
    int graceLine,
    List<Container> containers) {

  /** The pod's default {@code terminationGracePeriodSeconds}. */
  public static final int DEFAULT_GRACE_SECONDS = 30;

  /** Copies the containers. */
  public Workload {
    containers = List.copyOf(containers);
  }

  /**
   * {@code Kind/name}, for messages.
   *
   * @return the reference
   */
  public String reference() {
    return kind + "/" + name;
  }
}
