package io.djk8s.cli.spi;

import java.util.Optional;

/**
 * Where {@code djk8s ensureadmin} creates the administrator account, for applications with their
 * own account model. The default store writes the table a Jakarta Security
 * {@code @DatabaseIdentityStoreDefinition} reads; an application replaces it by listing its
 * implementation in {@code META-INF/services/io.djk8s.cli.spi.AdminAccountStore} (and, when several
 * are listed, naming one in {@code djk8s.admin.store}).
 *
 * <p>Contract: {@link #ensure} creates the account only if no account of that name exists, and
 * leaves an existing one untouched. It must be atomic against concurrent runs (ten pods starting at
 * once create exactly one account): use a unique constraint and an insert that fails or does
 * nothing on conflict, never check-then-insert. It must never log or print the password.
 */
public interface AdminAccountStore {

  /** What {@link #ensure} did. */
  enum Outcome {
    /** The account did not exist and was created. */
    CREATED,
    /** An account of that name existed and was left untouched. */
    EXISTED
  }

  /**
   * Creates the administrator account if it does not exist yet.
   *
   * @param username the account name, not blank
   * @param password the password in clear; the caller wipes the array afterwards
   * @param email the e-mail address, if given
   * @return whether the account was created or already existed
   * @throws Exception when the account could not be checked or created; the message must not
   *     contain the password
   */
  Outcome ensure(String username, char[] password, Optional<String> email) throws Exception;
}
