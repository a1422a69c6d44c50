package io.djk8s.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djk8s.NotReady;
import io.djk8s.ProbeContext;
import io.djk8s.ProbeOrigin;
import io.djk8s.ReadinessProbe;
import io.djk8s.config.MicroProfileSettings;
import io.djk8s.core.probes.jdbc.DataSourceFinder;
import io.djk8s.core.probes.jdbc.DatabaseProbe;
import io.djk8s.core.probes.jdbc.NamedDataSource;
import io.djk8s.core.probes.jdbc.UrlDataSource;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.testing.TestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which datasources the probe finds in a CDI container, and by which names it reports them. */
@EnableWeld
class DataSourceDiscoveryCdiTest {

  /** A qualifier of the application's. */
  @Qualifier
  @Retention(RetentionPolicy.RUNTIME)
  @interface Audit {}

  /**
   * The application's datasources: default, named, qualified (one of them unreachable). No
   * bean-defining annotation, so that only this test's container (which adds it explicitly) sees
   * it, not the embedded servers of other tests.
   */
  static class Producers {
    @Produces
    @ApplicationScoped
    DataSource main() {
      return new UrlDataSource("jdbc:h2:mem:djk8s_cdi_main;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Produces
    @Named("orders")
    DataSource orders() {
      return new UrlDataSource("jdbc:h2:mem:djk8s_cdi_orders;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Produces
    @Audit
    DataSource audit() {
      return new UrlDataSource("jdbc:postgresql://127.0.0.1:1/none", "probe", "x");
    }
  }

  private final TestConfig config =
      TestConfig.of(
          Map.of(
              "djk8s.datasource.reports.url", "jdbc:h2:mem:djk8s_cdi_reports;DB_CLOSE_DELAY=-1"));

  @WeldSetup WeldInitiator weld = WeldInitiator.from(Producers.class).build();

  @AfterEach
  void releaseConfig() {
    config.close();
  }

  @Test
  void findsEveryQualifierAndConfiguredDataSourcesByName() {
    List<NamedDataSource> found =
        DataSourceFinder.find(
            new CdiProbeHost(weld.getBeanManager()),
            MicroProfileSettings.of(ConfigProvider.getConfig()));

    assertThat(found)
        .extracting(NamedDataSource::name)
        .containsExactlyInAnyOrder("default", "orders", "@Audit", "reports");
  }

  @Test
  void theProbeChecksThemAllAndNamesTheFailingOne() {
    ReadinessProbe probe =
        DatabaseProbe.DESCRIPTOR.create(
            new KeyReader(MicroProfileSettings.of(ConfigProvider.getConfig())),
            new CdiProbeHost(weld.getBeanManager()));

    assertThatThrownBy(
            () -> probe.ready(ProbeContext.startingNow(Duration.ofSeconds(2), ProbeOrigin.HTTP)))
        .isInstanceOf(NotReady.class)
        .hasMessageStartingWith("datasource '@Audit': ")
        .hasMessageContaining("'default'")
        .hasMessageContaining("'orders'")
        .hasMessageContaining("'reports'");
  }
}
