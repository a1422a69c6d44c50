package io.djk8s.core.probes.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataSourceSelectionTest {

  private static final NamedDataSource ORDERS =
      new NamedDataSource("orders", new UrlDataSource("jdbc:h2:mem:orders", null, null));
  private static final NamedDataSource AUDIT =
      new NamedDataSource("audit", new UrlDataSource("jdbc:h2:mem:audit", null, null));

  @Test
  void anEmptySelectionChecksEveryDataSource() {
    DataSourceSelection selection = DataSourceSelection.of(List.of(ORDERS, AUDIT), List.of());

    assertThat(selection.selected()).containsExactly(ORDERS, AUDIT);
    assertThat(selection.unknown()).isEmpty();
  }

  @Test
  void namesSelectInTheGivenOrderAndUnknownNamesAreReported() {
    DataSourceSelection selection =
        DataSourceSelection.of(
            List.of(ORDERS, AUDIT), DataSourceSelection.names(" audit , ,ordrs,orders"));

    assertThat(selection.selected()).containsExactly(AUDIT, ORDERS);
    assertThat(selection.unknown()).containsExactly("ordrs");
  }

  @Test
  void aNameFoundTwiceGetsASuffix() {
    List<NamedDataSource> unique =
        DataSourceFinder.unique(
            List.of(ORDERS, new NamedDataSource("orders", AUDIT.dataSource()), ORDERS));

    assertThat(unique)
        .extracting(NamedDataSource::name)
        .containsExactly("orders", "orders#2", "orders#3");
  }
}
