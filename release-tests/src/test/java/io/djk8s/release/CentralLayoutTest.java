package io.djk8s.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Central layout check itself, on a hand-made staged directory it must accept or refuse. */
class CentralLayoutTest {

  private static final String METADATA =
      "<url>https://example.invalid/p</url>"
          + "<licenses><license><name>Apache-2.0</name>"
          + "<url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>"
          + "<developers><developer><name>Someone</name></developer></developers>"
          + "<scm><url>https://example.invalid/p</url><connection>scm:git:x</connection></scm>";

  private static final List<CentralLayout.Artifact> ARTIFACTS =
      List.of(
          new CentralLayout.Artifact("io.djk8s", "djk8s-parent", "pom"),
          new CentralLayout.Artifact("io.djk8s", "djk8s-x", "jar"));

  private static final CentralLayout.Signatures ALL_VALID = (file, signature) -> true;

  @TempDir Path staging;
  private Path dir;

  @BeforeEach
  void stageAValidRelease() throws IOException {
    Path parentDir = staging.resolve("io/djk8s/djk8s-parent/1.0.0");
    stage(
        parentDir.resolve("djk8s-parent-1.0.0.pom"),
        ("<project><groupId>io.djk8s</groupId><artifactId>djk8s-parent</artifactId>"
                + "<version>1.0.0</version><packaging>pom</packaging><name>p</name>"
                + "<description>d</description>"
                + METADATA
                + "</project>")
            .getBytes(StandardCharsets.UTF_8));
    dir = staging.resolve("io/djk8s/djk8s-x/1.0.0");
    stage(
        dir.resolve("djk8s-x-1.0.0.pom"),
        ("<project><parent><groupId>io.djk8s</groupId><artifactId>djk8s-parent</artifactId>"
                + "<version>1.0.0</version></parent><artifactId>djk8s-x</artifactId>"
                + "<name>x</name><description>d</description></project>")
            .getBytes(StandardCharsets.UTF_8));
    stage(dir.resolve("djk8s-x-1.0.0.jar"), jar("io/djk8s/x/X.class", "io.djk8s.x"));
    stage(dir.resolve("djk8s-x-1.0.0-sources.jar"), jar("io/djk8s/x/X.java", null));
    stage(dir.resolve("djk8s-x-1.0.0-javadoc.jar"), jar("index.html", null));
    stage(
        dir.resolve("djk8s-x-1.0.0-cyclonedx.json"),
        "{ \"bomFormat\" : \"CycloneDX\", \"purl\" : \"pkg:maven/io.djk8s/djk8s-x@1.0.0?type=jar\" }"
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void completeSignedStagingHasNoProblem() {
    assertThat(check(Optional.of(ALL_VALID))).isEmpty();
  }

  @Test
  void missingJavadocJarIsNamed() throws IOException {
    Files.delete(dir.resolve("djk8s-x-1.0.0-javadoc.jar"));

    assertThat(check(Optional.empty()))
        .containsExactly("djk8s-x: missing djk8s-x-1.0.0-javadoc.jar");
  }

  @Test
  void checksumThatDoesNotMatchIsNamed() throws IOException {
    Files.writeString(dir.resolve("djk8s-x-1.0.0.jar.sha1"), "0000");

    assertThat(check(Optional.empty()))
        .singleElement()
        .asString()
        .startsWith("djk8s-x-1.0.0.jar.sha1: 0000 but the file's SHA-1 is ");
  }

  @Test
  void missingOrBadSignatureIsNamedWhenSigningRan() throws IOException {
    Files.delete(dir.resolve("djk8s-x-1.0.0.pom.asc"));

    assertThat(check(Optional.of(ALL_VALID)))
        .containsExactly("djk8s-x: missing signature djk8s-x-1.0.0.pom.asc");
    assertThat(check(Optional.of((file, signature) -> !file.toString().endsWith("-sources.jar"))))
        .contains("djk8s-x: signature djk8s-x-1.0.0-sources.jar.asc does not verify");
  }

  @Test
  void jarWithoutAutomaticModuleNameIsNamed() throws IOException {
    stage(dir.resolve("djk8s-x-1.0.0.jar"), jar("io/djk8s/x/X.class", null));

    assertThat(check(Optional.empty()))
        .containsExactly("djk8s-x-1.0.0.jar: Automatic-Module-Name is null");
  }

  @Test
  void metadataMissingFromThePomAndItsParentIsNamed() throws IOException {
    Path parent = staging.resolve("io/djk8s/djk8s-parent/1.0.0/djk8s-parent-1.0.0.pom");
    stage(
        parent,
        Files.readString(parent).replaceAll("<scm>.*</scm>", "").getBytes(StandardCharsets.UTF_8));

    assertThat(check(Optional.empty()))
        .contains(
            "djk8s-x: no <scm/url> in its POM or parents",
            "djk8s-parent: no <scm/connection> in its POM or parents");
  }

  @Test
  void neverPublishedModuleInTheStagingIsNamed() throws IOException {
    Files.createDirectories(staging.resolve("io/djk8s/djk8s-test-support/1.0.0"));

    assertThat(check(Optional.empty()))
        .containsExactly("io.djk8s:djk8s-test-support: staged, but it is never published");
  }

  private List<String> check(Optional<CentralLayout.Signatures> signatures) {
    return CentralLayout.problems(staging, "1.0.0", ARTIFACTS, signatures);
  }

  /** Writes a staged file with its checksums and a (dummy) signature, as a deploy would. */
  private static void stage(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    Files.writeString(sibling(file, ".md5"), CentralLayout.digest(file, "MD5"));
    Files.writeString(sibling(file, ".sha1"), CentralLayout.digest(file, "SHA-1"));
    Files.writeString(sibling(file, ".asc"), "signature");
  }

  private static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  private static byte[] jar(String entry, String moduleName) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (moduleName != null) {
      manifest.getMainAttributes().putValue("Automatic-Module-Name", moduleName);
    }
    var bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new JarOutputStream(bytes, manifest)) {
      ((JarOutputStream) out).putNextEntry(new JarEntry(entry));
      out.write(1);
    }
    return bytes.toByteArray();
  }
}
