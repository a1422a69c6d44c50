package io.djk8s.cli;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Jakarta Security's own {@code Pbkdf2PasswordHash} implementation (Soteria's {@code
 * Pbkdf2PasswordHashImpl}), loaded from {@code target/soteria} in its own class loader so that its
 * CDI extension stays out of the other tests' containers.
 */
public final class SoteriaHash {

  private SoteriaHash() {}

  public static boolean verify(char[] password, String encoded) throws Exception {
    Object hash = implementation();
    return (Boolean)
        hash.getClass()
            .getMethod("verify", char[].class, String.class)
            .invoke(hash, password, encoded);
  }

  public static String generate(char[] password) throws Exception {
    Object hash = implementation();
    return (String) hash.getClass().getMethod("generate", char[].class).invoke(hash, password);
  }

  private static Object implementation() throws Exception {
    URL[] jars;
    try (Stream<Path> files = Files.list(Path.of("target", "soteria"))) {
      List<Path> found = files.filter(f -> f.toString().endsWith(".jar")).toList();
      if (found.size() < 2) {
        throw new IOException("Soteria jars missing in target/soteria: " + found);
      }
      jars = new URL[found.size()];
      for (int i = 0; i < jars.length; i++) {
        jars[i] = found.get(i).toUri().toURL();
      }
    }
    ClassLoader loader = new URLClassLoader(jars, ClassLoader.getPlatformClassLoader());
    Object hash =
        loader
            .loadClass("org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl")
            .getConstructor()
            .newInstance();
    hash.getClass().getMethod("initialize", Map.class).invoke(hash, Map.of());
    return hash;
  }
}
