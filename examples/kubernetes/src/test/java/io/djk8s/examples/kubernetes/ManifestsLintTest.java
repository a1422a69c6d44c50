package io.djk8s.examples.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.cli.lint.Finding;
import io.djk8s.cli.lint.Linter;
import io.djk8s.cli.lint.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code djk8s lint --strict examples/kubernetes/*.yaml} finds nothing, warnings included. */
class ManifestsLintTest {

  private static final Path DIR = Path.of(System.getProperty("djk8s.manifests", "."));

  @Test
  void theExampleManifestsLintCleanEvenUnderStrict() throws IOException {
    List<Manifests.Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        sources.add(new Manifests.Source(file.getFileName().toString(), Files.readString(file)));
      }
    }
    assertThat(sources).as("manifests in %s", DIR).hasSizeGreaterThanOrEqualTo(3);

    Manifests manifests = Manifests.read(sources);
    List<Finding> findings = Linter.lint(manifests);

    assertThat(manifests.workloads()).as("workloads read").hasSizeGreaterThanOrEqualTo(4);
    assertThat(findings).extracting(Finding::text).isEmpty();
  }
}
