package io.djk8s.cli.admin;

import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.settings.SettingsSource;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the default {@code ensureadmin} store writes: the caller table and the group table that a
 * Jakarta Security {@code @DatabaseIdentityStoreDefinition} reads, for example with {@code
 * callerQuery = "select password from caller where name = ?"} and {@code groupsQuery = "select
 * group_name from caller_groups where caller_name = ?"}. Every name is configurable and checked to
 * be a plain SQL identifier.
 *
 * @param table the caller table ({@code djk8s.admin.table}, default {@code caller})
 * @param nameColumn its name column, which must carry a unique constraint
 * @param passwordColumn its password-hash column
 * @param emailColumn its e-mail column; empty when the table has none
 * @param groupTable the group table; empty when no group row is written
 * @param groupCallerColumn the group table's caller-name column
 * @param groupColumn the group table's group-name column
 * @param group the group the administrator joins; empty for none
 * @param hashAlgorithm the PBKDF2 algorithm
 * @param hashIterations the PBKDF2 iterations
 */
public record AdminTable(
    String table,
    String nameColumn,
    String passwordColumn,
    Optional<String> emailColumn,
    Optional<String> groupTable,
    String groupCallerColumn,
    String groupColumn,
    Optional<String> group,
    String hashAlgorithm,
    int hashIterations) {

  /** {@code ensureadmin}: the caller table (its name column needs a unique constraint). */
  public static final Key TABLE = Key.text("djk8s.admin.table", "caller", "the caller table");

  /** {@code ensureadmin}: the caller table's name column. */
  public static final Key NAME_COLUMN =
      Key.text("djk8s.admin.name-column", "name", "the account-name column");

  /** {@code ensureadmin}: the caller table's password-hash column. */
  public static final Key PASSWORD_COLUMN =
      Key.text("djk8s.admin.password-column", "password", "the password-hash column");

  /** {@code ensureadmin}: the caller table's e-mail column; empty when it has none. */
  public static final Key EMAIL_COLUMN =
      Key.text("djk8s.admin.email-column", "", "the e-mail column, if any");

  /** {@code ensureadmin}: the group table; empty for no group row. */
  public static final Key GROUP_TABLE =
      Key.text("djk8s.admin.group-table", "caller_groups", "the group table; empty: none");

  /** {@code ensureadmin}: the group table's caller-name column. */
  public static final Key GROUP_CALLER_COLUMN =
      Key.text("djk8s.admin.group-caller-column", "caller_name", "the group's account column");

  /** {@code ensureadmin}: the group table's group-name column. */
  public static final Key GROUP_COLUMN =
      Key.text("djk8s.admin.group-column", "group_name", "the group table's group column");

  /** {@code ensureadmin}: the administrator's group; empty for none. */
  public static final Key GROUP = Key.text("djk8s.admin.group", "admin", "the admin's group");

  /** {@code ensureadmin}: the PBKDF2 algorithm of the password hash. */
  public static final Key HASH_ALGORITHM =
      Key.text("djk8s.admin.hash-algorithm", Pbkdf2Hash.DEFAULT_ALGORITHM, "PBKDF2 algorithm");

  /** {@code ensureadmin}: the PBKDF2 iterations of the password hash. */
  public static final Key HASH_ITERATIONS =
      Key.integer("djk8s.admin.hash-iterations", Pbkdf2Hash.DEFAULT_ITERATIONS, "PBKDF2 iterations")
          .min("1024");

  private static final Pattern IDENTIFIER =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?");

  /**
   * Reads the table layout, reporting every bad value at once.
   *
   * @param source the configuration
   * @return the layout
   * @throws IllegalArgumentException naming every bad key and value
   */
  public static AdminTable read(SettingsSource source) {
    KeyReader keys = new KeyReader(source);
    AdminTable table =
        new AdminTable(
            identifier(keys, TABLE),
            identifier(keys, NAME_COLUMN),
            identifier(keys, PASSWORD_COLUMN),
            optionalIdentifier(keys, EMAIL_COLUMN),
            optionalIdentifier(keys, GROUP_TABLE),
            identifier(keys, GROUP_CALLER_COLUMN),
            identifier(keys, GROUP_COLUMN),
            optional(keys, GROUP),
            keys.text(HASH_ALGORITHM),
            (int) keys.integer(HASH_ITERATIONS.max(String.valueOf(Integer.MAX_VALUE))));
    if (!keys.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", keys.problems()));
    }
    return table;
  }

  private static String identifier(KeyReader keys, Key key) {
    String name = keys.text(key);
    if (!IDENTIFIER.matcher(name).matches()) {
      keys.problem(key, name, "not a plain SQL identifier");
    }
    return name;
  }

  private static Optional<String> optionalIdentifier(KeyReader keys, Key key) {
    return optional(keys, key).map(name -> identifier(keys, key));
  }

  /** An explicitly empty value turns the default off: {@code djk8s.admin.group=} is no group. */
  private static Optional<String> optional(KeyReader keys, Key key) {
    String value = keys.raw(key).map(String::trim).orElse(key.defaultText());
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
