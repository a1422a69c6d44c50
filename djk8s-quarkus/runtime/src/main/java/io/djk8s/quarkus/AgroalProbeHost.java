package io.djk8s.quarkus;

import io.djk8s.core.builtin.ProbeHost;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Quarkus application provides to the built-in probes: its beans of a type, of any
 * qualifier. An Agroal datasource is named after its {@code @io.quarkus.agroal.DataSource}
 * qualifier ({@code quarkus.datasource."orders".*} is {@code orders}), the default one {@code
 * default}; so {@code database} checks every active datasource Quarkus configured.
 */
final class AgroalProbeHost implements ProbeHost {

  private static final String NAMED_DATASOURCE = "io.quarkus.agroal.DataSource";
  private static final String DEFAULT_DATASOURCE = "<default>";

  @Override
  public <T> List<Managed<T>> managed(Class<T> type) {
    List<Managed<T>> found = new ArrayList<>();
    for (InstanceHandle<T> handle : Arc.container().listAll(type, Any.Literal.INSTANCE)) {
      InjectableBean<T> bean = handle.getBean();
      if (!bean.isActive()) {
        continue; // quarkus.datasource."name".active=false: not the application's now
      }
      found.add(new Managed<>(nameOf(bean), "bean " + bean.getBeanClass().getName(), handle.get()));
    }
    return found;
  }

  private static String nameOf(InjectableBean<?> bean) {
    if (bean.getName() != null) {
      return bean.getName();
    }
    for (Annotation qualifier : bean.getQualifiers()) {
      Class<? extends Annotation> type = qualifier.annotationType();
      if (type.getName().equals(NAMED_DATASOURCE)) {
        String name = valueOf(qualifier);
        return name.equals(DEFAULT_DATASOURCE) ? "default" : name;
      }
    }
    for (Annotation qualifier : bean.getQualifiers()) {
      Class<? extends Annotation> type = qualifier.annotationType();
      if (type != Any.class && type != Default.class) {
        return "@" + type.getSimpleName();
      }
    }
    return "default";
  }

  private static String valueOf(Annotation qualifier) {
    try {
      Method value = qualifier.annotationType().getMethod("value");
      return String.valueOf(value.invoke(qualifier));
    } catch (ReflectiveOperationException e) {
      return "@" + qualifier.annotationType().getSimpleName();
    }
  }
}
