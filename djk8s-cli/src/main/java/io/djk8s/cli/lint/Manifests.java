package io.djk8s.cli.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads Kubernetes YAML, multi-document, into the {@link Workload}s it declares; the ConfigMaps
 * among the same inputs fill the containers' {@code envFrom}. SnakeYAML's node API keeps the line
 * of every value.
 */
public final class Manifests {

  private static final Set<String> POD_TEMPLATE_KINDS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job");

  private final List<Workload> workloads;
  private final List<Finding> problems;

  private Manifests(List<Workload> workloads, List<Finding> problems) {
    this.workloads = List.copyOf(workloads);
    this.problems = List.copyOf(problems);
  }

  /**
   * One input: a file's name and its text.
   *
   * @param name the file name, {@code -} for standard input
   * @param text the YAML
   */
  public record Source(String name, String text) {

    /**
     * Reads a file, or standard input for {@code -}.
     *
     * @param name the file name or {@code -}
     * @param stdin standard input
     * @return the source
     * @throws IOException when the file cannot be read
     */
    public static Source read(String name, InputStream stdin) throws IOException {
      if ("-".equals(name)) {
        return new Source("-", new String(stdin.readAllBytes(), StandardCharsets.UTF_8));
      }
      return new Source(name, Files.readString(Path.of(name)));
    }
  }

  /**
   * Reads every source; a document that is not YAML is reported, not thrown.
   *
   * @param sources the inputs
   * @return the workloads and the problems found while reading
   */
  public static Manifests read(List<Source> sources) {
    List<Finding> problems = new ArrayList<>();
    Map<Source, List<Node>> documents = new LinkedHashMap<>();
    for (Source source : sources) {
      documents.put(source, documents(source, problems));
    }
    Map<String, Map<String, Located>> configMaps = new HashMap<>();
    documents.forEach(
        (source, nodes) -> {
          for (Node document : nodes) {
            if (Yaml.text(document, "kind").filter("ConfigMap"::equals).isPresent()) {
              Map<String, Located> data = new LinkedHashMap<>();
              Yaml.child(document, "data")
                  .ifPresent(
                      node -> {
                        for (NodeTuple entry : Yaml.entries(node)) {
                          Yaml.scalar(entry.getKeyNode())
                              .ifPresent(
                                  key ->
                                      data.put(
                                          key,
                                          new Located(
                                              Yaml.scalar(entry.getValueNode()).orElse(""),
                                              source.name(),
                                              Yaml.line(entry.getKeyNode()))));
                        }
                      });
              configMaps.put(
                  Yaml.path(document, "metadata", "name").flatMap(Yaml::scalar).orElse(""), data);
            }
          }
        });
    List<Workload> workloads = new ArrayList<>();
    documents.forEach(
        (source, nodes) -> {
          for (Node document : nodes) {
            workload(source.name(), document, configMaps).ifPresent(workloads::add);
          }
        });
    return new Manifests(workloads, problems);
  }

  /**
   * The workloads, in input order.
   *
   * @return the workloads
   */
  public List<Workload> workloads() {
    return workloads;
  }

  /**
   * Documents that could not be read, as {@code yaml} findings.
   *
   * @return the problems
   */
  public List<Finding> problems() {
    return problems;
  }

  private static List<Node> documents(Source source, List<Finding> problems) {
    List<Node> nodes = new ArrayList<>();
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try (Reader reader = new StringReader(source.text())) {
      for (Node node : new org.yaml.snakeyaml.Yaml(options).composeAll(reader)) {
        if (node != null) {
          nodes.add(node);
        }
      }
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      problems.add(
          Finding.of(Rule.YAML, source.name(), line, "", "", "not valid YAML: " + e.getProblem()));
    } catch (YAMLException | IOException e) {
      problems.add(
          Finding.of(Rule.YAML, source.name(), 1, "", "", "not valid YAML: " + e.getMessage()));
    }
    return nodes;
  }

  private static Optional<Workload> workload(
      String file, Node document, Map<String, Map<String, Located>> configMaps) {
    String kind = Yaml.text(document, "kind").orElse("");
    Optional<Node> podSpec;
    if ("Pod".equals(kind)) {
      podSpec = Yaml.child(document, "spec");
    } else if ("CronJob".equals(kind)) {
      podSpec = Yaml.path(document, "spec", "jobTemplate", "spec", "template", "spec");
    } else if (POD_TEMPLATE_KINDS.contains(kind)) {
      podSpec = Yaml.path(document, "spec", "template", "spec");
    } else {
      podSpec = Optional.empty();
    }
    if (podSpec.isEmpty()) {
      return Optional.empty();
    }
    Node spec = podSpec.get();
    String name = Yaml.path(document, "metadata", "name").flatMap(Yaml::scalar).orElse("?");
    List<Container> containers = new ArrayList<>();
    for (Node node : Yaml.items(spec, "initContainers")) {
      boolean sidecar = Yaml.text(node, "restartPolicy").filter("Always"::equals).isPresent();
      containers.add(
          ContainerReader.read(
              file, node, sidecar ? Container.Role.SIDECAR : Container.Role.INIT, configMaps));
    }
    for (Node node : Yaml.items(spec, "containers")) {
      containers.add(ContainerReader.read(file, node, Container.Role.APPLICATION, configMaps));
    }
    OptionalInt grace = Yaml.integer(spec, "terminationGracePeriodSeconds");
    int graceLine =
        Yaml.child(spec, "terminationGracePeriodSeconds").map(Yaml::line).orElse(Yaml.line(spec));
    return Optional.of(
        new Workload(
            file,
            Yaml.child(document, "kind").map(Yaml::line).orElse(Yaml.line(document)),
            kind,
            name,
            grace,
            graceLine,
            containers));
  }
}
