package io.djk8s.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A POM file read as XML: the few elements the release checks look at, without inheritance. */
final class Pom {

  /** One entry of a {@code dependencyManagement} section. */
  record Managed(String groupId, String artifactId, String version) {}

  private final Path file;
  private final Element project;

  private Pom(Path file, Element project) {
    this.file = file;
    this.project = project;
  }

  static Pom read(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new Pom(file, factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement());
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  Path file() {
    return file;
  }

  /** The trimmed text at a path of child elements below {@code project}, or "" when absent. */
  String text(String... path) {
    List<Element> found = all(path);
    return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
  }

  /** Every element at a path of child elements below {@code project}. */
  List<Element> all(String... path) {
    List<Element> current = List.of(project);
    for (String name : path) {
      List<Element> next = new ArrayList<>();
      for (Element element : current) {
        next.addAll(children(element, name));
      }
      current = next;
    }
    return current;
  }

  String artifactId() {
    return text("artifactId");
  }

  String groupId() {
    String own = text("groupId");
    return own.isEmpty() ? text("parent", "groupId") : own;
  }

  String version() {
    String own = text("version");
    return own.isEmpty() ? text("parent", "version") : own;
  }

  String packaging() {
    String own = text("packaging");
    return own.isEmpty() ? "jar" : own;
  }

  /** The {@code properties} this POM declares itself. */
  Map<String, String> properties() {
    Map<String, String> properties = new LinkedHashMap<>();
    for (Element holder : all("properties")) {
      for (Element property : children(holder, null)) {
        properties.put(property.getTagName(), property.getTextContent().trim());
      }
    }
    return properties;
  }

  /** The modules this POM aggregates, in its own section and in any profile. */
  List<String> modules() {
    List<String> modules = new ArrayList<>();
    all("modules", "module").forEach(module -> modules.add(module.getTextContent().trim()));
    all("profiles", "profile", "modules", "module")
        .forEach(module -> modules.add(module.getTextContent().trim()));
    return modules;
  }

  List<Managed> managedDependencies() {
    List<Managed> managed = new ArrayList<>();
    for (Element dependency : all("dependencyManagement", "dependencies", "dependency")) {
      managed.add(
          new Managed(
              childText(dependency, "groupId"),
              childText(dependency, "artifactId"),
              childText(dependency, "version")));
    }
    return managed;
  }

  private static String childText(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && (name == null || name.equals(element.getTagName()))) {
        children.add(element);
      }
    }
    return children;
  }

  static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve("pom.xml"));
  }
}
