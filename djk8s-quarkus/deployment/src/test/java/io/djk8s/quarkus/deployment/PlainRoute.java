package io.djk8s.quarkus.deployment;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** An application route, {@code GET /plain}, for the permission to protect. */
@ApplicationScoped
public class PlainRoute {

  void register(@Observes Router router) {
    router.get("/plain").handler(routing -> routing.response().end("plain"));
  }
}
