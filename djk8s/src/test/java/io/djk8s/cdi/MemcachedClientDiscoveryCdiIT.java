package io.djk8s.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
import io.djk8s.config.MicroProfileSettings;
import io.djk8s.core.probes.memcached.MemcachedProbe;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.testing.LogCapture;
import io.djk8s.testing.ServerProcess;
import io.djk8s.testing.TestConfig;
import java.time.Duration;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The probe checks the nodes of the application's own spymemcached client bean, with nothing in
 * {@code djk8s.memcached.servers}: what the application really uses.
 */
class MemcachedClientDiscoveryCdiIT {

  private static final Duration TIMEOUT = Duration.ofMillis(500);

  private static void check(ReadinessProbe probe) throws NotReady {
    probe.ready(ProbeContext.startingNow(TIMEOUT, ProbeOrigin.HTTP));
  }

  private static WeldContainer weld() {
    return new Weld().disableDiscovery().addBeanClasses(SpymemcachedProducer.class).initialize();
  }

  /** The built-in probe as the CDI host builds it: from its descriptor, with the beans as host. */
  private static ReadinessProbe probe(WeldContainer container) {
    return MemcachedProbe.DESCRIPTOR.create(
        new KeyReader(MicroProfileSettings.current()),
        new CdiProbeHost(container.getBeanManager()));
  }

  @Test
  @SuppressWarnings("try") // resources held open for the test, not read
  void theNodesOfASpymemcachedClientBeanAreCheckedAndOneDownIsNotReady() throws Exception {
    try (ServerProcess first = ServerProcess.memcached();
        ServerProcess second = ServerProcess.memcached();
        LogCapture log = LogCapture.start();
        TestConfig config =
            TestConfig.of(
                Map.of(
                    "djk8s.readiness.probes",
                    "memcached",
                    SpymemcachedProducer.SERVERS,
                    first.address() + " " + second.address()));
        WeldContainer container = weld()) {
      ReadinessProbe probe = probe(container);
      probe.ready(ProbeContext.startingNow(Duration.ofSeconds(10), ProbeOrigin.HTTP)); // warm-up

      assertThatCode(() -> check(probe)).as("both nodes up").doesNotThrowAnyException();
      assertThat(log.text())
          .contains("djk8s: memcached probe checks [" + first.address() + ", " + second.address())
          .contains("spymemcached client bean");

      second.stop();
      NotReady down = catchThrowableOfType(NotReady.class, () -> check(probe));
      assertThat(down).as("the client's second node is down").isNotNull();
      assertThat(down.detail()).startsWith("1 of 2 memcached nodes failed: " + second.address());

      second.start();
      assertThatCode(() -> check(probe)).as("node restarted").doesNotThrowAnyException();
    }
  }

  @Test
  @SuppressWarnings("try") // resources held open for the test, not read
  void discoveryCanBeTurnedOff() throws Exception {
    try (ServerProcess only = ServerProcess.memcached();
        LogCapture log = LogCapture.start();
        TestConfig config =
            TestConfig.of(
                Map.of(
                    "djk8s.readiness.probes",
                    "memcached",
                    "djk8s.memcached.discover-clients",
                    "false",
                    SpymemcachedProducer.SERVERS,
                    only.address()));
        WeldContainer container = weld()) {
      probe(container).ready(ProbeContext.startingNow(Duration.ofSeconds(10), ProbeOrigin.HTTP));

      assertThat(log.text()).contains("memcached probe found no memcached server");
    }
  }
}
