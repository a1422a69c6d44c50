package io.djk8s.quarkus.deployment;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** An application route, {@code GET /api/plain}, for the permission to protect. */
@ApplicationScoped
public class PlainRoute {

  void register(@Observes Router router) {
    router.get("/api/plain").handler(routing -> routing.response().end("plain"));
  }
}
