package io.djk8s.cli.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one container node: environment, ports, probes, command and {@code preStop} sleep. */
final class ContainerReader {

  private static final Pattern SLEEP = Pattern.compile("(?:^|[;&|\\s])sleep\\s+(\\d+)(?:s)?\\b");

  private ContainerReader() {}

  static Container read(
      String file, Node node, Container.Role role, Map<String, Map<String, Located>> configMaps) {
    List<String> command = new ArrayList<>(Yaml.strings(node, "command"));
    command.addAll(Yaml.strings(node, "args"));
    int commandLine =
        Yaml.child(node, "command")
            .or(() -> Yaml.child(node, "args"))
            .map(Yaml::line)
            .orElse(Yaml.line(node));
    List<Probe> probes = new ArrayList<>();
    for (Probe.Kind kind : Probe.Kind.values()) {
      Yaml.child(node, kind.field())
          .ifPresent(
              probe -> probes.add(probe(kind, probe, Yaml.keyLine(node, kind.field()).orElse(0))));
    }
    return new Container(
        Yaml.text(node, "name").orElse("?"),
        role,
        Yaml.line(node),
        env(file, node, configMaps),
        ports(node),
        probes,
        command,
        commandLine,
        preStopSleep(node));
  }

  private static Map<String, Located> env(
      String file, Node node, Map<String, Map<String, Located>> configMaps) {
    Map<String, Located> env = new LinkedHashMap<>();
    for (Node from : Yaml.items(node, "envFrom")) {
      String prefix = Yaml.text(from, "prefix").orElse("");
      Yaml.path(from, "configMapRef", "name")
          .flatMap(Yaml::scalar)
          .map(configMaps::get)
          .ifPresent(data -> data.forEach((key, value) -> env.put(prefix + key, value)));
    }
    for (Node variable : Yaml.items(node, "env")) {
      Optional<String> name = Yaml.text(variable, "name");
      Optional<String> value = Yaml.text(variable, "value");
      if (name.isPresent() && value.isPresent()) {
        env.put(name.get(), new Located(value.get(), file, Yaml.line(variable)));
      } else if (name.isPresent()) {
        env.remove(name.get()); // from a Secret or a field: its value is not in the manifest
      }
    }
    return env;
  }

  private static List<Container.Port> ports(Node node) {
    List<Container.Port> ports = new ArrayList<>();
    for (Node port : Yaml.items(node, "ports")) {
      OptionalInt number = Yaml.integer(port, "containerPort");
      if (number.isPresent()) {
        ports.add(new Container.Port(Yaml.text(port, "name").orElse(""), number.getAsInt()));
      }
    }
    return ports;
  }

  private static Probe probe(Probe.Kind kind, Node node, int line) {
    Optional<Probe.HttpGet> http =
        Yaml.child(node, "httpGet")
            .map(
                get -> {
                  List<Probe.Header> headers = new ArrayList<>();
                  for (Node header : Yaml.items(get, "httpHeaders")) {
                    headers.add(
                        new Probe.Header(
                            Yaml.text(header, "name").orElse(""),
                            Yaml.text(header, "value").orElse(""),
                            Yaml.line(header)));
                  }
                  return new Probe.HttpGet(
                      Yaml.text(get, "path").orElse("/"),
                      Yaml.child(get, "path").map(Yaml::line).orElse(Yaml.line(get)),
                      Yaml.text(get, "port"),
                      Yaml.child(get, "port").map(Yaml::line).orElse(Yaml.line(get)),
                      Yaml.text(get, "scheme").orElse("HTTP"),
                      headers);
                });
    Optional<Node> exec = Yaml.child(node, "exec");
    return new Probe(
        kind,
        line,
        http,
        exec.map(e -> Yaml.strings(e, "command")).orElse(List.of()),
        Yaml.keyLine(node, "exec").orElse(line),
        Yaml.integer(node, "timeoutSeconds").orElse(Probe.DEFAULT_TIMEOUT_SECONDS),
        Yaml.integer(node, "periodSeconds").orElse(10),
        Yaml.integer(node, "failureThreshold").orElse(3),
        Yaml.integer(node, "terminationGracePeriodSeconds"));
  }

  private static OptionalInt preStopSleep(Node node) {
    Optional<Node> preStop = Yaml.path(node, "lifecycle", "preStop");
    if (preStop.isEmpty()) {
      return OptionalInt.empty();
    }
    OptionalInt sleep =
        Yaml.path(preStop.get(), "sleep")
            .map(s -> Yaml.integer(s, "seconds"))
            .orElse(OptionalInt.empty());
    if (sleep.isPresent()) {
      return sleep;
    }
    List<String> command =
        Yaml.path(preStop.get(), "exec").map(e -> Yaml.strings(e, "command")).orElse(List.of());
    Matcher matcher = SLEEP.matcher(String.join(" ", command));
    return matcher.find()
        ? OptionalInt.of(Integer.parseInt(matcher.group(1)))
        : OptionalInt.empty();
  }
}
