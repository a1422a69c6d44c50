package io.djk8s.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.core.settings.DetailsPolicy;
import io.djk8s.core.settings.Djk8sSettings;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonVisibilityTest {

  private static Djk8sSettings settings(DetailsPolicy details, Set<String> roles) {
    return new Djk8sSettings(
        List.of("database"),
        List.of(),
        List.of("/livez"),
        List.of("/readyz"),
        Duration.ofMillis(800),
        Duration.ZERO,
        details,
        true,
        false,
        List.of("/startupz"),
        List.of(),
        Duration.ZERO,
        roles,
        true);
  }

  private static Caller caller(String user, Set<String> roles) {
    return new Caller() {
      @Override
      public boolean authenticated() {
        return user != null;
      }

      @Override
      public boolean inRole(String role) {
        return roles.contains(role);
      }
    };
  }

  @ParameterizedTest(name = "{0}, user {1} in {2}: {3}")
  @CsvSource({
    "NEVER, , , false",
    "NEVER, alice, ops, false",
    "ALWAYS, , , true",
    "ALWAYS, alice, guest, true",
    "WHEN_AUTHORIZED, , , false",
    "WHEN_AUTHORIZED, , ops, false",
    "WHEN_AUTHORIZED, alice, guest, false",
    "WHEN_AUTHORIZED, alice, ops, true",
    "WHEN_AUTHORIZED, carol, sre, true",
  })
  void reasonsAreShownOnlyWhereThePolicyAllows(
      DetailsPolicy policy, String user, String role, boolean shown) {
    Set<String> roles = role == null ? Set.of() : Set.of(role);
    assertThat(ReasonVisibility.allows(settings(policy, Set.of("ops", "sre")), caller(user, roles)))
        .isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource({"NEVER, false", "ALWAYS, true", "WHEN_AUTHORIZED, false"})
  void withoutACallerTheRequestIsAnonymous(DetailsPolicy policy, boolean shown) {
    assertThat(ReasonVisibility.allows(settings(policy, Set.of("ops")), null)).isEqualTo(shown);
  }
}
