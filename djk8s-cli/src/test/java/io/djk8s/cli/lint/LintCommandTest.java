package io.djk8s.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.cli.Environment;
import io.djk8s.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code djk8s lint}'s exit codes, {@code --strict} and {@code --format json}. */
class LintCommandTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err), Environment.of(Map.of()));
    return new Run(exit, out.toString(), err.toString());
  }

  private String file(String fixture) throws IOException {
    Path path = dir.resolve(fixture);
    Files.writeString(path, LintFixturesTest.fixture(fixture));
    return path.toString();
  }

  @Test
  void cleanManifestsExitZeroAndSayNoFindings() throws IOException {
    Run run = run("lint", file("clean.yaml"));

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("0 error(s), 0 warning(s)\n");
  }

  @Test
  void anErrorExitsOneAndIsPrintedWithFileAndLine() throws IOException {
    String file = file("probe-port.yaml");

    Run run = run("lint", file("clean.yaml"), file);

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            file
                + ":16: error [probe-port] DaemonSet/app container 'web' livenessProbe port 'web' is not the name of one of the container's ports [http 8080]")
        .endsWith("2 error(s), 0 warning(s)\n");
  }

  @Test
  void warningsPassUnlessStrict() throws IOException {
    String file = file("shutdown-drain.yaml");

    Run lenient = run("lint", file);
    Run strict = run("lint", "--strict", file);

    assertThat(lenient.exit()).as(lenient.toString()).isZero();
    assertThat(lenient.out()).contains("warning [shutdown-drain]");
    assertThat(strict.exit()).as(strict.toString()).isEqualTo(1);
  }

  @Test
  void jsonFormatListsEveryFindingWithItsFields() throws IOException {
    String file = file("authorization-header.yaml");

    Run run = run("lint", "--format", "json", file);

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith(
            "{\"findings\":[{\"file\":\"" + file + "\",\"line\":16,\"workload\":\"Pod/app\"")
        .contains(
            "\"container\":\"web\",\"rule\":\"authorization-header\",\"severity\":\"warning\"")
        .endsWith("],\"errors\":0,\"warnings\":1}\n")
        .doesNotContain("YWRtaW46c2VjcmV0");
  }

  @Test
  void aMissingFileIsAUsageError() {
    Run run = run("lint", dir.resolve("nope.yaml").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("nope.yaml: no such file");
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    Run run = run("lint", "--format", "xml", file("clean.yaml"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--format='xml': must be 'text' or 'json'");
  }

  @Test
  void noFileIsAUsageError() {
    assertThat(run("lint").exit()).isEqualTo(2);
  }
}
