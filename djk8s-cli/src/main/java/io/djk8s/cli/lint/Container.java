package io.djk8s.cli.lint;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A container of a pod template, as lint and kubelet see it.
 *
 * @param name the container's name
 * @param role whether it is an application, init or sidecar container
 * @param line the line of the container
 * @param env the environment djk8s reads, from {@code env} and {@code envFrom} ConfigMaps
 * @param ports the declared ports: name (may be empty) to number
 * @param probes the probes
 * @param command {@code command} followed by {@code args}
 * @param commandLine the line of the command
 * @param preStopSleepSeconds the {@code preStop} sleep, when there is one
 */
public record Container(
    String name,
    Role role,
    int line,
    Map<String, Located> env,
    List<Port> ports,
    List<Probe> probes,
    List<String> command,
    int commandLine,
    OptionalInt preStopSleepSeconds) {

  /** Copies the collections. */
  public Container {
    env = Map.copyOf(env);
    ports = List.copyOf(ports);
    probes = List.copyOf(probes);
    command = List.copyOf(command);
  }

  /** Where the container sits in the pod. */
  public enum Role {
    /** An entry of {@code containers}. */
    APPLICATION,
    /** An entry of {@code initContainers} that runs to completion. */
    INIT,
    /** An entry of {@code initContainers} with {@code restartPolicy: Always}. */
    SIDECAR
  }

  /**
   * A declared container port.
   *
   * @param name its name, empty when unnamed
   * @param number its number
   */
  public record Port(String name, int number) {}
}
