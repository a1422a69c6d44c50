package io.djk8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotReadyTest {

  @Test
  void defaultsAreNotReadyAnd503AsUpstream() {
    NotReady notReady = new NotReady();

    assertThat(notReady.content()).isEqualTo("Not ready");
    assertThat(notReady.status()).isEqualTo(503);
    assertThat(notReady.detail()).isEqualTo("Not ready");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 429, 500, 503, 599})
  void acceptsEveryErrorStatus(int status) {
    assertThat(new NotReady("x", status).status()).isEqualTo(status);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 200, 204, 302, 399, 600, 1000})
  void rejectsStatusesTheKubeletWouldReadAsReadyOrThatAreNotHttp(int status) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NotReady("x", status))
        .withMessageContaining("400 to 599")
        .withMessageContaining(String.valueOf(status));
  }

  @Test
  void rejectsNullContent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NotReady(null))
        .withMessageContaining("content");
  }

  @Test
  void detailAndCauseAreForTheOperatorAndDoNotChangeTheBody() {
    IOException cause = new IOException("connect to db.internal:5432 refused");
    NotReady notReady = new NotReady("db: down", "datasource 'orders': refused", cause);

    assertThat(notReady.content()).isEqualTo("db: down");
    assertThat(notReady.detail()).isEqualTo("datasource 'orders': refused");
    assertThat(notReady.getCause()).isSameAs(cause);
    assertThat(notReady.status()).isEqualTo(503);
  }
}
