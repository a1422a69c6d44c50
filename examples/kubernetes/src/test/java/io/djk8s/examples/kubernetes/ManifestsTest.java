package io.djk8s.examples.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djk8s.cli.Main;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates examples/kubernetes/*.yaml against the Kubernetes model and djk8s's probe rules. */
class ManifestsTest {

  private static final Path DIR = Path.of(System.getProperty("djk8s.manifests", "."));

  private static List<HasMetadata> resources;

  @BeforeAll
  static void parseAll() throws IOException {
    resources = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        resources.addAll(
            StrictManifests.parse(file.getFileName().toString(), Files.readString(file)));
      }
    }
  }

  @Test
  void everyManifestParsesStrictly() {
    assertThat(resources)
        .extracting(r -> r.getKind() + "/" + r.getMetadata().getName())
        .contains(
            "Deployment/djk8s-web",
            "Deployment/djk8s-worker",
            "Deployment/djk8s-grpc",
            "Service/djk8s-grpc",
            "Job/djk8s-ensureadmin",
            "Job/djk8s-lockedmigrate",
            "Secret/djk8s",
            "ConfigMap/djk8s",
            "Service/djk8s-web");
  }

  @Test
  void everyDjk8sCommandLineParsesWithTheRealCommandLineTool() {
    List<List<String>> commands = new ArrayList<>();
    for (HasMetadata resource : resources) {
      PodSpec pod = podSpec(resource);
      if (pod == null) {
        continue;
      }
      List<Container> containers = new ArrayList<>(pod.getContainers());
      if (pod.getInitContainers() != null) {
        containers.addAll(pod.getInitContainers());
      }
      for (Container container : containers) {
        Stream.of(
                container.getCommand(),
                exec(container.getLivenessProbe()),
                exec(container.getReadinessProbe()),
                exec(container.getStartupProbe()))
            .filter(command -> command != null && !command.isEmpty())
            .map(ManifestsTest::djk8sArguments)
            .filter(arguments -> !arguments.isEmpty())
            .forEach(commands::add);
      }
    }

    assertThat(commands).as("djk8s command lines in the manifests").hasSizeGreaterThanOrEqualTo(5);
    for (List<String> arguments : commands) {
      assertThatCode(() -> Main.checkArguments(arguments.toArray(String[]::new)))
          .as("djk8s %s", arguments)
          .doesNotThrowAnyException();
    }
    assertThatThrownBy(() -> Main.checkArguments("wait4db", "--timeot", "5"))
        .as("a misspelt flag")
        .hasMessageContaining("--timeot");
  }

  private static PodSpec podSpec(HasMetadata resource) {
    if (resource instanceof Deployment deployment) {
      return deployment.getSpec().getTemplate().getSpec();
    }
    if (resource instanceof Job job) {
      return job.getSpec().getTemplate().getSpec();
    }
    return null;
  }

  private static List<String> exec(Probe probe) {
    return probe == null || probe.getExec() == null ? null : probe.getExec().getCommand();
  }

  /** The arguments after the djk8s launcher or {@code java -jar .../djk8s-cli.jar}. */
  private static List<String> djk8sArguments(List<String> command) {
    for (int i = 0; i < command.size(); i++) {
      String word = command.get(i);
      if (word.endsWith("/djk8s") || word.endsWith("djk8s-cli.jar")) {
        return command.subList(i + 1, command.size());
      }
    }
    return List.of();
  }

  @Test
  void aTypoFailsValidation() {
    String typo =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  selector: {matchLabels: {a: b}}\n"
            + "  template:\n    spec:\n      containers:\n        - name: c\n          image: i\n"
            + "          readinessProbe:\n            httpGet: {path: /readyz, port: 80}\n            timeoutSecond: 2\n";
    assertThatThrownBy(() -> StrictManifests.parse("typo.yaml", typo))
        .hasMessageContaining("timeoutSecond");
  }

  @Test
  void aWrongTypeFailsValidation() {
    String wrong =
        "apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}\nspec:\n  backoffLimit: three\n";
    assertThatThrownBy(() -> StrictManifests.parse("wrong.yaml", wrong))
        .hasMessageContaining("backoffLimit");
  }

  @Test
  void webProbesWaitLongerThanTheProbeDeadline() {
    String timeout = configValue("DJK8S_PROBE_TIMEOUT");
    assertThat(timeout).as("DJK8S_PROBE_TIMEOUT in milliseconds").matches("[0-9]+ms");
    Duration deadline = Duration.ofMillis(Long.parseLong(timeout.replace("ms", "")));
    Container web = container(deployment("djk8s-web").getSpec().getTemplate().getSpec(), "web");
    assertThat(web.getStartupProbe()).as("startup probe").isNotNull();
    for (Probe probe :
        List.of(web.getStartupProbe(), web.getLivenessProbe(), web.getReadinessProbe())) {
      assertThat(probe.getHttpGet()).as("an HTTP probe").isNotNull();
      assertThat(Duration.ofSeconds(probe.getTimeoutSeconds()))
          .as(
              "timeoutSeconds of %s exceeds the %d ms deadline",
              probe.getHttpGet().getPath(), deadline.toMillis())
          .isGreaterThan(deadline);
    }
    assertThat(web.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/readyz");
    assertThat(web.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/livez");
    PodSpec pod = deployment("djk8s-web").getSpec().getTemplate().getSpec();
    assertThat(pod.getInitContainers())
        .extracting(Container::getCommand)
        .anySatisfy(c -> assertThat(c).contains("wait4db"));
  }

  @Test
  void workerUsesTheCommandLineProbes() {
    Container worker =
        container(deployment("djk8s-worker").getSpec().getTemplate().getSpec(), "worker");
    assertThat(worker.getLivenessProbe().getExec().getCommand())
        .containsSubsequence("probe", "--live");
    assertThat(worker.getReadinessProbe().getExec().getCommand())
        .containsSubsequence("probe", "--ready");
  }

  @Test
  void grpcServerUsesTheKubeletsNativeGrpcProbesOnItsContainerPort() {
    String timeout = configValue("DJK8S_PROBE_TIMEOUT");
    Duration deadline = Duration.ofMillis(Long.parseLong(timeout.replace("ms", "")));
    Container grpc = container(deployment("djk8s-grpc").getSpec().getTemplate().getSpec(), "grpc");
    assertThat(grpc.getPorts())
        .as("container ports")
        .anySatisfy(p -> assertThat(p.getContainerPort()).isEqualTo(9090));
    Map<String, Probe> probes =
        Map.of(
            "readiness", grpc.getReadinessProbe(),
            "liveness", grpc.getLivenessProbe(),
            "startup", grpc.getStartupProbe());
    probes.forEach(
        (service, probe) -> {
          assertThat(probe.getGrpc()).as("%s: a grpc probe", service).isNotNull();
          assertThat(probe.getGrpc().getPort()).as("%s: port", service).isEqualTo(9090);
          assertThat(probe.getGrpc().getService())
              .as("%s: a service djk8s answers", service)
              .isEqualTo(service);
          assertThat(Duration.ofSeconds(probe.getTimeoutSeconds()))
              .as("%s: timeoutSeconds exceeds the %d ms deadline", service, deadline.toMillis())
              .isGreaterThan(deadline);
        });
    assertThat(grpc.getEnv())
        .filteredOn(e -> e.getName().equals("DJK8S_DATASOURCE_DEFAULT_PASSWORD"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("djk8s"));
  }

  @Test
  void ensureadminTakesThePasswordFromTheSecret() {
    Job job = job("djk8s-ensureadmin");
    Container container = job.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(container.getCommand()).contains("ensureadmin");
    assertThat(container.getEnv())
        .filteredOn(e -> e.getName().equals("DJK8S_ADMIN_PASSWORD"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("djk8s"));
    assertThat(
            job("djk8s-lockedmigrate")
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getCommand())
        .contains("lockedmigrate");
  }

  private static String configValue(String key) {
    return resources.stream()
        .filter(r -> r instanceof io.fabric8.kubernetes.api.model.ConfigMap)
        .map(r -> ((io.fabric8.kubernetes.api.model.ConfigMap) r).getData().get(key))
        .filter(v -> v != null)
        .findFirst()
        .orElseThrow();
  }

  private static Deployment deployment(String name) {
    return find(Deployment.class, name);
  }

  private static Job job(String name) {
    return find(Job.class, name);
  }

  private static <T extends HasMetadata> T find(Class<T> type, String name) {
    return resources.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(r -> r.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
  }

  private static Container container(PodSpec pod, String name) {
    return pod.getContainers().stream()
        .filter(c -> c.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
