package io.djk8s.http;

import io.djk8s.core.http.Caller;
import jakarta.ws.rs.core.SecurityContext;

/** A JAX-RS request's caller, for {@code djk8s.details=when-authorized}. */
final class JaxRsCaller implements Caller {

  private final SecurityContext security;

  JaxRsCaller(SecurityContext security) {
    this.security = security;
  }

  @Override
  public boolean authenticated() {
    return security.getUserPrincipal() != null;
  }

  @Override
  public boolean inRole(String role) {
    return security.isUserInRole(role);
  }
}
