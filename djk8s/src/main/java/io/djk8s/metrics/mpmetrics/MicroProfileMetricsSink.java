package io.djk8s.metrics.mpmetrics;

import io.djk8s.metrics.spi.MetricsSink;
import jakarta.enterprise.inject.spi.AnnotatedField;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Probe metrics in MicroProfile Metrics' application registry. Loaded only when the MicroProfile
 * Metrics API is on the classpath.
 */
public final class MicroProfileMetricsSink implements MetricsSink {

  private final MetricRegistry registry;

  public MicroProfileMetricsSink(MetricRegistry registry) {
    this.registry = registry;
  }

  /**
   * The application registry, looked up through a real injection point.
   *
   * <p>A programmatic {@code Instance} lookup passes the registry's producer an injection point
   * with no {@code Annotated}, and Payara's producer dereferences it to read {@code @RegistryScope}
   * (a {@code NullPointerException}, so no metrics at all on Payara). {@link RegistryField}'s field
   * is the injection point an application's own {@code @Inject MetricRegistry} would have.
   *
   * @param beanManager the application's bean manager
   * @return the sink, or empty when no single registry bean exists
   */
  public static Optional<MetricsSink> of(BeanManager beanManager) {
    if (!beanManager.createInstance().select(MetricRegistry.class).isResolvable()) {
      return Optional.empty();
    }
    AnnotatedField<? super RegistryField> field =
        beanManager.createAnnotatedType(RegistryField.class).getFields().iterator().next();
    InjectionPoint point = beanManager.createInjectionPoint(field);
    MetricRegistry registry =
        (MetricRegistry)
            beanManager.getInjectableReference(point, beanManager.createCreationalContext(null));
    return Optional.of(new MicroProfileMetricsSink(registry));
  }

  /** Never instantiated: its one field is the model of the injection point. */
  static final class RegistryField {
    @Inject MetricRegistry registry;

    private RegistryField() {}
  }

  @Override
  public void gauge(String probe, DoubleSupplier status) {
    registry.gauge(STATUS, status::getAsDouble, new Tag(PROBE_TAG, probe));
  }

  @Override
  public void time(String probe, Duration elapsed) {
    registry.timer(DURATION, new Tag(PROBE_TAG, probe)).update(elapsed);
  }
}
