package io.djk8s.tck;

import io.djk8s.testing.ChildProcess;
import io.djk8s.testing.Http;
import io.djk8s.testing.LoopbackPorts;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Helidon MP ({@code io.helidon.microprofile.bundles:helidon-microprofile-core} with {@code
 * helidon-microprofile-health}) started as {@code io.helidon.microprofile.cdi.Main} with the
 * example WAR's own classes and jars on the class path: Helidon has no servlet container and
 * deploys no WAR. What this does to the WAR, and only this: {@code WEB-INF/beans.xml} is copied to
 * {@code WEB-INF/classes/META-INF/beans.xml}, where a class-path bean archive has it. The
 * datasource {@code jdbc/app} comes from {@link HelidonNaming}, as Helidon has no JNDI.
 *
 * <p>There is no servlet filter here, so the probes are answered by djk8s's JAX-RS filter, which
 * sees only the requests of the JAX-RS application: under its {@code @ApplicationPath} ({@code
 * /api/readyz}). MicroProfile Health is at the server's root ({@code /health/ready}).
 */
final class HelidonServer implements AppServer {

  /** The example's {@code @ApplicationPath}. */
  static final String APPLICATION_PATH = "api/";

  private ChildProcess process;
  private Duration bootTime = Duration.ZERO;

  @Override
  public Target start(int databasePort, Path maintenanceFile, Map<String, String> env)
      throws Exception {
    Path work = AppServer.path("djk8s.tck.work").resolve("helidon");
    Path app = work.resolve("app");
    deleteRecursively(app);
    unzip(AppServer.path("djk8s.tck.webapp.war"), app);
    Path classes = app.resolve("WEB-INF/classes");
    Files.createDirectories(classes.resolve("META-INF"));
    Files.copy(
        app.resolve("WEB-INF/beans.xml"),
        classes.resolve("META-INF/beans.xml"),
        StandardCopyOption.REPLACE_EXISTING);

    List<Path> classPath = new ArrayList<>();
    classPath.add(classes);
    classPath.addAll(jars(app.resolve("WEB-INF/lib")));
    classPath.addAll(jars(AppServer.path("djk8s.tck.helidon.lib")));
    classPath.add(AppServer.path("djk8s.tck.postgresql.jar"));
    classPath.add(codeSource(HelidonNaming.class));

    int port = LoopbackPorts.free();
    long start = System.nanoTime();
    process =
        ChildProcess.start(
            List.of(
                Path.of(Boot.javaHome(), "bin", "java").toString(),
                "-cp",
                String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()),
                "-Dserver.host=127.0.0.1",
                "-Dserver.port=" + port,
                "-Djava.naming.factory.initial=" + HelidonNaming.class.getName(),
                "-D"
                    + HelidonNaming.URL_PROPERTY
                    + "=jdbc:postgresql://127.0.0.1:"
                    + databasePort
                    + "/test?user=postgres&connectTimeout=5&socketTimeout=30",
                "io.helidon.microprofile.cdi.Main"),
            AppServer.env(Map.of("WEBAPP_MAINTENANCE_FILE", maintenanceFile.toString()), env),
            work,
            work.resolve("server.log"));
    URI root = URI.create("http://127.0.0.1:" + port + "/");
    URI probes = root.resolve(APPLICATION_PATH);
    bootTime = Boot.await(process, probes.resolve("livez"), start, Duration.ofSeconds(120));
    // What the docs say: without a servlet filter nothing of djk8s answers outside the JAX-RS
    // application's path.
    Http.Answer outside = Http.get(root.resolve("livez"));
    if (outside.status() != 404) {
      throw new IllegalStateException(
          "on Helidon /livez outside the application path /"
              + APPLICATION_PATH
              + " should be 404, the docs say so: "
              + outside);
    }
    return new Target(
        "helidon",
        probes,
        root.resolve("health/"),
        Optional.empty(),
        Optional.of(maintenanceFile),
        false);
  }

  private static List<Path> jars(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    }
  }

  private static Path codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void unzip(Path archive, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(archive);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target)) {
          throw new IOException("entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else {
          Files.createDirectories(file.getParent());
          Files.copy(zip, file);
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Duration bootTime() {
    return bootTime;
  }

  @Override
  public void close() {
    if (process != null) {
      process.close();
    }
  }
}
