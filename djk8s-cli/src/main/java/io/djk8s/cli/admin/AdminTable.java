package io.djk8s.cli.admin;

import io.djk8s.core.settings.Djk8sKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

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

  /** The keys, in {@link Djk8sKeys}, with their defaults, in record-component order. */
  public static final String[][] KEYS = {
    {Djk8sKeys.ADMIN_TABLE, "caller"},
    {Djk8sKeys.ADMIN_NAME_COLUMN, "name"},
    {Djk8sKeys.ADMIN_PASSWORD_COLUMN, "password"},
    {Djk8sKeys.ADMIN_EMAIL_COLUMN, ""},
    {Djk8sKeys.ADMIN_GROUP_TABLE, "caller_groups"},
    {Djk8sKeys.ADMIN_GROUP_CALLER_COLUMN, "caller_name"},
    {Djk8sKeys.ADMIN_GROUP_COLUMN, "group_name"},
    {Djk8sKeys.ADMIN_GROUP, "admin"},
    {Djk8sKeys.ADMIN_HASH_ALGORITHM, Pbkdf2Hash.DEFAULT_ALGORITHM},
    {Djk8sKeys.ADMIN_HASH_ITERATIONS, String.valueOf(Pbkdf2Hash.DEFAULT_ITERATIONS)},
  };

  private static final Pattern IDENTIFIER =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?");

  /**
   * Reads the table layout, reporting every bad value at once.
   *
   * @param config the configuration
   * @return the layout
   * @throws IllegalArgumentException naming every bad key and value
   */
  public static AdminTable read(Config config) {
    List<String> problems = new ArrayList<>();
    String[] v = new String[KEYS.length];
    for (int i = 0; i < KEYS.length; i++) {
      v[i] = config.getOptionalValue(KEYS[i][0], String.class).orElse(KEYS[i][1]).trim();
      boolean identifier = i <= 6;
      boolean optional = i == 3 || i == 4;
      if (identifier && !(optional && v[i].isEmpty()) && !IDENTIFIER.matcher(v[i]).matches()) {
        problems.add(KEYS[i][0] + "='" + v[i] + "': not a plain SQL identifier");
      }
    }
    int iterations = 0;
    try {
      iterations = Integer.parseInt(v[9]);
    } catch (NumberFormatException e) {
      problems.add(KEYS[9][0] + "='" + v[9] + "': not a number");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return new AdminTable(
        v[0],
        v[1],
        v[2],
        Optional.of(v[3]).filter(s -> !s.isEmpty()),
        Optional.of(v[4]).filter(s -> !s.isEmpty()),
        v[5],
        v[6],
        Optional.of(v[7]).filter(s -> !s.isEmpty()),
        v[8],
        iterations);
  }
}
