package io.djk8s.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublishedModulesTest {

  private static final String MODULE_NAME = "[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*";

  private final Reactor reactor = Reactor.read(Projects.root());

  @Test
  void everyPublishedModuleNamesAndDescribesItself() {
    for (Reactor.Module module : reactor.publishedModules()) {
      assertThat(module.pom().text("name")).as("%s <name>", module.artifactId()).isNotBlank();
      assertThat(module.pom().text("description"))
          .as("%s <description>", module.artifactId())
          .isNotBlank();
    }
  }

  @Test
  void everyPublishedJarDeclaresItsOwnAutomaticModuleName() {
    Set<String> names = new HashSet<>();
    for (Reactor.Module module : reactor.publishedModules()) {
      if (!module.pom().packaging().equals("jar")) {
        continue;
      }
      String name = module.pom().properties().get("module.name");
      assertThat(name)
          .as("%s sets property module.name (its Automatic-Module-Name)", module.artifactId())
          .isNotNull()
          .matches(MODULE_NAME)
          .startsWith("io.djk8s");
      assertThat(names.add(name)).as("module name %s used once", name).isTrue();
    }
  }

  @Test
  void rootPomCarriesTheMetadataCentralRequires() throws IOException {
    Pom root = reactor.root();
    assertThat(root.text("url")).startsWith("https://");
    assertThat(root.text("licenses", "license", "name")).isEqualTo("Apache-2.0");
    assertThat(root.text("licenses", "license", "url"))
        .isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
    assertThat(root.text("developers", "developer", "name")).isNotBlank();
    assertThat(root.text("scm", "connection")).startsWith("scm:git:");
    assertThat(root.text("scm", "url")).isEqualTo(root.text("url"));
    String licence = Files.readString(Projects.root().resolve("LICENSE"));
    assertThat(licence)
        .as("LICENSE")
        .contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
  }

  @Test
  void examplesTestsAndBenchmarksAreNeverPublished() {
    for (String dir :
        List.of(
            "examples",
            "examples/quickstart",
            "examples/webapp",
            "examples/kubernetes",
            "tck-tests",
            "mp-health-tck",
            "benchmarks",
            "test-support",
            "release-tests")) {
      Path path = Projects.root().resolve(dir);
      Reactor.Module module =
          reactor.modules().stream()
              .filter(m -> m.dir().equals(path))
              .findFirst()
              .orElseThrow(() -> new AssertionError(dir + " is not a module of the build"));
      assertThat(module.published()).as("%s is published", dir).isFalse();
    }
  }
}
