package io.djk8s.cli;

import io.djk8s.cli.admin.AdminTable;
import io.djk8s.core.settings.Key;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line's keys ({@code djk8s.cli.*}, {@code djk8s.migrate.*}), one {@link Key}
 * descriptor each, read by core's {@code KeyReader}; {@code ensureadmin}'s {@code djk8s.admin.*}
 * keys sit beside their reader in {@link AdminTable}. {@code docs/readme-cli.md} lists them, and a
 * test holds that table against {@link #all()}. The runtime keys the commands also read ({@code
 * djk8s.status.*}, {@code djk8s.datasource.*}, {@code djk8s.migrations.*}) are core's.
 */
public final class CliKeys {

  /**
   * {@code probe}'s mode when no flag chooses one; unset: file with a status dir, else in-process.
   */
  public static final Key PROBE_MODE =
      Key.text("djk8s.cli.probe.mode", "", "probe's mode: in-process, client or file");

  /** {@code probe}'s client-mode base URL when {@code --url} is not given. */
  public static final Key PROBE_URL = Key.text("djk8s.cli.probe.url", "", "client mode's base URL");

  /** The advisory lock id {@code lockedmigrate} takes; upstream's default. */
  public static final Key MIGRATE_LOCK_ID =
      Key.integer("djk8s.migrate.lock-id", 1000, "the advisory lock lockedmigrate takes");

  /** How long {@code lockedmigrate} waits for the lock. */
  public static final Key MIGRATE_LOCK_TIMEOUT =
      Key.duration("djk8s.migrate.lock-timeout", "300s", "how long lockedmigrate waits")
          .min("1s")
          .max("24h");

  /**
   * The {@code io.djk8s.cli.spi.AdminAccountStore} class {@code ensureadmin} uses, among several.
   */
  public static final Key ADMIN_STORE =
      Key.text("djk8s.admin.store", "", "the AdminAccountStore class among several");

  private CliKeys() {}

  /**
   * Every command-line key: those above, then {@code ensureadmin}'s table keys.
   *
   * @return the keys
   */
  public static List<Key> all() {
    List<Key> keys = new ArrayList<>(Key.declaredIn(CliKeys.class));
    keys.addAll(Key.declaredIn(AdminTable.class));
    return List.copyOf(keys);
  }
}
