package io.djk8s.benchmarks.harness;

import io.djk8s.benchmarks.app.BenchServerMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The server under test in its own JVM ({@link BenchServerMain}), so that the load generator and
 * the harness never share its heap or its JIT; configured by system properties, stopped by closing
 * its standard input (and destroyed if it lingers).
 */
final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static ServerProcess start(Map<String, String> properties, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-Dsun.net.httpserver.nodelay=true");
    command.add("-Djava.util.logging.config.file=/dev/null");
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BenchServerMain.class.getName());
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              // reads the port, then drains standard output so the server never blocks on it
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  if (line.startsWith("LISTENING ")) {
                    port.complete(Integer.parseInt(line.substring("LISTENING ".length()).trim()));
                  }
                }
              } catch (IOException | RuntimeException e) {
                // the process is gone
              }
              port.complete(-1);
            },
            "server-stdout");
    reader.setDaemon(true);
    reader.start();
    try {
      int found = port.get(90, TimeUnit.SECONDS);
      if (found < 0) {
        throw new IOException("the server did not start; see " + log);
      }
      return new ServerProcess(process, found);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IOException("the server did not start within 90 s; see " + log, e);
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Override
  public void close() throws IOException {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // already gone
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
