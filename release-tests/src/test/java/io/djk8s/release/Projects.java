package io.djk8s.release;

import java.nio.file.Path;

/** Where the project under test is: its root directory, passed by the build. */
final class Projects {

  private Projects() {}

  static Path root() {
    String root = System.getProperty("djk8s.project.root");
    if (root == null) {
      throw new IllegalStateException("system property djk8s.project.root is not set");
    }
    return Path.of(root).toAbsolutePath().normalize();
  }
}
