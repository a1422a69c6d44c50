package io.djk8s.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "No suitable driver found for jdbc:postgres://127.0.0.1/app?password=hunter2|No suitable driver found for jdbc:postgres://127.0.0.1/app?password=***",
        "jdbc:postgresql://db/app?user=app&password=hunter2&ssl=true|jdbc:postgresql://db/app?user=app&password=***&ssl=true",
        "jdbc:sqlserver://db;user=app;password=hunter2;encrypt=true|jdbc:sqlserver://db;user=app;password=***;encrypt=true",
        "jdbc:mysql://app:hunter2@db:3306/app|jdbc:mysql://app:***@db:3306/app",
        "jdbc:oracle:thin:app/hunter2@db:1521/x|jdbc:oracle:thin:app/***@db:1521/x",
        "redis://default:hunter2@cache:6379|redis://default:***@cache:6379",
        "PASSWORD = 'hunter 2' and more|PASSWORD = *** and more",
        "pwd=hunter2,next|pwd=***,next",
        "jdbc:h2:mem:x;PASSWORD=hunter2|jdbc:h2:mem:x;PASSWORD=***",
        "nothing to hide at db.internal:5432|nothing to hide at db.internal:5432",
        "mot de passe=ünïcødé password=pässwörd€ done|mot de passe=ünïcødé password=*** done"
      })
  void masksCredentialsInEveryFormAJdbcUrlCarriesThem(String text, String expected) {
    assertThat(Redaction.mask(text)).isEqualTo(expected);
  }

  @Test
  void aDriverExceptionIsLoggedWithItsMessageMaskedItsClassNamedAndItsStackKept() {
    SQLException driver =
        new SQLException(
            "No suitable driver found for jdbc:postgres://127.0.0.1/app?password=hunter2",
            "08001",
            new IllegalStateException("url jdbc:x://u:hunter2@h/db"));

    Throwable masked = Redaction.masked(driver);
    StringWriter trace = new StringWriter();
    masked.printStackTrace(new PrintWriter(trace));

    assertThat(trace.toString())
        .doesNotContain("hunter2")
        .contains("java.sql.SQLException: No suitable driver found")
        .contains("java.lang.IllegalStateException: url jdbc:x://u:***@h/db")
        .contains("RedactionTest");
  }

  @Test
  void anExceptionWithoutSecretsIsLoggedAsItIs() {
    IllegalStateException plain = new IllegalStateException("connection refused");
    assertThat(Redaction.masked(plain)).isSameAs(plain);
  }
}
