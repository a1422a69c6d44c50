package io.djk8s.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's release staging command, signed with a throwaway key, on a copy of the project
 * (so this build's own {@code target} directories are left alone) and checks the staged directory
 * against Maven Central's rules. The staging build is limited to the published modules with {@code
 * -pl ... -am}; everything else on the command line is the README's command.
 */
class StagingLayoutIT {

  private static final long STAGING_TIMEOUT_SECONDS = 1200;

  @Test
  void stagedReleaseHasEveryFileCentralRequiresSignedWithTheThrowawayKey(@TempDir Path dir)
      throws Exception {
    Reactor reactor = Reactor.read(Projects.root());
    Path copy = copyProject(Projects.root(), dir.resolve("project"));
    Path staging = copy.resolve("target/staging");
    try (Gpg gpg = Gpg.throwaway(dir)) {
      // Online even when this build is offline: the deploy plugin refuses to run offline, even
      // into a file: repository.
      List<String> command = new ArrayList<>(List.of("./mvnw", "-B"));
      command.addAll(
          List.of(
              "-Prelease",
              "-DskipTests",
              "deploy",
              "-DaltDeploymentRepository=local::file://" + staging,
              "-Dgpg.keyname=" + gpg.fingerprint(),
              "-pl",
              String.join(",", publishedDirs(reactor)),
              "-am"));
      Path log = Path.of("target", "staging-build.log").toAbsolutePath();
      Processes.run(
          command,
          Map.of("GNUPGHOME", gpg.home().toString(), "JAVA_HOME", javaHome()),
          copy,
          log,
          STAGING_TIMEOUT_SECONDS);

      List<String> problems =
          CentralLayout.problems(
              staging, reactor.root().version(), expectedArtifacts(reactor), Optional.of(gpg));

      assertThat(problems).as("Central's rules on %s (build log %s)", staging, log).isEmpty();
    }
  }

  /**
   * Checks a directory staged by hand with the README's command (the whole build, not only the
   * published modules): {@code -Ddjk8s.staging.dir=DIR}, and {@code -Ddjk8s.staging.signed=true}
   * when it ran with a key (the signatures are then required; without this key's public part they
   * are not verified).
   */
  @Test
  @EnabledIfSystemProperty(named = "djk8s.staging.dir", matches = ".+")
  void givenStagingDirectoryPassesCentralRules() {
    Reactor reactor = Reactor.read(Projects.root());
    Path staging = Path.of(System.getProperty("djk8s.staging.dir"));
    Optional<CentralLayout.Signatures> signatures =
        Boolean.getBoolean("djk8s.staging.signed")
            ? Optional.of((file, signature) -> true)
            : Optional.empty();

    assertThat(
            CentralLayout.problems(
                staging, reactor.root().version(), expectedArtifacts(reactor), signatures))
        .as("Central's rules on %s", staging)
        .isEmpty();
  }

  /** The parent POM and every published module: what the staged directory must hold, only that. */
  static List<CentralLayout.Artifact> expectedArtifacts(Reactor reactor) {
    List<CentralLayout.Artifact> artifacts = new ArrayList<>();
    Pom root = reactor.root();
    artifacts.add(new CentralLayout.Artifact(root.groupId(), root.artifactId(), "pom"));
    for (Reactor.Module module : reactor.publishedModules()) {
      Pom pom = module.pom();
      artifacts.add(new CentralLayout.Artifact(pom.groupId(), pom.artifactId(), pom.packaging()));
    }
    return artifacts;
  }

  private static List<String> publishedDirs(Reactor reactor) {
    return reactor.publishedModules().stream()
        .map(module -> reactor.relative(module).toString())
        .toList();
  }

  private static String javaHome() {
    return Path.of(System.getProperty("java.home")).toString();
  }

  /** The project's files without build output or Git data. */
  private static Path copyProject(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path relative = from.relativize(path);
        if (excluded(relative)) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return to;
  }

  private static boolean excluded(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.equals(".git") || name.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }
}
