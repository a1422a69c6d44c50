package io.djk8s.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.testing.DatabaseRelay;
import io.djk8s.testing.Http;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The example WAR with its readiness path behind the server's authentication ({@code
 * locked/web.xml}: an exact {@code /readyz} constraint, which wins over djk8s's permit-all), on
 * WildFly: {@code djk8s kubelet} reports readiness failing with 401, and djk8s's own start-up
 * self-check, run on the first request in the servlet container, logs one WARNING naming the path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "djk8s.tck.runtime", matches = "wildfly")
class LockedProbeKubeletTest {

  private DatabaseRelay proxy;
  private WildFlyServer server;
  private Target target;

  @BeforeAll
  void start() throws Exception {
    proxy = AppServer.relayToPostgres();
    Path maintenance = AppServer.maintenanceFile("locked-maintenance-");
    Path work = AppServer.path("djk8s.tck.work");
    server = new WildFlyServer(lockedWar(work));
    target = server.start(proxy.port(), maintenance);
  }

  @AfterAll
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  /** The example WAR with {@code WEB-INF/web.xml} replaced by {@code locked/web.xml}. */
  private static Path lockedWar(Path work) throws IOException {
    Path war = work.resolve("djk8s-webapp-locked.war");
    Files.copy(AppServer.path("djk8s.tck.webapp.war"), war, StandardCopyOption.REPLACE_EXISTING);
    try (FileSystem zip = FileSystems.newFileSystem(war, Map.of());
        InputStream webXml = LockedProbeKubeletTest.class.getResourceAsStream("/locked/web.xml")) {
      Files.copy(webXml, zip.getPath("WEB-INF/web.xml"), StandardCopyOption.REPLACE_EXISTING);
    }
    return war;
  }

  @Test
  void theKubeletReportsReadinessFailingWith401() throws Exception {
    String root = target.app().getRawPath();
    assertThat(Http.get(target.path("readyz")).status())
        .as("the locked path, without credentials")
        .isEqualTo(401);

    Kubelet.Run run = Kubelet.probe("locked", target.app(), "startupz", "livez", "readyz");
    System.out.print("djk8s kubelet against the locked WAR on WildFly:\n" + run);

    assertThat(run.exit()).as("%s", run).isEqualTo(1);
    assertThat(run.out())
        .contains("Deployment/locked container 'app': startup passes (200 on GET " + root)
        .contains("Deployment/locked container 'app': liveness passes (200 on GET " + root)
        .contains(
            "Deployment/locked container 'app': readiness fails with 401 on GET " + root + "readyz")
        .contains("the pod would be taken out of the Service's endpoints after 3 failures, 30 s");
  }

  @Test
  void theSelfCheckLogsOneWarningNamingTheLockedPath() throws Exception {
    Path log = server.log();
    String warning =
        "djk8s self-check: GET "
            + target.app().getRawPath()
            + "readyz answered 401: the probe"
            + " path is behind the server's authentication";
    Awaitility.await("the self-check's WARNING in " + log)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> Files.readString(log).contains(warning));
    String text = Files.readString(log);
    assertThat(text.split(java.util.regex.Pattern.quote(warning), -1))
        .as("exactly one WARNING for the path")
        .hasSize(2);
    assertThat(text)
        .as("only /readyz is flagged")
        .doesNotContain("djk8s self-check: GET " + target.app().getRawPath() + "livez")
        .doesNotContain("djk8s self-check: GET " + target.app().getRawPath() + "startupz");
  }
}
