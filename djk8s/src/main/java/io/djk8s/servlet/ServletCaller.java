package io.djk8s.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The servlet request's caller seen as a JAX-RS {@link SecurityContext}, so that {@code
 * djk8s.details=when-authorized} decides the same way for both entry points.
 */
final class ServletCaller implements SecurityContext {

  private final HttpServletRequest request;

  ServletCaller(HttpServletRequest request) {
    this.request = request;
  }

  @Override
  public Principal getUserPrincipal() {
    return request.getUserPrincipal();
  }

  @Override
  public boolean isUserInRole(String role) {
    return request.isUserInRole(role);
  }

  @Override
  public boolean isSecure() {
    return request.isSecure();
  }

  @Override
  public String getAuthenticationScheme() {
    return request.getAuthType();
  }
}
