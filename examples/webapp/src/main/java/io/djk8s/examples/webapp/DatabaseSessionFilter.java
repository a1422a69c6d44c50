package io.djk8s.examples.webapp;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The application's own filter on every request, touching the database before the request goes on
 * (as a session or tenant filter would) and failing with 500 when it cannot. djk8s's servlet filter
 * answers the probe paths before this one, so a probe never reaches it: probe answers carry no
 * {@code X-Webapp-Db} header, and a database outage makes {@code /readyz} 503, not 500.
 */
@WebFilter("/*")
public class DatabaseSessionFilter extends HttpFilter {

  /** The header this filter adds to every response it sees. */
  public static final String HEADER = "X-Webapp-Db";

  @Inject transient DataSource dataSource;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try (Connection connection = dataSource.getConnection()) {
      connection.isValid(2);
    } catch (SQLException e) {
      response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "database unavailable");
      return;
    }
    response.setHeader(HEADER, "checked");
    chain.doFilter(request, response);
  }
}
