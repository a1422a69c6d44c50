package io.djk8s.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.testing.Http;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The extension in a Quarkus application whose {@code quarkus.http.auth.permission} protects {@code
 * /*} with BASIC authentication, enforced by a real security extension ({@code
 * quarkus-elytron-security-properties-file}, one embedded user): a probe bean nothing injects, and
 * a default H2 datasource.
 */
class ProbeRouteIT {

  private static final String USER = "alice";
  private static final String PASSWORD = "secret";

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(FlagProbe.class, PlainRoute.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.datasource.db-kind", "h2")
          .overrideConfigKey("quarkus.datasource.jdbc.url", "jdbc:h2:mem:route;DB_CLOSE_DELAY=-1")
          .overrideConfigKey("quarkus.datasource.devservices.enabled", "false")
          .overrideConfigKey("quarkus.datasource.health.enabled", "false")
          .overrideConfigKey("quarkus.http.auth.basic", "true")
          .overrideConfigKey("quarkus.security.users.embedded.enabled", "true")
          .overrideConfigKey("quarkus.security.users.embedded.plain-text", "true")
          .overrideConfigKey("quarkus.security.users.embedded.users." + USER, PASSWORD)
          .overrideConfigKey("quarkus.security.users.embedded.roles." + USER, "user")
          .overrideConfigKey("quarkus.http.auth.permission.everything.paths", "/*")
          .overrideConfigKey("quarkus.http.auth.permission.everything.policy", "authenticated")
          .overrideConfigKey("djk8s.readiness.probes", "flag")
          .overrideConfigKey("djk8s.liveness.probes", "")
          .overrideConfigKey("djk8s.details", "always");

  private static final String[] PROBE_PATHS = {
    "livez", "healthz", "readyz", "readyz/flag", "startupz"
  };

  @TestHTTPResource("/")
  URI root;

  @Test
  void probePathsAnswerWithoutCredentialsWhereEveryOtherPathNeedsThem() throws Exception {
    for (String path : PROBE_PATHS) {
      Http.Answer answer = Http.get(root.resolve(path));
      assertThat(answer.status())
          .as("%s without credentials: %s", path, answer.body())
          .isEqualTo(200);
      assertThat(answer.body()).isEqualTo("Ok");
      assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
      assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.header("Content-Type")).startsWith("text/plain");
      assertThat(Http.send("HEAD", root.resolve(path)).status())
          .as("HEAD %s without credentials", path)
          .isEqualTo(200);
      assertThat(Http.get(root.resolve(path), USER, "wrong").status())
          .as("%s with wrong credentials: authentication never runs for a probe path", path)
          .isEqualTo(200);
    }
    Http.Answer api = Http.get(root.resolve("api/plain"));
    assertThat(api.status()).as("the permission on /* holds for the application").isEqualTo(401);
    assertThat(Http.get(root.resolve("q/health/ready")).status())
        .as("Quarkus's own health endpoint is behind the permission too")
        .isEqualTo(401);
    Http.Answer authorized = Http.get(root.resolve("api/plain"), USER, PASSWORD);
    assertThat(authorized.status()).as("the user is real: %s", authorized.body()).isEqualTo(200);
    assertThat(authorized.body()).isEqualTo("plain");
    Http.Answer unknown = Http.get(root.resolve("readyz/nosuch"));
    assertThat(unknown.status())
        .as("readyz/nosuch is the application's, so behind the permission")
        .isEqualTo(401);
    assertThat(unknown.header("Cache-Control")).as("not answered by djk8s").isEmpty();
    assertThat(Http.send("POST", root.resolve("readyz")).header("Cache-Control"))
        .as("POST is the application's")
        .isEmpty();
  }

  @Test
  void aProbeBeanNothingInjectsSurvivesAndDecidesReadiness() throws Exception {
    FlagProbe flag = Arc.container().instance(FlagProbe.class).get();
    flag.down(true);
    try {
      Http.Answer answer = Http.get(root.resolve("readyz"));
      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.body()).isEqualTo("flag: down");
      assertThat(Http.get(root.resolve("livez")).status()).isEqualTo(200);
    } finally {
      flag.down(false);
    }
    Http.Answer verbose = Http.get(root.resolve("readyz?verbose&exclude=nosuch"));
    assertThat(verbose.body())
        .isEqualTo(
            "[+]flag ok\n[+]manual ok\n[+]shutdown ok\n"
                + "warn: some health checks cannot be excluded: no matches for \"nosuch\"\n"
                + "readyz check passed\n");
    assertThat(Http.send("HEAD", root.resolve("readyz")).body()).isEmpty();
  }
}
