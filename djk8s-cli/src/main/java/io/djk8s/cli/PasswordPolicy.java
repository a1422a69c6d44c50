package io.djk8s.cli;

/** The administrator password policy: at least 8 characters, not the username. */
final class PasswordPolicy {

  static final int MIN_LENGTH = 8;

  private PasswordPolicy() {}

  static void check(String username, String password) {
    if (password.length() < MIN_LENGTH) {
      throw CliFailure.failed(
          "The admin password is too short: it must be at least " + MIN_LENGTH + " characters.");
    }
    if (password.equalsIgnoreCase(username)) {
      throw CliFailure.failed("The admin password must not be the same as the username.");
    }
  }
}
