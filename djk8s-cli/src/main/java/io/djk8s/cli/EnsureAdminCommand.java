package io.djk8s.cli;

import io.djk8s.cli.admin.AdminTable;
import io.djk8s.cli.admin.JdbcAdminAccounts;
import io.djk8s.cli.spi.AdminAccountStore;
import io.djk8s.core.settings.KeyReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ensureadmin}: for a Kubernetes Job. Creates the administrator account if it does not exist
 * yet and leaves an existing one untouched; concurrent runs create exactly one. The password is
 * never printed or logged.
 */
@Command(
    name = "ensureadmin",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Creates the administrator account if it does not exist yet (for a Kubernetes Job).",
      "Exit codes: 0 created or already there, 1 missing input, weak password or failure,"
          + " 2 usage or configuration error."
    })
final class EnsureAdminCommand implements Callable<Integer>, EnvironmentAware {

  @Spec CommandSpec spec;

  @Option(
      names = {"-u", "--username"},
      description = "Default: DJK8S_ADMIN_USERNAME, then DJANGO_ADMIN_USERNAME.")
  String username;

  @Option(
      names = {"-p", "--password"},
      description = "Default: DJK8S_ADMIN_PASSWORD, then DJANGO_ADMIN_PASSWORD (prefer these).")
  String password;

  @Option(
      names = {"-e", "--email"},
      description = "Default: DJK8S_ADMIN_EMAIL, then DJANGO_ADMIN_EMAIL.")
  String email;

  @Mixin DatabaseOption database;

  private Environment environment = Environment.system();

  @Override
  public void environment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    String user = input(username, "USERNAME", "-u/--username");
    String secret = input(password, "PASSWORD", "-p/--password");
    Optional<String> mail =
        Optional.ofNullable(email).filter(s -> !s.isBlank()).or(() -> fromEnvironment("EMAIL"));
    PasswordPolicy.check(user, secret);
    CliLogging.configure();
    Config config = ConfigProvider.getConfig();
    AdminAccountStore store = store(config);
    char[] chars = secret.toCharArray();
    try {
      AdminAccountStore.Outcome outcome = store.ensure(user, chars, mail);
      spec.commandLine()
          .getOut()
          .println(
              outcome == AdminAccountStore.Outcome.CREATED
                  ? "Created admin user '" + user + "'."
                  : "Admin user '" + user + "' already exists; left untouched.");
      return ExitCodes.OK;
    } catch (Exception e) {
      throw CliFailure.failed(
          "Could not create admin user '"
              + user
              + "': "
              + redact(String.valueOf(e.getMessage()), secret));
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  private String input(String flag, String suffix, String option) {
    if (flag != null && !flag.isBlank()) {
      return flag;
    }
    return fromEnvironment(suffix)
        .orElseThrow(
            () ->
                CliFailure.failed(
                    "Missing admin "
                        + suffix.toLowerCase(Locale.ROOT)
                        + ": set DJK8S_ADMIN_"
                        + suffix
                        + " (or DJANGO_ADMIN_"
                        + suffix
                        + ") or pass "
                        + option
                        + "."));
  }

  private Optional<String> fromEnvironment(String suffix) {
    return environment
        .variable("DJK8S_ADMIN_" + suffix)
        .or(() -> environment.variable("DJANGO_ADMIN_" + suffix));
  }

  private AdminAccountStore store(Config config) {
    Optional<String> named = new KeyReader(CliSettings.of(config)).optional(CliKeys.ADMIN_STORE);
    List<AdminAccountStore> plugged =
        ServiceLoader.load(AdminAccountStore.class, Thread.currentThread().getContextClassLoader())
            .stream()
            .map(ServiceLoader.Provider::get)
            .toList();
    if (named.isPresent()) {
      return plugged.stream()
          .filter(s -> s.getClass().getName().equals(named.get()))
          .findFirst()
          .orElseThrow(
              () ->
                  CliFailure.usage(
                      CliKeys.ADMIN_STORE
                          + "='"
                          + named.get()
                          + "': no such AdminAccountStore in META-INF/services; found "
                          + plugged.stream().map(s -> s.getClass().getName()).toList()));
    }
    if (plugged.size() > 1) {
      throw CliFailure.usage(
          "several AdminAccountStore implementations found; name one in "
              + CliKeys.ADMIN_STORE
              + ": "
              + plugged.stream().map(s -> s.getClass().getName()).toList());
    }
    if (plugged.size() == 1) {
      return plugged.get(0);
    }
    AdminTable table;
    try {
      table = AdminTable.read(CliSettings.of(config));
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage("ensureadmin: " + e.getMessage());
    }
    return new JdbcAdminAccounts(database.dataSource(config), table);
  }

  static String redact(String message, String secret) {
    return secret.isEmpty() ? message : message.replace(secret, "********");
  }
}
