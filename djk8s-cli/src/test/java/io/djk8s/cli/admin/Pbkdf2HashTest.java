package io.djk8s.cli.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djk8s.cli.SoteriaHash;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** The hash encoding is Jakarta Security's, checked both ways against Soteria. */
class Pbkdf2HashTest {

  private static final char[] PASSWORD = "correct horse battery".toCharArray();

  @Test
  void theEncodingIsAlgorithmIterationsSaltAndHashInStandardBase64() {
    String encoded =
        new Pbkdf2Hash("PBKDF2WithHmacSHA256", 2048, new SecureRandom()).generate(PASSWORD);

    assertThat(encoded).matches("PBKDF2WithHmacSHA256:2048:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=");
  }

  @Test
  void soteriasPbkdf2PasswordHashVerifiesOurHash() throws Exception {
    String encoded =
        new Pbkdf2Hash("PBKDF2WithHmacSHA512", 4096, new SecureRandom()).generate(PASSWORD);

    assertThat(SoteriaHash.verify(PASSWORD, encoded)).isTrue();
    assertThat(SoteriaHash.verify("wrong password".toCharArray(), encoded)).isFalse();
  }

  @Test
  void weVerifySoteriasHash() throws Exception {
    String encoded = SoteriaHash.generate(PASSWORD);

    assertThat(encoded).startsWith("PBKDF2WithHmacSHA256:2048:");
    assertThat(Pbkdf2Hash.verify(PASSWORD, encoded)).isTrue();
    assertThat(Pbkdf2Hash.verify("nope".toCharArray(), encoded)).isFalse();
  }

  @Test
  void parametersJakartaSecurityRejectsAreRejected() {
    assertThatThrownBy(() -> new Pbkdf2Hash("PBKDF2WithHmacSHA1", 2048, new SecureRandom()))
        .hasMessageContaining("PBKDF2WithHmacSHA1");
    assertThatThrownBy(() -> new Pbkdf2Hash("PBKDF2WithHmacSHA256", 1000, new SecureRandom()))
        .hasMessageContaining("at least 1024");
  }
}
