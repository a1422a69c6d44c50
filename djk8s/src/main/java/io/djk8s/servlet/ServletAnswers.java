package io.djk8s.servlet;

import io.djk8s.core.http.ProbeAnswer;
import io.djk8s.http.ProbeResponder;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adapts {@link ProbeResponder} to the servlet API: reads the path and query of a GET or HEAD and
 * writes the {@link ProbeAnswer}. The responder is looked up from CDI on first use, because a
 * servlet container may create filters before the CDI container has started.
 */
final class ServletAnswers {

  private volatile ProbeResponder responder;

  /**
   * Answers the request if it is a GET or HEAD on a probe path.
   *
   * @return {@code true} when answered; {@code false} when the request is not djk8s's
   */
  boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String method = request.getMethod();
    boolean head = "HEAD".equals(method);
    if (!head && !"GET".equals(method)) {
      return false;
    }
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    Optional<ProbeAnswer> answer =
        responder().answer(path, query(request), head, new ServletCaller(request));
    if (answer.isEmpty()) {
      return false;
    }
    write(answer.get(), response);
    return true;
  }

  private ProbeResponder responder() {
    ProbeResponder found = responder;
    if (found == null) {
      found = CDI.current().select(ProbeResponder.class).get();
      responder = found;
    }
    return found;
  }

  private static Map<String, List<String>> query(HttpServletRequest request) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> query.put(name, Arrays.asList(values)));
    return query;
  }

  static void write(ProbeAnswer answer, HttpServletResponse response) throws IOException {
    response.setStatus(answer.status());
    response.setContentType(ProbeAnswer.CONTENT_TYPE);
    answer.headers().forEach(response::setHeader);
    if (answer.body().isPresent()) {
      byte[] body = answer.body().get().getBytes(StandardCharsets.UTF_8);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
    response.flushBuffer();
  }
}
