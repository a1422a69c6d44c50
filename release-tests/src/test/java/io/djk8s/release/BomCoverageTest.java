package io.djk8s.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BomCoverageTest {

  private final Reactor reactor = Reactor.read(Projects.root());
  private final Pom bom = Pom.read(Projects.root().resolve("djk8s-bom/pom.xml"));

  @Test
  void bomListsEveryPublishedModuleOfTheBuildAndNothingElse() {
    assertThat(BomCoverage.problems(reactor, bom))
        .as("djk8s-bom against the published modules %s", BomCoverage.required(reactor))
        .isEmpty();
    assertThat(BomCoverage.required(reactor))
        .as("today's published modules")
        .contains("djk8s-api", "djk8s-core", "djk8s", "djk8s-cli");
  }

  @Test
  void coverageCheckNamesAPublishedModuleTheBomLacks(@TempDir Path dir) throws IOException {
    write(dir.resolve("pom.xml"), project("parent", "<modules><module>a</module></modules>"));
    write(
        dir.resolve("a/pom.xml"),
        project("djk8s-grpc", "<parent><artifactId>parent</artifactId></parent>"));
    Path fakeBom = dir.resolve("bom.xml");
    write(
        fakeBom,
        project(
            "djk8s-bom",
            "<dependencyManagement><dependencies><dependency><groupId>io.djk8s</groupId>"
                + "<artifactId>djk8s-gone</artifactId><version>1.0</version>"
                + "</dependency></dependencies></dependencyManagement>"));

    assertThat(BomCoverage.problems(Reactor.read(dir), Pom.read(fakeBom)))
        .as("a module added to the build but not to the BOM, and a stale BOM entry")
        .containsExactlyInAnyOrder(
            "the BOM lists io.djk8s:djk8s-gone, which is no published module of the build",
            "the BOM lists djk8s-gone at 1.0, not at ${project.version}",
            "published module djk8s-grpc is missing from djk8s-bom/pom.xml: add it to its"
                + " dependencyManagement at ${project.version}");
  }

  @Test
  void coverageCheckIgnoresModulesThatAreNeverPublished(@TempDir Path dir) throws IOException {
    write(
        dir.resolve("pom.xml"), project("parent", "<modules><module>examples</module></modules>"));
    write(
        dir.resolve("examples/pom.xml"),
        project(
            "examples",
            "<parent><artifactId>parent</artifactId></parent><packaging>pom</packaging>"
                + "<properties><djk8s.publish.skip>true</djk8s.publish.skip></properties>"
                + "<modules><module>app</module></modules>"));
    write(
        dir.resolve("examples/app/pom.xml"),
        project("app", "<parent><artifactId>examples</artifactId></parent>"));
    Path emptyBom = dir.resolve("bom.xml");
    write(emptyBom, project("djk8s-bom", ""));

    assertThat(BomCoverage.problems(Reactor.read(dir), Pom.read(emptyBom)))
        .as("an example inherits the never-published marker from its parent")
        .isEmpty();
  }

  @Test
  void bomIsAtTheProjectVersionAndHasNoParent() {
    assertThat(bom.version()).as("djk8s-bom version").isEqualTo(reactor.root().version());
    assertThat(bom.groupId()).isEqualTo(reactor.root().groupId());
    assertThat(bom.all("parent"))
        .as("a BOM's parent's dependencyManagement would be imported along with it")
        .isEmpty();
  }

  @Test
  void bomRepeatsTheRootMetadataAndPluginVersions() {
    Pom root = reactor.root();
    for (String[] path :
        new String[][] {
          {"url"},
          {"inceptionYear"},
          {"licenses", "license", "name"},
          {"licenses", "license", "url"},
          {"developers", "developer", "name"},
          {"scm", "connection"},
          {"scm", "developerConnection"},
          {"scm", "url"}
        }) {
      assertThat(bom.text(path))
          .as("djk8s-bom %s", String.join("/", path))
          .isNotEmpty()
          .isEqualTo(root.text(path));
    }
    Map<String, String> rootProperties = root.properties();
    bom.properties()
        .forEach(
            (name, value) -> {
              if (name.startsWith("version.") || name.equals("project.build.outputTimestamp")) {
                assertThat(value)
                    .as("djk8s-bom property %s against the root pom", name)
                    .isEqualTo(rootProperties.get(name));
              }
            });
  }

  private static String project(String artifactId, String body) {
    return "<project><groupId>io.djk8s</groupId><artifactId>"
        + artifactId
        + "</artifactId><version>1.0</version>"
        + body
        + "</project>";
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
