package io.djk8s.quarkus;

import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.http.Caller;
import io.djk8s.core.http.ProbeAnswer;
import io.djk8s.core.http.ProbeTarget;
import io.quarkus.arc.Arc;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers GET and HEAD on the probe paths, registered as a Vert.x filter ahead of Quarkus's HTTP
 * authentication and of every application route; every other request goes on ({@code next()})
 * untouched. On the event loop it matches the path, and answers at once when no probe has to run
 * ({@link NoWaitAnswers}: {@code /livez} without liveness probes, {@code /startupz} once started,
 * reusable results); otherwise the probe wait runs on a {@link ProbeDispatcher} thread, and the
 * answer is written back on the request's own context.
 *
 * <p>Because it runs before authentication, every caller is anonymous here: under {@code
 * djk8s.details=when-authorized} verbose output withholds reasons on Quarkus.
 */
public final class ProbeRoute implements Handler<RoutingContext> {

  private volatile Djk8sLifecycle lifecycle;

  /** Created by the recorder. */
  public ProbeRoute() {}

  @Override
  public void handle(RoutingContext routing) {
    HttpMethod method = routing.request().method();
    boolean head = HttpMethod.HEAD.equals(method);
    if (!head && !HttpMethod.GET.equals(method)) {
      routing.next();
      return;
    }
    Djk8sLifecycle host = lifecycle();
    Djk8sEngine engine = host.engine();
    ProbeService service = engine.service();
    Optional<ProbeTarget> target =
        service.settings().filterEnabled()
            ? engine.answers().match(routing.request().path())
            : Optional.empty();
    if (target.isEmpty() || unknownProbe(service, target.get())) {
      routing.next();
      return;
    }
    Map<String, List<String>> query = query(routing.queryParams());
    Optional<ProbeAnswer> now = engine.noWait().answer(target.get(), query, head, Caller.ANONYMOUS);
    if (now.isPresent()) {
      write(routing.response(), now.get()); // no probe to run: no hop, no wait
      return;
    }
    Context context = routing.vertx().getOrCreateContext();
    host.dispatcher()
        .submit(
            () ->
                engine
                    .answers()
                    .answer(target.get(), query, head, Caller.ANONYMOUS)
                    .orElse(ProbeDispatcher.BUSY),
            answer -> context.runOnContext(ignored -> write(routing.response(), answer)));
  }

  private static boolean unknownProbe(ProbeService service, ProbeTarget target) {
    return target.probe().isPresent()
        && service.probe(target.group(), target.probe().get()).isEmpty();
  }

  private Djk8sLifecycle lifecycle() {
    Djk8sLifecycle found = lifecycle;
    if (found == null) {
      found = Arc.container().instance(Djk8sLifecycle.class).get();
      lifecycle = found;
    }
    return found;
  }

  private static Map<String, List<String>> query(MultiMap params) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String name : params.names()) {
      query.put(name, params.getAll(name));
    }
    return query;
  }

  private static void write(HttpServerResponse response, ProbeAnswer answer) {
    if (response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(answer.status());
    response.putHeader("Content-Type", ProbeAnswer.CONTENT_TYPE);
    answer.headers().forEach(response::putHeader);
    if (answer.body().isPresent()) {
      response.end(answer.body().get());
    } else {
      response.end();
    }
  }
}
