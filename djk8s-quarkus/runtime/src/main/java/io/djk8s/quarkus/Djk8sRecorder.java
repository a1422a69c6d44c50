package io.djk8s.quarkus;

import io.quarkus.runtime.annotations.Recorder;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Creates, at runtime, what the deployment module's build steps register. */
@Recorder
public class Djk8sRecorder {

  /** Created by Quarkus. */
  public Djk8sRecorder() {}

  /**
   * The handler of the probe paths.
   *
   * @return the handler, registered as a filter ahead of authentication
   */
  public Handler<RoutingContext> probeRoute() {
    return new ProbeRoute();
  }
}
