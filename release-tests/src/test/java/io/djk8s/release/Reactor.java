package io.djk8s.release;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules of the build, read from the root POM's {@code modules} (profiles included), with
 * whether each is published: a module is not when {@code djk8s.publish.skip} or {@code
 * maven.deploy.skip} is true in it or in a parent it inherits within the build.
 */
final class Reactor {

  /** One module of the build. */
  record Module(Path dir, Pom pom, boolean published) {
    String artifactId() {
      return pom.artifactId();
    }
  }

  private static final Pattern WHOLE_EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

  private final Path root;
  private final Map<Path, Pom> poms = new LinkedHashMap<>();

  private Reactor(Path root) {
    this.root = root.toAbsolutePath().normalize();
    collect(this.root);
  }

  static Reactor read(Path root) {
    return new Reactor(root);
  }

  Pom root() {
    return poms.get(root);
  }

  /** Every module, the root POM first. */
  List<Module> modules() {
    List<Module> modules = new ArrayList<>();
    poms.forEach((dir, pom) -> modules.add(new Module(dir, pom, published(dir))));
    return modules;
  }

  /** The published modules other than the root POM (the parent every module inherits). */
  List<Module> publishedModules() {
    return modules().stream().filter(Module::published).filter(m -> !m.dir().equals(root)).toList();
  }

  Optional<Module> module(String artifactId) {
    return modules().stream().filter(m -> m.artifactId().equals(artifactId)).findFirst();
  }

  Path relative(Module module) {
    return root.relativize(module.dir());
  }

  /** A property's value in a module: its own, else its parent's within the build, resolved. */
  Optional<String> property(Path dir, String name) {
    Optional<String> raw = rawProperty(dir, name);
    if (raw.isPresent()) {
      Matcher matcher = WHOLE_EXPRESSION.matcher(raw.get());
      if (matcher.matches()) {
        return property(dir, matcher.group(1));
      }
    }
    return raw;
  }

  private boolean published(Path dir) {
    return !"true".equals(property(dir, "djk8s.publish.skip").orElse("false"))
        && !"true".equals(property(dir, "maven.deploy.skip").orElse("false"));
  }

  private Optional<String> rawProperty(Path dir, String name) {
    for (Path current = dir; current != null; current = parentDir(current).orElse(null)) {
      String value = poms.get(current).properties().get(name);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private Optional<Path> parentDir(Path dir) {
    Pom pom = poms.get(dir);
    String parentArtifact = pom.text("parent", "artifactId");
    if (parentArtifact.isEmpty()) {
      return Optional.empty();
    }
    String relativePath = pom.text("parent", "relativePath");
    Path parent = dir.resolve(relativePath.isEmpty() ? ".." : relativePath).normalize();
    if (parent.getFileName() != null && parent.getFileName().toString().endsWith(".xml")) {
      parent = parent.getParent();
    }
    Pom candidate = poms.get(parent);
    return candidate != null && candidate.artifactId().equals(parentArtifact)
        ? Optional.of(parent)
        : Optional.empty();
  }

  private void collect(Path dir) {
    Pom pom = Pom.read(dir.resolve("pom.xml"));
    poms.put(dir, pom);
    for (String module : pom.modules()) {
      Path child = dir.resolve(module).normalize();
      if (!poms.containsKey(child) && Pom.exists(child)) {
        collect(child);
      }
    }
  }
}
