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
 * The extension in a Quarkus application whose {@code quarkus.http.auth.permission} denies {@code
 * /*}: a probe bean nothing injects, and a default H2 datasource.
 */
class ProbeRouteIT {

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(FlagProbe.class, PlainRoute.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("quarkus.datasource.db-kind", "h2")
          .overrideConfigKey("quarkus.datasource.jdbc.url", "jdbc:h2:mem:route;DB_CLOSE_DELAY=-1")
          .overrideConfigKey("quarkus.datasource.devservices.enabled", "false")
          .overrideConfigKey("quarkus.datasource.health.enabled", "false")
          .overrideConfigKey("quarkus.http.auth.permission.everything.paths", "/*")
          .overrideConfigKey("quarkus.http.auth.permission.everything.policy", "deny")
          .overrideConfigKey("djk8s.readiness.probes", "flag")
          .overrideConfigKey("djk8s.liveness.probes", "")
          .overrideConfigKey("djk8s.details", "always");

  @TestHTTPResource("/")
  URI root;

  @Test
  void probePathsAnswerWithoutCredentialsWhereEveryOtherPathIsDenied() throws Exception {
    for (String path : new String[] {"livez", "healthz", "readyz", "readyz/flag", "startupz"}) {
      Http.Answer answer = Http.get(root.resolve(path));
      assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("Ok");
      assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
      assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.header("Content-Type")).startsWith("text/plain");
    }
    // Without a security extension Quarkus installs no permission checker, so /plain stays 200
    // here; that a real permission on /* is enforced elsewhere is still to be shown (see README).
    assertThat(Http.get(root.resolve("plain")).body()).isEqualTo("plain");
    Http.Answer unknown = Http.get(root.resolve("readyz/nosuch"));
    assertThat(unknown.status()).as("readyz/nosuch is the application's").isEqualTo(404);
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
