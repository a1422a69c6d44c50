package io.djk8s.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * Maven Central's rules applied to a staged repository directory: every artifact has its POM with
 * name, description, url, licenses, developers and scm (own or from a staged parent); every jar its
 * {@code -sources} and {@code -javadoc} jar and its CycloneDX SBOM; every file its {@code .md5} and
 * {@code .sha1} (and, when signed, a valid {@code .asc}); every jar an {@code
 * Automatic-Module-Name}; nothing else of the group staged.
 */
final class CentralLayout {

  /** An artifact that must be staged. */
  record Artifact(String groupId, String artifactId, String packaging) {}

  /** Checks a detached signature; absent when the staging was not signed. */
  interface Signatures {
    boolean valid(Path file, Path signature);
  }

  private static final Pattern MODULE_NAME =
      Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

  private final Path staging;
  private final String version;
  private final Optional<Signatures> signatures;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> moduleNames = new HashMap<>();

  private CentralLayout(Path staging, String version, Optional<Signatures> signatures) {
    this.staging = staging;
    this.version = version;
    this.signatures = signatures;
  }

  /** Every rule the staged directory breaks, or an empty list. */
  static List<String> problems(
      Path staging, String version, List<Artifact> artifacts, Optional<Signatures> signatures) {
    CentralLayout layout = new CentralLayout(staging, version, signatures);
    artifacts.forEach(layout::check);
    layout.checkNothingElseStaged(artifacts);
    return layout.problems;
  }

  private void check(Artifact artifact) {
    Path dir = versionDir(artifact.groupId(), artifact.artifactId());
    if (!Files.isDirectory(dir)) {
      problems.add(artifact.artifactId() + ": not staged (no " + staging.relativize(dir) + ")");
      return;
    }
    Optional<Path> pom = file(artifact.groupId(), artifact.artifactId(), "", "pom");
    pom.ifPresent(file -> checkPom(artifact, file));
    if (artifact.packaging().equals("jar")) {
      file(artifact.groupId(), artifact.artifactId(), "", "jar")
          .ifPresent(jar -> checkJar(artifact, jar, "module-info.class|.*\\.class", true));
      file(artifact.groupId(), artifact.artifactId(), "sources", "jar")
          .ifPresent(jar -> checkJar(artifact, jar, ".*\\.java", false));
      file(artifact.groupId(), artifact.artifactId(), "javadoc", "jar")
          .ifPresent(jar -> checkJar(artifact, jar, "index\\.html", false));
      file(artifact.groupId(), artifact.artifactId(), "cyclonedx", "json")
          .ifPresent(sbom -> checkSbom(artifact, sbom));
    }
  }

