package io.djk8s.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What the BOM (module djk8s-bom) must list: every published module of the build but itself. */
final class BomCoverage {

  static final String BOM = "djk8s-bom";

  private BomCoverage() {}

  /** The published artifacts the BOM must list. */
  static Set<String> required(Reactor reactor) {
    return reactor.publishedModules().stream()
        .map(Reactor.Module::artifactId)
        .filter(artifactId -> !BOM.equals(artifactId))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every way the BOM falls short: a published module missing, an entry that is not one. */
  static List<String> problems(Reactor reactor, Pom bom) {
    Set<String> required = required(reactor);
    Set<String> listed = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    String group = reactor.root().groupId();
    for (Pom.Managed entry : bom.managedDependencies()) {
      listed.add(entry.artifactId());
      if (!required.contains(entry.artifactId()) || !group.equals(entry.groupId())) {
        problems.add(
            "the BOM lists "
                + entry.groupId()
                + ":"
                + entry.artifactId()
                + ", which is no published module of the build");
      }
      if (!"${project.version}".equals(entry.version())) {
        problems.add(
            "the BOM lists "
                + entry.artifactId()
                + " at "
                + entry.version()
                + ", not at ${project.version}");
      }
    }
    for (String artifactId : required) {
      if (!listed.contains(artifactId)) {
        problems.add(
            "published module "
                + artifactId
                + " is missing from "
                + BOM
                + "/pom.xml: add it to its dependencyManagement at ${project.version}");
      }
    }
    return problems;
  }
}
