package io.djk8s.cdi;

import io.djk8s.core.builtin.BuiltInProbe;
import jakarta.enterprise.inject.spi.Bean;

/**
 * A probe a name in the probe lists can resolve to: a CDI bean implementing {@code ReadinessProbe},
 * an application's MicroProfile {@code @Readiness} check, or a built-in probe of core.
 *
 * @param name the probe's name
 * @param bean the bean, null for a built-in
 * @param builtIn the built-in's descriptor, null for a bean
 * @param healthCheck whether the bean is a MicroProfile Health check
 */
record ProbeCandidate(String name, Bean<?> bean, BuiltInProbe builtIn, boolean healthCheck) {

  static ProbeCandidate bean(String name, Bean<?> bean, boolean healthCheck) {
    return new ProbeCandidate(name, bean, null, healthCheck);
  }

  static ProbeCandidate builtIn(BuiltInProbe probe) {
    return new ProbeCandidate(probe.name(), null, probe, false);
  }

  boolean isBuiltIn() {
    return builtIn != null;
  }

  String className() {
    return bean != null ? bean.getBeanClass().getName() : builtIn.type().getName();
  }

  String simpleClassName() {
    return bean != null ? bean.getBeanClass().getSimpleName() : builtIn.type().getSimpleName();
  }
}
