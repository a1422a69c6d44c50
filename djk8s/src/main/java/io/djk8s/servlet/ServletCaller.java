package io.djk8s.servlet;

import io.djk8s.core.http.Caller;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The servlet request's caller, so that {@code djk8s.details=when-authorized} decides the same way
 * for every entry point.
 */
final class ServletCaller implements Caller {

  private final HttpServletRequest request;

  ServletCaller(HttpServletRequest request) {
    this.request = request;
  }

  @Override
  public boolean authenticated() {
    return request.getUserPrincipal() != null;
  }

  @Override
  public boolean inRole(String role) {
    return request.isUserInRole(role);
  }
}
