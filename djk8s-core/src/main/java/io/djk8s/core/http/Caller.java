package io.djk8s.core.http;

/**
 * Who asks for a probe answer, as far as {@code djk8s.details=when-authorized} needs to know: each
 * transport adapts its own security context (JAX-RS, servlet, Vert.x) to this.
 */
public interface Caller {

  /** A caller without credentials. */
  Caller ANONYMOUS =
      new Caller() {
        @Override
        public boolean authenticated() {
          return false;
        }

        @Override
        public boolean inRole(String role) {
          return false;
        }
      };

  /**
   * Tells whether the request carries an authenticated principal.
   *
   * @return {@code true} when the caller is authenticated
   */
  boolean authenticated();

  /**
   * Tells whether the authenticated caller has a role.
   *
   * @param role a role of {@code djk8s.details.roles}
   * @return {@code true} when the caller is in the role
   */
  boolean inRole(String role);
}
