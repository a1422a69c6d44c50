package io.djk8s.cdi;

import io.djk8s.core.builtin.ProbeHost;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a CDI application provides to the built-in probes: its beans of a type, of any qualifier,
 * each named by {@code @Named}, else by its qualifiers ({@code @Orders}), else {@code default}.
 */
public final class CdiProbeHost implements ProbeHost {

  private final BeanManager beanManager;

  /**
   * A host over a bean manager.
   *
   * @param beanManager the application's bean manager
   */
  public CdiProbeHost(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  public <T> List<Managed<T>> managed(Class<T> type) {
    List<Managed<T>> found = new ArrayList<>();
    for (Bean<?> bean : beanManager.getBeans(type, Any.Literal.INSTANCE)) {
      T instance =
          type.cast(
              beanManager.getReference(bean, type, beanManager.createCreationalContext(bean)));
      found.add(new Managed<>(nameOf(bean), "bean " + bean.getBeanClass().getName(), instance));
    }
    return found;
  }

  private static String nameOf(Bean<?> bean) {
    if (bean.getName() != null) {
      return bean.getName();
    }
    String qualifiers =
        bean.getQualifiers().stream()
            .map(Annotation::annotationType)
            .filter(type -> type != Any.class && type != Default.class)
            .map(type -> "@" + type.getSimpleName())
            .collect(Collectors.joining(" "));
    return qualifiers.isEmpty() ? "default" : qualifiers;
  }
}
