package io.djk8s.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.testing.DrainingServerMain;
import io.djk8s.testing.Http;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The drain on shutdown, on the embedded runtime in its own JVM stopped by a real SIGTERM while a
 * client polls: {@code /readyz} turns 503 at once, {@code /livez} and an ordinary endpoint keep
 * answering 200 for {@code djk8s.shutdown.drain}, then the process exits.
 */
class ShutdownDrainIT {

  private static final long DRAIN_MILLIS = 3_000;

  /** What the poller saw at one moment after SIGTERM. */
  private record Sample(long millis, int ready, int live, int work) {}

  @Test
  void sigtermTurnsReadyzTo503AtOnceWhileLivezAndTheApplicationServeThroughTheDrain()
      throws Exception {
    Process process = start("djk8s.shutdown.drain=" + DRAIN_MILLIS + "ms");
    try {
      int port = awaitPort(process);
      URI base = URI.create("http://127.0.0.1:" + port);
      for (int i = 0; i < 5; i++) { // warm up: the first requests load classes
        assertThat(Http.get(base.resolve("/readyz")).status()).as("/readyz before").isEqualTo(200);
        assertThat(Http.get(base.resolve("/work")).body()).isEqualTo("work");
        assertThat(Http.get(base.resolve("/livez")).status()).isEqualTo(200);
      }

      long sigterm = System.nanoTime();
      process.destroy(); // SIGTERM on Linux
      List<Sample> samples = new ArrayList<>();
      long refusedAt =
          Awaitility.await("connections refused after the drain")
              .atMost(Duration.ofMillis(DRAIN_MILLIS).plusSeconds(20))
              .pollInterval(Duration.ofMillis(20))
              .until(
                  () -> {
                    long at = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sigterm);
                    try {
                      int ready = Http.get(base.resolve("/readyz")).status();
                      int live = Http.get(base.resolve("/livez")).status();
                      int work = Http.get(base.resolve("/work")).status();
                      samples.add(new Sample(at, ready, live, work));
                      return -1L;
                    } catch (IOException refused) {
                      return at;
                    }
                  },
                  at -> at >= 0);
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the process exits").isTrue();

      assertThat(refusedAt)
          .as("connections are refused only after the drain; samples %s", samples)
          .isGreaterThanOrEqualTo(DRAIN_MILLIS - 200);
      Sample first =
          samples.stream()
              .filter(s -> s.ready() == 503)
              .findFirst()
              .orElseThrow(() -> new AssertionError("/readyz never answered 503: " + samples));
      assertThat(first.millis())
          .as("/readyz answers 503 at once after SIGTERM (signal delivery and hook start)")
          .isLessThan(500);
      List<Sample> duringDrain =
          samples.stream()
              .filter(s -> s.millis() >= first.millis() && s.millis() < DRAIN_MILLIS - 200)
              .toList();
      assertThat(duringDrain).as("polls during the drain").hasSizeGreaterThan(10);
      assertThat(duringDrain)
          .as("during the drain: /readyz 503")
          .allSatisfy(s -> assertThat(s.ready()).as("/readyz at %d ms", s.millis()).isEqualTo(503));
      assertThat(samples.stream().filter(s -> s.millis() < DRAIN_MILLIS - 200))
          .as("from SIGTERM to the end of the drain: /livez 200, /work 200")
          .allSatisfy(
              s -> {
                assertThat(s.live()).as("/livez at %d ms", s.millis()).isEqualTo(200);
                assertThat(s.work()).as("/work at %d ms", s.millis()).isEqualTo(200);
              });
      System.out.printf(
          "drain: first 503 %d ms after SIGTERM, %d polls, last poll %s, refused at %d ms%n",
          first.millis(), samples.size(), samples.get(samples.size() - 1), refusedAt);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aZeroDrainStopsWithoutWaiting() throws Exception {
    Process process = start("djk8s.shutdown.drain=0");
    try {
      int port = awaitPort(process);
      assertThat(Http.get(URI.create("http://127.0.0.1:" + port + "/readyz")).status())
          .isEqualTo(200);
      long sigterm = System.nanoTime();
      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sigterm);
      assertThat(millis).as("exit after SIGTERM with drain 0").isLessThan(DRAIN_MILLIS);
    } finally {
      process.destroyForcibly();
    }
  }

  private static Process start(String... properties) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.add("-XX:TieredStopAtLevel=1");
    String logging = System.getProperty("java.util.logging.config.file");
    if (logging != null) {
      command.add("-Djava.util.logging.config.file=" + logging);
    }
    command.add("-cp");
    command.add(classpath);
    command.add(DrainingServerMain.class.getName());
    command.addAll(List.of(properties));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static int awaitPort(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("PORT ")) {
        int port = Integer.parseInt(line.substring(5).trim());
        Thread drainer =
            new Thread(
                () -> {
                  try {
                    while (out.readLine() != null) {
                      // keep the pipe flowing
                    }
                  } catch (IOException ignored) {
                    // process ended
                  }
                });
        drainer.setDaemon(true);
        drainer.start();
        return port;
      }
      seen.append(line).append('\n');
    }
    throw new IllegalStateException("the server exited before printing its port:\n" + seen);
  }
}
