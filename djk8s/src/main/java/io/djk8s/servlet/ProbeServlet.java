package io.djk8s.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Holds the exact probe paths in the servlet mapping so that they can be declared permit-all; it
 * answers like {@link ProbeServletFilter} when a request reaches it (the filter normally answers
 * first), and 404 for a path that is not a probe path.
 */
public class ProbeServlet extends HttpServlet {

  private final transient ServletAnswers answers = new ServletAnswers();

  /** Created by the servlet container. */
  public ProbeServlet() {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!answers.answer(request, response)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    doGet(request, response);
  }
}
