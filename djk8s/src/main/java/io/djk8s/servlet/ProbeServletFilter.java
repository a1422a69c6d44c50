package io.djk8s.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers GET and HEAD on the probe paths before the application's filters and servlets, with the
 * same {@link io.djk8s.http.ProbeResponder} as the JAX-RS filter; every other request goes on
 * untouched. Registered by {@link ProbeServletInitializer}.
 */
public class ProbeServletFilter extends HttpFilter {

  private final transient ServletAnswers answers = new ServletAnswers();
  private final transient ServletSelfCheck selfCheck = new ServletSelfCheck();

  /** Created by the servlet container. */
  public ProbeServletFilter() {}

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    selfCheck.firstRequest(request);
    if (selfCheck.failedFor(request)) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "djk8s self-check failed");
      return;
    }
    if (!answers.answer(request, response)) {
      chain.doFilter(request, response);
    }
  }
}
