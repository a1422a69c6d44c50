package io.djk8s.http;

import io.djk8s.ProbeOrigin;
import io.djk8s.core.engine.NamedProbe;
import io.djk8s.core.engine.ProbeNames;
import io.djk8s.core.engine.ProbeOutcome;
import io.djk8s.core.engine.ProbeReport;
import io.djk8s.core.engine.ProbeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that turns a probe request into an HTTP answer, for the JAX-RS filter, the
 * resources and the servlet entry point alike: 200 {@code Ok} when ready; otherwise the first
 * failing probe's status and content; never a 500. Every answer carries {@code Cache-Control:
 * no-store} and {@code X-Content-Type-Options: nosniff}.
 */
@ApplicationScoped
public class ProbeResponder {

  @Inject ProbeService runtime;

  /**
   * Answers a request for a path, if it is a probe path, for an anonymous caller.
   *
   * @param path the request path relative to the application root
   * @param query the request's query parameters
   * @param head {@code true} for HEAD, which gets no body
   * @return the answer, or empty when the path is not djk8s's (the request goes on untouched)
   */
  public Optional<Response> respond(
      String path, MultivaluedMap<String, String> query, boolean head) {
    return respond(path, query, head, null);
  }

  /**
   * Answers a request for a path, if it is a probe path, for a caller who may be authenticated.
   *
   * @param path the request path relative to the application root
   * @param query the request's query parameters
   * @param head {@code true} for HEAD, which gets no body
   * @param security the request's security context, or {@code null} for an anonymous caller; under
   *     {@code djk8s.details=when-authorized} it decides whether verbose output shows reasons
   * @return the answer, or empty when the path is not djk8s's (the request goes on untouched)
   */
  public Optional<Response> respond(
      String path, MultivaluedMap<String, String> query, boolean head, SecurityContext security) {
    return answer(path, query, head, security).map(ProbeResponder::toResponse);
  }

  /**
   * Answers a request for a path, if it is a probe path, independently of the transport.
   *
   * @param path the request path relative to the application root
   * @param query the request's query parameters
   * @param head {@code true} for HEAD, which gets no body
   * @param security the caller's security context, or {@code null} for an anonymous caller
   * @return the answer, or empty when the path is not djk8s's (the request goes on untouched)
   */
  public Optional<ProbeAnswer> answer(
      String path, Map<String, List<String>> query, boolean head, SecurityContext security) {
    return ProbePaths.match(runtime.settings(), path)
        .flatMap(target -> answer(target, query, head, security));
  }

  Optional<Response> respond(
      ProbeTarget target,
      MultivaluedMap<String, String> query,
      boolean head,
      SecurityContext security) {
    return answer(target, query, head, security).map(ProbeResponder::toResponse);
  }

  private Optional<ProbeAnswer> answer(
      ProbeTarget target, Map<String, List<String>> query, boolean head, SecurityContext security) {
    List<NamedProbe> group = runtime.probes(target.group());
    List<NamedProbe> selected = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    List<String> unknownExclusions = new ArrayList<>();
    if (target.probe().isPresent()) {
      Optional<NamedProbe> one =
          group.stream().filter(p -> p.name().equals(target.probe().get())).findFirst();
      if (one.isEmpty()) {
        return Optional.empty();
      }
      selected.add(one.get());
    } else {
      Set<String> exclude = Set.copyOf(query.getOrDefault("exclude", List.of()));
      for (NamedProbe probe : group) {
        if (exclude.contains(probe.name())) {
          excluded.add(probe.name());
        } else {
          selected.add(probe);
        }
      }
      exclude.stream()
          .filter(name -> group.stream().noneMatch(p -> p.name().equals(name)))
          .filter(ProbeNames::isValid)
          .sorted()
          .forEach(unknownExclusions::add);
    }
    ProbeReport report =
        runtime.run(target.group(), selected, ProbeOrigin.HTTP, runtime.settings().cacheTtl());
    int status = report.firstFailure().map(ProbeOutcome::status).orElse(200);
    String body;
    if (query.containsKey("verbose")) {
      body =
          VerboseBody.of(
              target.checkName(),
              report,
              excluded,
              unknownExclusions,
              ReasonVisibility.allows(runtime.settings(), security));
    } else {
      body = report.firstFailure().map(ProbeOutcome::content).orElse(ProbeOutcome.OK);
    }
    return Optional.of(ProbeAnswer.of(status, head ? null : body));
  }

  private static Response toResponse(ProbeAnswer answer) {
    Response.ResponseBuilder response =
        Response.status(answer.status()).type(ProbeAnswer.CONTENT_TYPE);
    answer.headers().forEach(response::header);
    answer.body().ifPresent(response::entity);
    return response.build();
  }
}
