package io.djk8s.cli.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Small reads on SnakeYAML nodes: a child by key, a scalar, a sequence, a line number. */
final class Yaml {

  private Yaml() {}

  /** The 1-based line a node starts on. */
  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  static Optional<Node> child(Node node, String key) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
          return Optional.of(tuple.getValueNode());
        }
      }
    }
    return Optional.empty();
  }

  /** The 1-based line of a key of a mapping, when the mapping has that key. */
  static Optional<Integer> keyLine(Node node, String key) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
          return Optional.of(line(k));
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Node> path(Node node, String... keys) {
    Optional<Node> current = Optional.of(node);
    for (String key : keys) {
      current = current.flatMap(n -> child(n, key));
    }
    return current;
  }

  static Optional<String> text(Node node, String key) {
    return child(node, key).flatMap(Yaml::scalar);
  }

  static Optional<String> scalar(Node node) {
    return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
  }

  /** An integer field; a value that is not an integer counts as absent. */
  static OptionalInt integer(Node node, String key) {
    Optional<String> text = text(node, key);
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(text.get().trim()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  static List<Node> items(Node node, String key) {
    return child(node, key).map(Yaml::items).orElse(List.of());
  }

  static List<Node> items(Node node) {
    return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
  }

  static List<String> strings(Node node, String key) {
    List<String> strings = new ArrayList<>();
    for (Node item : items(node, key)) {
      scalar(item).ifPresent(strings::add);
    }
    return strings;
  }

  static List<NodeTuple> entries(Node node) {
    return node instanceof MappingNode mapping ? mapping.getValue() : List.of();
  }
}
