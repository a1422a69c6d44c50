package io.djk8s.core.http;

import io.djk8s.core.settings.Djk8sSettings;

/**
 * Decides whether a caller may read failure reasons, after {@code djk8s.details}: never; always;
 * or, for {@code when-authorized}, only a caller whose request carries an authenticated principal
 * in one of {@code djk8s.details.roles}. A missing caller is anonymous.
 */
final class ReasonVisibility {

  private ReasonVisibility() {}

  static boolean allows(Djk8sSettings settings, Caller caller) {
    return switch (settings.details()) {
      case NEVER -> false;
      case ALWAYS -> true;
      case WHEN_AUTHORIZED ->
          caller != null
              && caller.authenticated()
              && settings.detailsRoles().stream().anyMatch(caller::inRole);
    };
  }
}
