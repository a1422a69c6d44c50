package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.NotReady;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeGroup;
import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.engine.ProbeServiceBuilder;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import io.djk8s.grpc.Djk8sGrpcHealth;
import io.djk8s.grpc.Djk8sHealthService;
import io.djk8s.testing.LoopbackPorts;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code probe --grpc} against a real Netty server answering with the djk8s health service. */
class GrpcProbeIT {

  /** Generous: a first connection on a loaded shared machine can take more than the default 1s. */
  private static final String SLOW = "20s";

  private final AtomicBoolean queueUp = new AtomicBoolean(true);
  private ProbeService engine;
  private Djk8sHealthService health;
  private Server server;
  private String address;

  @BeforeEach
  void start() throws Exception {
    engine =
        new ProbeServiceBuilder(
                SettingsReader.read(SettingsSource.of(Map.of("djk8s.readiness.probes", "queue")))
                    .settings()
                    .orElseThrow())
            .add(
                ProbeGroup.READINESS,
                new NamedProbe(
                    "queue",
                    context -> {
                      if (!queueUp.get()) {
                        throw new NotReady("queue: down", "queue broker 10.1.2.3 refused", null);
                      }
                    }))
            .build();
    health = Djk8sGrpcHealth.create(engine);
    server =
        NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
            .addService(health)
            .build()
            .start();
    address = "127.0.0.1:" + server.getPort();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    health.close();
    engine.close();
  }

  @Test
  void servingExits0() {
    Cli.Run run = Cli.run("probe", "--grpc", address, "--timeout", SLOW);
    assertThat(run.exit()).as(run.all()).isEqualTo(0);
    assertThat(run.out()).isEqualToIgnoringNewLines("Ok");
    assertThat(Cli.run("probe", "--grpc", address, "--service", "queue", "--timeout", SLOW).exit())
        .isEqualTo(0);
    assertThat(Cli.run("probe", "-L", "--grpc", address, "--timeout", SLOW).exit())
        .as("liveness")
        .isEqualTo(0);
  }

  @Test
  void notServingExits1WithoutTheReason() {
    queueUp.set(false);
    Cli.Run run = Cli.run("probe", "--grpc", address, "--service", "readiness", "--timeout", SLOW);
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out()).contains("readiness: NOT_SERVING");
    assertThat(run.all()).doesNotContain("10.1.2.3");
  }

  @Test
  void anUnknownServiceExits2() {
    Cli.Run run = Cli.run("probe", "--grpc", address, "--service", "payments", "--timeout", SLOW);
    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.out()).contains("Unknown gRPC health service 'payments'");
  }

  @Test
  void nothingListeningOrNoAnswerInTimeExits3() throws Exception {
    int closed = LoopbackPorts.free();
    Cli.Run refused = Cli.run("probe", "--grpc", "127.0.0.1:" + closed);
    assertThat(refused.exit()).as(refused.all()).isEqualTo(3);
    assertThat(refused.out()).contains("No answer from gRPC 127.0.0.1:" + closed);

    try (ServerSocket silent = LoopbackPorts.bind(5)) {
      Cli.Run run =
          Cli.run("probe", "--grpc", "127.0.0.1:" + silent.getLocalPort(), "--timeout", "300ms");
      assertThat(run.exit()).as(run.all()).isEqualTo(3);
      assertThat(run.elapsed())
          .as("bounded by --timeout")
          .isLessThan(java.time.Duration.ofSeconds(3));
    }
  }

  @Test
  void badGrpcFlagsAreUsageErrors() {
    assertThat(Cli.run("probe", "--grpc", "nohost").exit()).isEqualTo(2);
    assertThat(Cli.run("probe", "--service", "readiness", "-R").exit()).isEqualTo(2);
    assertThat(Cli.run("probe", "--grpc", address, "--url", "http://127.0.0.1:1").exit())
        .isEqualTo(2);
  }

  @Test
  void theFastPathAndPicocliAgreeOnGrpcCommandLines() {
    String[] line = {"probe", "--grpc", address, "--service", "queue", "--timeout", SLOW};
    assertThat(ProbeFastPath.parse(line)).as("taken by the fast path").isNotNull();
    assertThat(Cli.run(line).exit()).isEqualTo(0);
  }

  @Test
  void otherProbeModesLoadNoGrpcClass(@TempDir Path dir) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-verbose:class");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.djk8s.cli.Main");
    command.addAll(List.of("probe", "--live", "--status-dir", dir.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isEqualTo(3);
    assertThat(output).as("classes loaded").contains("io.djk8s.cli.ProbeCommand");
    assertThat(output.lines().filter(l -> l.contains("io.grpc") || l.contains("GrpcProbe")))
        .as("gRPC classes loaded by probe --live in file mode")
        .isEmpty();
    Files.deleteIfExists(dir.resolve("none"));
  }
}
