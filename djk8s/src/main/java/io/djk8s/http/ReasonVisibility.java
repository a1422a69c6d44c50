package io.djk8s.http;

import io.djk8s.core.settings.Djk8sSettings;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Decides whether a caller may read failure reasons, after {@code djk8s.details}: never; always;
 * or, for {@code when-authorized}, only a caller whose request carries an authenticated principal
 * in one of {@code djk8s.details.roles}. A missing security context is an anonymous caller.
 */
final class ReasonVisibility {

  private ReasonVisibility() {}

  static boolean allows(Djk8sSettings settings, SecurityContext security) {
    return switch (settings.details()) {
      case NEVER -> false;
      case ALWAYS -> true;
      case WHEN_AUTHORIZED ->
          security != null
              && security.getUserPrincipal() != null
              && settings.detailsRoles().stream().anyMatch(security::isUserInRole);
    };
  }
}
