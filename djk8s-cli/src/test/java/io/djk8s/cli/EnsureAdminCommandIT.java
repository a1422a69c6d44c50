package io.djk8s.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.testing.JdbcEndpoint;
import io.djk8s.testing.Services;
import io.djk8s.testing.TestConfig;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ensureadmin} against real PostgreSQL and MariaDB, in a Jakarta Security
 * DatabaseIdentityStore layout with uniquely named tables.
 */
class EnsureAdminCommandIT {

  private static final String PASSWORD = "s3cret-Adm1n-pw";

  private final String prefix = "djk8s_cli_" + UUID.randomUUID().toString().substring(0, 8);
  private final List<Runnable> cleanup = new ArrayList<>();

  @AfterEach
  void dropTables() {
    cleanup.forEach(Runnable::run);
  }

  private JdbcEndpoint endpoint(String database) {
    return database.equals("postgres") ? Services.postgres() : Services.mariadb();
  }

  private Map<String, String> tables(JdbcEndpoint db, boolean unique) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE "
              + prefix
              + "_caller (name VARCHAR(64) NOT NULL"
              + (unique ? " UNIQUE" : "")
              + ", password VARCHAR(255) NOT NULL, email VARCHAR(255))");
      s.execute(
          "CREATE TABLE "
              + prefix
              + "_groups (caller_name VARCHAR(64) NOT NULL, group_name VARCHAR(64) NOT NULL)");
    }
    cleanup.add(
        () -> {
          try (Connection c = db.connect();
              Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + prefix + "_caller");
            s.execute("DROP TABLE " + prefix + "_groups");
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    Map<String, String> config = new HashMap<>();
    config.put("djk8s.datasource.default.url", db.url());
    config.put("djk8s.datasource.default.username", db.user());
    config.put("djk8s.datasource.default.password", db.password());
    config.put("djk8s.admin.table", prefix + "_caller");
    config.put("djk8s.admin.email-column", "email");
    config.put("djk8s.admin.group-table", prefix + "_groups");
    return config;
  }

  private static Cli.Run ensureAdmin(
      Map<String, String> config, Map<String, String> environment, String... flags) {
    TestConfig registered = TestConfig.of(config);
    try {
      String[] args = new String[flags.length + 1];
      args[0] = "ensureadmin";
      System.arraycopy(flags, 0, args, 1, flags.length);
      return Cli.run(environment, args);
    } finally {
      registered.close();
    }
  }

  private static Map<String, String> admin(String user, String password, String email) {
    return Map.of(
        "DJK8S_ADMIN_USERNAME", user, "DJK8S_ADMIN_PASSWORD", password, "DJK8S_ADMIN_EMAIL", email);
  }

  private List<List<String>> rows(JdbcEndpoint db, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "mariadb"})
  void createsTheAccountWithAHashJakartaSecurityVerifiesAndTheAdminGroup(String database)
      throws Exception {
    JdbcEndpoint db = endpoint(database);
    Map<String, String> config = tables(db, true);

    Cli.Run run = ensureAdmin(config, admin("admin", PASSWORD, "admin@example.com"));

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out().trim()).isEqualTo("Created admin user 'admin'.");
    assertThat(run.all()).as("the password is never printed").doesNotContain(PASSWORD);
    List<List<String>> callers =
        rows(db, "SELECT name, password, email FROM " + prefix + "_caller");
    assertThat(callers).hasSize(1);
    assertThat(callers.get(0).get(0)).isEqualTo("admin");
    assertThat(callers.get(0).get(2)).isEqualTo("admin@example.com");
    String hash = callers.get(0).get(1);
    assertThat(hash).startsWith("PBKDF2WithHmacSHA256:2048:");
    assertThat(SoteriaHash.verify(PASSWORD.toCharArray(), hash))
        .as("Soteria's Pbkdf2PasswordHashImpl verifies the stored hash")
        .isTrue();
    assertThat(SoteriaHash.verify("another-password".toCharArray(), hash)).isFalse();
    assertThat(rows(db, "SELECT caller_name, group_name FROM " + prefix + "_groups"))
        .containsExactly(List.of("admin", "admin"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "mariadb"})
  void anExistingAccountIsLeftUntouched(String database) throws Exception {
    JdbcEndpoint db = endpoint(database);
    Map<String, String> config = tables(db, true);
    ensureAdmin(config, admin("admin", PASSWORD, "admin@example.com"));
    List<List<String>> before = rows(db, "SELECT name, password, email FROM " + prefix + "_caller");

    Cli.Run again = ensureAdmin(config, admin("admin", "a-different-password", "new@example.com"));

    assertThat(again.exit()).as(again.all()).isZero();
    assertThat(again.out().trim()).isEqualTo("Admin user 'admin' already exists; left untouched.");
    assertThat(rows(db, "SELECT name, password, email FROM " + prefix + "_caller"))
        .isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "mariadb"})
  void tenConcurrentRunsCreateExactlyOneAccount(String database) throws Exception {
    JdbcEndpoint db = endpoint(database);
    Map<String, String> config = tables(db, true);
    TestConfig registered = TestConfig.of(config);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Cli.Run>> runs = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        Callable<Cli.Run> run =
            () -> {
              start.await();
              return Cli.run(admin("admin", PASSWORD, "admin@example.com"), "ensureadmin");
            };
        runs.add(pool.submit(run));
      }
      start.countDown();
      int created = 0;
      for (Future<Cli.Run> future : runs) {
        Cli.Run run = future.get(60, TimeUnit.SECONDS);
        assertThat(run.exit()).as(run.all()).isZero();
        created += run.out().contains("Created") ? 1 : 0;
      }
      assertThat(created).as("runs that report creating the account").isEqualTo(1);
      assertThat(rows(db, "SELECT name FROM " + prefix + "_caller")).hasSize(1);
      assertThat(rows(db, "SELECT caller_name FROM " + prefix + "_groups")).hasSize(1);
    } finally {
      pool.shutdownNow();
      registered.close();
    }
  }

  @Test
  void aTableWithoutAUniqueNameIsRefusedBecauseConcurrentRunsCouldDuplicate() throws Exception {
    JdbcEndpoint db = Services.postgres();
    Map<String, String> config = tables(db, false);

    Cli.Run run = ensureAdmin(config, admin("admin", PASSWORD, "admin@example.com"));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("has no unique constraint on exactly column name");
    assertThat(rows(db, "SELECT name FROM " + prefix + "_caller")).isEmpty();
  }

  @Test
  void flagsAndTheUpstreamDjangoVariablesWork() throws Exception {
    JdbcEndpoint db = Services.postgres();
    Map<String, String> config = tables(db, true);

    Cli.Run byFlags = ensureAdmin(config, Map.of(), "-u", "root", "-p", PASSWORD, "-e", "r@x.org");
    Cli.Run byDjango =
        ensureAdmin(
            config, Map.of("DJANGO_ADMIN_USERNAME", "django", "DJANGO_ADMIN_PASSWORD", PASSWORD));

    assertThat(byFlags.exit()).as(byFlags.all()).isZero();
    assertThat(byDjango.exit()).as(byDjango.all()).isZero();
    assertThat(rows(db, "SELECT name FROM " + prefix + "_caller ORDER BY name"))
        .containsExactly(List.of("django"), List.of("root"));
  }

  @Test
  void aMissingUsernameNamesTheVariableAndTheFlag() {
    Cli.Run run = ensureAdmin(Map.of(), Map.of("DJK8S_ADMIN_PASSWORD", PASSWORD));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().trim())
        .isEqualTo(
            "Missing admin username: set DJK8S_ADMIN_USERNAME (or DJANGO_ADMIN_USERNAME) or pass"
                + " -u/--username.");
  }

  @Test
  void aMissingPasswordNamesTheVariableAndTheFlag() {
    Cli.Run run = ensureAdmin(Map.of(), Map.of("DJK8S_ADMIN_USERNAME", "admin"));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("DJK8S_ADMIN_PASSWORD", "DJANGO_ADMIN_PASSWORD", "-p/--password");
  }

  @Test
  void aShortPasswordIsRefusedWithoutPrintingIt() {
    Cli.Run run = ensureAdmin(Map.of(), admin("admin", "Sh0rt!", ""));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("at least 8 characters").doesNotContain("Sh0rt!");
  }

  @Test
  void aPasswordEqualToTheUsernameIsRefused() {
    Cli.Run run = ensureAdmin(Map.of(), admin("administrator", "Administrator", ""));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("must not be the same as the username");
  }

  @Test
  void aDatabaseErrorNeverShowsThePassword() throws Exception {
    JdbcEndpoint db = Services.postgres();
    Map<String, String> config = tables(db, true);
    config.put("djk8s.admin.email-column", "no_such_column");

    Cli.Run run = ensureAdmin(config, admin("admin", PASSWORD, "a@b.c"));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("Could not create admin user 'admin':");
    assertThat(run.all()).doesNotContain(PASSWORD);
  }

  @Test
  void aTableNameThatIsNotAnIdentifierIsAConfigurationError() {
    Cli.Run run =
        ensureAdmin(
            Map.of(
                "djk8s.admin.table", "caller; DROP TABLE x",
                "djk8s.datasource.default.url", "jdbc:postgresql://127.0.0.1:1/x"),
            admin("admin", PASSWORD, ""));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("djk8s.admin.table='caller; DROP TABLE x'");
  }
}
