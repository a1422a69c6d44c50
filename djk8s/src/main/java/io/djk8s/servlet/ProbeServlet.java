package io.djk8s.servlet;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Holds the exact probe paths in the servlet mapping so that they can be declared permit-all; it
 * answers GET and HEAD like {@link ProbeServletFilter} when a request reaches it (the filter
 * normally answers first). Every other request, and every other method ({@code POST}, {@code PUT},
 * {@code DELETE}, {@code OPTIONS}...) in particular, is the application's, as with the JAX-RS
 * filter: it is forwarded to the application servlet that maps the path ({@link
 * ApplicationDispatch}), so that an application's own {@code POST /readyz} is served; 404 when no
 * servlet of the application maps it.
 */
public class ProbeServlet extends HttpServlet {

  private final transient ServletAnswers answers = new ServletAnswers();

  /** Created by the servlet container. */
  public ProbeServlet() {}

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!answers.answer(request, response)) {
      ApplicationDispatch.forward(getServletContext(), request, response);
    }
  }
}
