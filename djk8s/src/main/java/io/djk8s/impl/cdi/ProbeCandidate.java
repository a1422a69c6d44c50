package io.djk8s.impl.cdi;

import jakarta.enterprise.inject.spi.Bean;

/**
 * A bean that a configured probe entry may name.
 *
 * @param name the probe's short name
 * @param bean the CDI bean
 * @param healthCheck {@code true} for an application's MicroProfile {@code @Readiness} check,
 *     {@code false} for a {@code ReadinessProbe}
 */
record ProbeCandidate(String name, Bean<?> bean, boolean healthCheck) {

  String className() {
    return bean.getBeanClass().getName();
  }

  String simpleClassName() {
    return bean.getBeanClass().getSimpleName();
  }
}
