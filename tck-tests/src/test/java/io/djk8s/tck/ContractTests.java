package io.djk8s.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.djk8s.testing.DatabaseRelay;
import io.djk8s.testing.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The black-box contract of a djk8s application, run against any {@link Target}: the example
 * application configures {@code djk8s.readiness.probes=database,maintenance} with the default paths
 * and the default 800 ms deadline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractTests {

  /** The default probe deadline of the example applications. */
  static final Duration DEADLINE = Duration.ofMillis(800);

  /** What a busy machine may add to the deadline: the HTTP round trip and scheduling. */
  static final Duration SLACK = Duration.ofMillis(1200);

  static final String DB_DOWN = "db: could not connect to database";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The application under test; started by the subclass. */
  abstract Target target();

  /** Called by subclasses once the target runs. */
  void warmUp() throws InterruptedException {
    // The first probe run opens the pool and loads classes: not what the contract is about.
    awaitStatus(target().path("readyz"), 200, Duration.ofSeconds(60));
  }

  @Test
  void livezAndHealthzAnswer200OkWithProbeHeaders() throws Exception {
    for (String path : new String[] {"livez", "healthz"}) {
      Http.Answer reply = Http.get(target().path(path));
      assertThat(reply.status()).as("%s on %s: %s", path, target().name(), reply).isEqualTo(200);
      assertThat(reply.body()).as("%s body", path).isEqualTo("Ok");
      assertProbeHeaders(path, reply);
    }
  }

  @Test
  void readyzAnswers200OkWhenEveryProbeIsReady() throws Exception {
    Http.Answer reply = Http.get(target().path("readyz"));
    assertThat(reply.status()).as("readyz on %s: %s", target().name(), reply).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("Ok");
    assertProbeHeaders("readyz", reply);
  }

  @Test
  void otherMethodsOnAProbePathGoToTheApplication() throws Exception {
    Http.Answer post = Http.post(target().path("readyz"), "x");
    System.out.printf(
        "djk8s-tck: POST readyz on %s: %d %s, X-Webapp-Db %s%n",
        target().name(), post.status(), post.header("Content-Type"), post.header("X-Webapp-Db"));
    assertThat(post.status())
        .as("POST readyz on %s, the application's answer: %s", target().name(), post)
        .isIn(404, 405);
    assertThat(post.body()).as("not a probe answer").doesNotContain("Ok", "check passed");
    if (target().protectedApi()) {
      assertThat(post.header("X-Webapp-Db"))
          .as("the example WAR's own /* filter saw the POST: %s", post)
          .contains("checked");
    }
  }

  @Test
  void headAnswersTheStatusWithoutABody() throws Exception {
    Http.Answer reply = Http.head(target().path("readyz"));
    assertThat(reply.status()).as("HEAD readyz: %s", reply).isEqualTo(200);
    assertThat(reply.body()).as("HEAD has no body").isEmpty();
    assertProbeHeaders("HEAD readyz", reply);
  }

  @Test
  void verboseListsEveryProbeInKubeApiserverFormat() throws Exception {
    Http.Answer reply = Http.get(target().path("readyz?verbose"));
    assertThat(reply.status()).as("verbose: %s", reply).isEqualTo(200);
    assertThat(reply.body())
        .isEqualTo(
            "[+]database ok\n[+]maintenance ok\n[+]manual ok\n[+]shutdown ok\n"
                + "readyz check passed\n");
  }

  @Test
  void excludeSkipsAProbeAndWarnsAboutUnknownNames() throws Exception {
    Http.Answer reply =
        Http.get(target().path("readyz?verbose&exclude=maintenance&exclude=nosuch"));
    assertThat(reply.status()).as("exclude: %s", reply).isEqualTo(200);
    assertThat(reply.body())
        .isEqualTo(
            "[+]database ok\n"
                + "[+]manual ok\n"
                + "[+]shutdown ok\n"
                + "[+]maintenance excluded: ok\n"
                + "warn: some health checks cannot be excluded: no matches for \"nosuch\"\n"
                + "readyz check passed\n");
  }

  @Test
  void perProbePathRunsThatProbeAndUnknownNamesGoToTheApplication() throws Exception {
    for (String probe : new String[] {"database", "maintenance"}) {
      Http.Answer reply = Http.get(target().path("readyz/" + probe));
      assertThat(reply.status()).as("readyz/%s: %s", probe, reply).isEqualTo(200);
      assertThat(reply.body()).isEqualTo("Ok");
    }
    Http.Answer unknown = Http.get(target().path("readyz/nosuch"));
    assertThat(unknown.status()).as("readyz/nosuch is not djk8s's: %s", unknown).isEqualTo(404);
    Http.Answer slash = Http.get(target().path("readyz/"));
    assertThat(slash.status()).as("readyz/ is not a probe path: %s", slash).isNotEqualTo(200);
  }

  @Test
  void healthReadyShowsTheProbesUp() throws Exception {
    Http.Answer reply = Http.get(target().health().resolve("ready"));
    JsonNode health = json(reply);
    assertThat(reply.status()).as("health/ready: %s", reply).isEqualTo(200);
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(check(health, "database").path("status").asText())
        .as("database check")
        .isEqualTo("UP");
    assertThat(check(health, "maintenance").path("status").asText()).isEqualTo("UP");
  }

  @Test
  void maintenanceProbeMakesReadyz503AndHealthReadyDown() throws Exception {
    Path file = target().maintenanceFile().orElse(null);
    assumeTrue(file != null, "the maintenance file of this application is not known");
    Files.writeString(file, "maintenance\n");
    try {
      Http.Answer reply = Http.get(target().path("readyz"));
      assertThat(reply.status()).as("readyz in maintenance: %s", reply).isEqualTo(503);
      assertThat(reply.body()).isEqualTo("down for maintenance");
      assertProbeHeaders("readyz 503", reply);
      Http.Answer verbose = Http.get(target().path("readyz?verbose"));
      assertThat(verbose.body())
          .isEqualTo(
              "[+]database ok\n[-]maintenance failed: reason withheld\n[+]manual ok\n"
                  + "[+]shutdown ok\nreadyz check failed\n");
      assertThat(Http.get(target().path("readyz/database")).status()).isEqualTo(200);
      assertThat(Http.get(target().path("readyz/maintenance")).status()).isEqualTo(503);
      assertThat(Http.get(target().path("readyz?exclude=maintenance")).status())
          .as("excluded probe")
          .isEqualTo(200);
      assertThat(Http.get(target().path("livez")).status())
          .as("liveness unaffected")
          .isEqualTo(200);

      Http.Answer healthReply = Http.get(target().health().resolve("ready"));
      JsonNode health = json(healthReply);
      assertThat(healthReply.status()).as("health/ready: %s", healthReply).isEqualTo(503);
      assertThat(health.path("status").asText()).isEqualTo("DOWN");
      JsonNode maintenance = check(health, "maintenance");
      assertThat(maintenance.path("status").asText()).isEqualTo("DOWN");
      assertThat(maintenance.path("data").path("status").asInt())
          .as("the probe's HTTP status in the check's data: %s", maintenance)
          .isEqualTo(503);
      assertThat(check(health, "database").path("status").asText()).isEqualTo("UP");
    } finally {
      Files.deleteIfExists(file);
    }
    awaitStatus(target().path("readyz"), 200, Duration.ofSeconds(10));
  }

  @Test
  void databaseOutageMakesReadyz503WithinTheDeadlineAndRecovers() throws Exception {
    DatabaseRelay database = target().database().orElse(null);
    assumeTrue(database != null, "the test does not control this application's database");
    database.blackHole();
    try {
      Http.Answer reply = Http.get(target().path("readyz"));
      assertThat(reply.status()).as("readyz with the database gone: %s", reply).isEqualTo(503);
      assertThat(reply.body())
          .as("the probe's failure, or the engine's deadline answer")
          .isIn(DB_DOWN, "database: timed out after " + DEADLINE.toMillis() + " ms");
      assertThat(reply.elapsed())
          .as(
              "answered within the %d ms deadline (+%d ms slack)",
              DEADLINE.toMillis(), SLACK.toMillis())
          .isLessThanOrEqualTo(DEADLINE.plus(SLACK));
      assertThat(Http.get(target().path("livez")).status())
          .as("liveness unaffected")
          .isEqualTo(200);

      Http.Answer healthReply = Http.get(target().health().resolve("ready"));
      JsonNode health = json(healthReply);
      assertThat(healthReply.status()).as("health/ready: %s", healthReply).isEqualTo(503);
      assertThat(health.path("status").asText()).isEqualTo("DOWN");
      JsonNode check = check(health, "database");
      assertThat(check.path("status").asText()).as("database check %s", check).isEqualTo("DOWN");
      assertThat(check.path("data").path("status").asInt()).isEqualTo(503);
    } finally {
      database.recover();
    }
    awaitStatus(target().path("readyz"), 200, Duration.ofSeconds(60));
    awaitHealthUp(Duration.ofSeconds(30));
  }

  @Test
  void probePathsNeedNoCredentialsWhileTheApiDoes() throws Exception {
    assumeTrue(target().protectedApi(), "this application has no protected API");
    Http.Answer anonymous = Http.get(target().path("api/greeting"));
    assertThat(anonymous.status()).as("api without credentials: %s", anonymous).isEqualTo(401);
    Http.Answer alice = Http.get(target().path("api/greeting"), "alice", "secret");
    assertThat(alice.status()).as("api as alice: %s", alice).isEqualTo(200);
    assertThat(alice.body()).isEqualTo("Hello, alice\n");
    assertThat(alice.header("X-Webapp-Db")).as("the application's filter ran").contains("checked");
    for (String path :
        new String[] {
          "livez",
          "healthz",
          "readyz",
          "readyz/database",
          "readyz/manual",
          "readyz/shutdown",
          "startupz",
          "startupz/deployment"
        }) {
      Http.Answer probe = Http.get(target().path(path));
      assertThat(probe.status()).as("%s without credentials: %s", path, probe).isEqualTo(200);
      assertThat(probe.header("X-Webapp-Db"))
          .as("%s is answered ahead of the application's filters: %s", path, probe)
          .isEmpty();
    }
  }

  @Test
  void theKubeletSeesTheManifestsProbesPass() throws Exception {
    Kubelet.Run run = Kubelet.probe("app", target().app(), "startupz", "livez", "readyz");

    String root = target().app().getRawPath();
    assertThat(run.exit()).as("djk8s kubelet on %s: %s", target().name(), run).isZero();
    assertThat(run.out())
        .contains("Deployment/app container 'app': startup passes (200 on GET " + root + "startupz")
        .contains("Deployment/app container 'app': liveness passes (200 on GET " + root + "livez")
        .contains(
            "Deployment/app container 'app': readiness passes (200 on GET " + root + "readyz");
  }

  @Test
  void theKubeletReportsALivenessPathNothingAnswers() throws Exception {
    Kubelet.Run run = Kubelet.probe("app", target().app(), "startupz", "no-such-path", "readyz");
    // behind the example WAR's /* constraint, a path nothing answers asks for credentials first
    int status = target().protectedApi() ? 401 : 404;

    assertThat(run.exit()).as("djk8s kubelet on %s: %s", target().name(), run).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "Deployment/app container 'app': liveness fails with "
                + status
                + " on GET "
                + target().app().getRawPath()
                + "no-such-path")
        .contains("the container would be restarted after 3 failures, 30 s")
        .contains("readiness passes");
  }

  private static void assertProbeHeaders(String what, Http.Answer reply) {
    assertThat(reply.header("Cache-Control"))
        .as("%s Cache-Control: %s", what, reply)
        .contains("no-store");
    assertThat(reply.header("X-Content-Type-Options")).as("%s nosniff", what).contains("nosniff");
    assertThat(reply.header("Content-Type")).as("%s Content-Type", what).startsWith("text/plain");
  }

  private static JsonNode json(Http.Answer reply) {
    try {
      return JSON.readTree(reply.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + reply, e);
    }
  }

  private static JsonNode check(JsonNode health, String name) {
    for (JsonNode check : health.path("checks")) {
      if (name.equals(check.path("name").asText())) {
        return check;
      }
    }
    throw new AssertionError("no check named '" + name + "' in " + health);
  }

  private void awaitHealthUp(Duration limit) {
    URI ready = target().health().resolve("ready");
    awaitStatus(ready, 200, limit);
  }

  static Http.Answer awaitStatus(URI uri, int status, Duration limit) {
    return await(uri, reply -> reply.status() == status, limit, "status " + status);
  }

  static Http.Answer await(URI uri, Predicate<Http.Answer> done, Duration limit, String what) {
    AtomicReference<Http.Answer> last = new AtomicReference<>();
    return Awaitility.await(uri + " reaching " + what)
        .atMost(limit)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              Http.tryGet(uri).ifPresent(last::set);
              return last.get();
            },
            answer -> answer != null && done.test(answer));
  }
}
