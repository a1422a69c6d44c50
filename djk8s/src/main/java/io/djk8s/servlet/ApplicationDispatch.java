package io.djk8s.servlet;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Hands a request that reached {@link ProbeServlet} but is not djk8s's (a {@code POST /readyz}) to
 * the application servlet that would have served it had djk8s not mapped the exact path: the
 * servlet mapping rules (longest path prefix, then extension, then the default servlet) applied to
 * the application's other registrations, and a named-dispatcher forward whose request shows that
 * servlet's own servlet path and path info, as a JAX-RS servlet on {@code /*} expects them.
 */
final class ApplicationDispatch {

  /** The application servlet a path maps to, and how. */
  record Target(
      String servlet, String pattern, String servletPath, String pathInfo, MappingMatch match) {}

  private ApplicationDispatch() {}

  /**
   * Forwards the request to the application, or answers 404 when no servlet of the application maps
   * its path.
   *
   * @param context the application
   * @param request the request, on an exact probe path
   * @param response its response
   * @throws IOException from the application
   * @throws ServletException from the application
   */
  static void forward(
      ServletContext context, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    Optional<Target> target = target(context.getServletRegistrations(), path);
    RequestDispatcher dispatcher =
        target.map(t -> context.getNamedDispatcher(t.servlet())).orElse(null);
    if (dispatcher == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    dispatcher.forward(new Remapped(request, target.get()), response);
  }

  /**
   * The application servlet that maps a path, djk8s's own excluded.
   *
   * @param registrations the context's servlets
   * @param path the path inside the context
   * @return the servlet and how it matches, empty when none does
   */
  static Optional<Target> target(
      Map<String, ? extends ServletRegistration> registrations, String path) {
    Target prefix = null;
    Target extension = null;
    Target fallback = null;
    for (ServletRegistration registration : registrations.values()) {
      if (ProbeServletInitializer.SERVLET_NAME.equals(registration.getName())) {
        continue;
      }
      for (String pattern : registration.getMappings()) {
        String name = registration.getName();
        if (pattern.equals("/")) {
          fallback = new Target(name, pattern, path, null, MappingMatch.DEFAULT);
        } else if (pattern.endsWith("/*")) {
          String base = pattern.substring(0, pattern.length() - 2);
          boolean under = path.equals(base) || path.startsWith(base + "/");
          if (under && (prefix == null || base.length() > prefix.servletPath().length())) {
            String info = path.length() > base.length() ? path.substring(base.length()) : null;
            prefix = new Target(name, pattern, base, info, MappingMatch.PATH);
          }
        } else if (pattern.startsWith("*.")
            && path.substring(path.lastIndexOf('/') + 1).endsWith(pattern.substring(1))) {
          extension = new Target(name, pattern, path, null, MappingMatch.EXTENSION);
        }
      }
    }
    return Optional.ofNullable(prefix != null ? prefix : extension != null ? extension : fallback);
  }

  /** The request as the target servlet's own mapping would have shown it. */
  private static final class Remapped extends HttpServletRequestWrapper {

    private final Target target;

    Remapped(HttpServletRequest request, Target target) {
      super(request);
      this.target = target;
    }

    @Override
    public String getServletPath() {
      return target.servletPath();
    }

    @Override
    public String getPathInfo() {
      return target.pathInfo();
    }

    @Override
    public HttpServletMapping getHttpServletMapping() {
      String value =
          target.match() == MappingMatch.PATH
              ? Optional.ofNullable(target.pathInfo()).orElse("").replaceFirst("^/", "")
              : target.servletPath().substring(1);
      return new HttpServletMapping() {
        @Override
        public String getMatchValue() {
          return value;
        }

        @Override
        public String getPattern() {
          return target.pattern();
        }

        @Override
        public String getServletName() {
          return target.servlet();
        }

        @Override
        public MappingMatch getMappingMatch() {
          return target.match();
        }
      };
    }
  }
}