  /** The staged file of one classifier and extension, its checksums and signature checked. */
  private Optional<Path> file(String groupId, String artifactId, String classifier, String ext) {
    Path dir = versionDir(groupId, artifactId);
    String base = fileVersion(dir, classifier, ext);
    String name =
        artifactId + "-" + base + (classifier.isEmpty() ? "" : "-" + classifier) + "." + ext;
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file) || size(file) == 0) {
      problems.add(artifactId + ": missing " + name);
      return Optional.empty();
    }
    checkChecksum(file, "md5", "MD5");
    checkChecksum(file, "sha1", "SHA-1");
    signatures.ifPresent(
        check -> {
          Path asc = file.resolveSibling(name + ".asc");
          if (!Files.isRegularFile(asc)) {
            problems.add(artifactId + ": missing signature " + asc.getFileName());
          } else if (!check.valid(file, asc)) {
            problems.add(artifactId + ": signature " + asc.getFileName() + " does not verify");
          }
        });
    return Optional.of(file);
  }

  private void checkChecksum(Path file, String ext, String algorithm) {
    Path sum = file.resolveSibling(file.getFileName() + "." + ext);
    if (!Files.isRegularFile(sum)) {
      problems.add(file.getFileName() + ": missing checksum " + sum.getFileName());
      return;
    }
    String expected = read(sum).trim().split("\\s+")[0];
    String actual = digest(file, algorithm);
    if (!actual.equalsIgnoreCase(expected)) {
      problems.add(
          sum.getFileName() + ": " + expected + " but the file's " + algorithm + " is " + actual);
    }
  }

  private void checkPom(Artifact artifact, Path file) {
    Pom pom = Pom.read(file);
    String coordinates = pom.groupId() + ":" + pom.artifactId() + ":" + pom.version();
    String expected = artifact.groupId() + ":" + artifact.artifactId() + ":" + version;
    if (!coordinates.equals(expected)) {
      problems.add(artifact.artifactId() + ": POM says " + coordinates + ", expected " + expected);
    }
    if (!pom.packaging().equals(artifact.packaging())) {
      problems.add(artifact.artifactId() + ": POM packaging " + pom.packaging());
    }
    for (String element : List.of("name", "description")) {
      if (pom.text(element).isEmpty()) {
        problems.add(artifact.artifactId() + ": POM has no <" + element + ">");
      }
    }
    for (String[] path :
        new String[][] {
          {"url"},
          {"licenses", "license", "name"},
          {"licenses", "license", "url"},
          {"developers", "developer", "name"},
          {"scm", "url"},
          {"scm", "connection"}
        }) {
      if (inherited(pom, path).isEmpty()) {
        problems.add(
            artifact.artifactId() + ": no <" + String.join("/", path) + "> in its POM or parents");
      }
    }
  }

  /** An element's text in the POM or, when absent, in its staged parent's. */
  private String inherited(Pom pom, String... path) {
    for (Pom current = pom; current != null; current = stagedParent(current)) {
      String text = current.text(path);
      if (!text.isEmpty()) {
        return text;
      }
    }
    return "";
  }

  private Pom stagedParent(Pom pom) {
    String groupId = pom.text("parent", "groupId");
    String artifactId = pom.text("parent", "artifactId");
    if (artifactId.isEmpty()) {
      return null;
    }
    Path dir = versionDir(groupId, artifactId);
    Path file = dir.resolve(artifactId + "-" + fileVersion(dir, "", "pom") + ".pom");
    if (!Files.isRegularFile(file)) {
      problems.add(pom.artifactId() + ": its parent " + artifactId + " is not staged");
      return null;
    }
    return Pom.read(file);
  }

  private void checkJar(Artifact artifact, Path file, String entryPattern, boolean main) {
    Pattern entries = Pattern.compile("(.*/)?(" + entryPattern + ")");
    try (JarFile jar = new JarFile(file.toFile())) {
      if (jar.stream().noneMatch(entry -> entries.matcher(entry.getName()).matches())) {
        problems.add(file.getFileName() + ": holds no " + entryPattern);
      }
      if (main) {
        String name =
            jar.getManifest() == null
                ? null
                : jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        if (name == null || !MODULE_NAME.matcher(name).matches() || name.endsWith(".unpublished")) {
          problems.add(file.getFileName() + ": Automatic-Module-Name is " + name);
        } else if (moduleNames.putIfAbsent(name, artifact.artifactId()) != null) {
          problems.add(
              file.getFileName()
                  + ": Automatic-Module-Name "
                  + name
                  + " is also "
                  + moduleNames.get(name)
                  + "'s");
        }
      }
    } catch (IOException e) {
      problems.add(file.getFileName() + ": not a jar (" + e.getMessage() + ")");
    }
  }

  private void checkSbom(Artifact artifact, Path sbom) {
    String json = read(sbom);
    String purl = "pkg:maven/" + artifact.groupId() + "/" + artifact.artifactId() + "@" + version;
    if (!json.replaceAll("\\s", "").contains("\"bomFormat\":\"CycloneDX\"")
        || !json.contains(purl)) {
      problems.add(sbom.getFileName() + ": no CycloneDX SBOM of " + purl);
    }
  }

  private void checkNothingElseStaged(List<Artifact> artifacts) {
    Set<String> expected = new TreeSet<>();
    Set<String> groups = new TreeSet<>();
    for (Artifact artifact : artifacts) {
      expected.add(artifact.groupId() + ":" + artifact.artifactId());
      groups.add(artifact.groupId());
    }
    for (String group : groups) {
      Path groupDir = staging.resolve(group.replace('.', '/'));
      try (Stream<Path> dirs = Files.list(groupDir)) {
        dirs.filter(Files::isDirectory)
            .map(dir -> group + ":" + dir.getFileName())
            .filter(found -> !expected.contains(found))
            .forEach(found -> problems.add(found + ": staged, but it is never published"));
      } catch (IOException e) {
        problems.add("nothing staged for group " + group);
      }
    }
  }

  private Path versionDir(String groupId, String artifactId) {
    return staging.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
  }

  /**
   * The version in a staged file's name: the version itself, or for a SNAPSHOT the timestamped
   * value that the version directory's maven-metadata.xml gives the classifier and extension.
   */
  private String fileVersion(Path dir, String classifier, String ext) {
    if (!version.endsWith("-SNAPSHOT")) {
      return version;
    }
    Path metadata = dir.resolve("maven-metadata.xml");
    if (!Files.isRegularFile(metadata)) {
      return version;
    }
    for (Element entry :
        Pom.read(metadata).all("versioning", "snapshotVersions", "snapshotVersion")) {
      if (text(entry, "extension").equals(ext) && text(entry, "classifier").equals(classifier)) {
        return text(entry, "value");
      }
    }
    return version;
  }

  private static String text(Element parent, String name) {
    var nodes = parent.getElementsByTagName(name);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  static String digest(Path file, String algorithm) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot digest " + file, e);
    }
  }
}
