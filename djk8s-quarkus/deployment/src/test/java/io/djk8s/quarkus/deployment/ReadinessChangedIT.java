package io.djk8s.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.djk8s.ReadinessState;
import io.djk8s.testing.Http;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ReadinessChanged} CDI events on Quarkus: an application's observer bean sees each change
 * of the overall readiness once, in order, on djk8s's event thread.
 */
class ReadinessChangedIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addClasses(FlagProbe.class, ReadinessObserver.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("djk8s.readiness.probes", "flag")
          .overrideConfigKey("djk8s.details", "always");

  @TestHTTPResource("/")
  URI root;

  @Test
  void anObserverBeanSeesEachChangeOnceOnDjk8sThread() throws Exception {
    ReadinessObserver observer = Arc.container().instance(ReadinessObserver.class).get();
    FlagProbe flag = Arc.container().instance(FlagProbe.class).get();
    assertThat(Http.get(root.resolve("readyz")).status()).isEqualTo(200);
    awaitChanges(observer, 1);
    flag.down(true);
    try {
      assertThat(Http.get(root.resolve("readyz")).status()).isEqualTo(503);
      assertThat(Http.get(root.resolve("readyz")).status()).isEqualTo(503);
      awaitChanges(observer, 2);
    } finally {
      flag.down(false);
    }
    assertThat(Http.get(root.resolve("readyz")).status()).isEqualTo(200);
    List<ReadinessObserver.Seen> seen = awaitChanges(observer, 3);

    assertThat(seen)
        .extracting(s -> s.change().oldState() + "->" + s.change().newState())
        .as("each change once, in order; the second 503 is no change")
        .containsExactly(
            ReadinessState.UNKNOWN + "->" + ReadinessState.READY,
            ReadinessState.READY + "->" + ReadinessState.NOT_READY,
            ReadinessState.NOT_READY + "->" + ReadinessState.READY);
    assertThat(seen.get(1).change().failingProbes())
        .as("the failing probe, with its reason")
        .containsOnlyKeys("flag")
        .containsValue("flag: down");
    assertThat(seen.get(2).change().failingProbes()).isEmpty();
    assertThat(seen)
        .extracting(ReadinessObserver.Seen::thread)
        .as("delivered on djk8s's own thread, not the event loop or a probe thread")
        .containsOnly("djk8s-readiness-events");
  }

  private static List<ReadinessObserver.Seen> awaitChanges(ReadinessObserver observer, int count) {
    await("%d readiness changes observed".formatted(count))
        .atMost(PATIENCE)
        .until(() -> observer.seen().size() >= count);
    return observer.seen();
  }
}
