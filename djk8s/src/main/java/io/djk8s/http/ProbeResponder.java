package io.djk8s.http;

import io.djk8s.core.engine.ProbeService;
import io.djk8s.core.http.Caller;
import io.djk8s.core.http.ProbeAnswer;
import io.djk8s.core.http.ProbeAnswers;
import io.djk8s.core.http.ProbeTarget;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The probe answers of core's {@link ProbeAnswers} for the JAX-RS filter, the resources and the
 * servlet entry point: adapts the JAX-RS security context and turns the answer into a {@code
 * Response}.
 */
@ApplicationScoped
public class ProbeResponder {

  @Inject ProbeService runtime;

  private ProbeAnswers answers;

  /** Created by CDI. */
  public ProbeResponder() {}

  @PostConstruct
  void init() {
    answers = new ProbeAnswers(runtime);
  }

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
    return answer(path, query, head, caller(security)).map(ProbeResponder::toResponse);
  }

  /**
   * Answers a request for a path, if it is a probe path, independently of the transport.
   *
   * @param path the request path relative to the application root
   * @param query the request's query parameters
   * @param head {@code true} for HEAD, which gets no body
   * @param caller the caller
   * @return the answer, or empty when the path is not djk8s's (the request goes on untouched)
   */
  public Optional<ProbeAnswer> answer(
      String path, Map<String, List<String>> query, boolean head, Caller caller) {
    return answers.answer(path, query, head, caller);
  }

  Optional<Response> respond(
      ProbeTarget target,
      MultivaluedMap<String, String> query,
      boolean head,
      SecurityContext security) {
    return answers.answer(target, query, head, caller(security)).map(ProbeResponder::toResponse);
  }

  private static Caller caller(SecurityContext security) {
    return security == null ? Caller.ANONYMOUS : new JaxRsCaller(security);
  }

  private static Response toResponse(ProbeAnswer answer) {
    Response.ResponseBuilder response =
        Response.status(answer.status()).type(ProbeAnswer.CONTENT_TYPE);
    answer.headers().forEach(response::header);
    answer.body().ifPresent(response::entity);
    return response.build();
  }
}
