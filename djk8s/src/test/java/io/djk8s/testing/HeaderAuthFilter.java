package io.djk8s.testing;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Set;

/**
 * Stands in for the container's authentication: {@code X-Test-User} becomes the principal and
 * {@code X-Test-Roles} (comma-separated) its roles. Runs before djk8s's priority-0 filter, as the
 * container's authentication does.
 */
@Provider
@PreMatching
@Priority(-100)
public class HeaderAuthFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String user = request.getHeaderString("X-Test-User");
    if (user == null) {
      return;
    }
    String roles = request.getHeaderString("X-Test-Roles");
    Set<String> granted = roles == null ? Set.of() : Set.of(roles.split(","));
    Principal principal = () -> user;
    request.setSecurityContext(
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return principal;
          }

          @Override
          public boolean isUserInRole(String role) {
            return granted.contains(role);
          }

          @Override
          public boolean isSecure() {
            return false;
          }

          @Override
          public String getAuthenticationScheme() {
            return "TEST";
          }
        });
  }
}
