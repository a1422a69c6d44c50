package io.djk8s.tck.health;

import java.lang.annotation.Annotation;
import java.net.URI;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.test.spi.enricher.resource.ResourceProvider;

/**
 * The TCK reads {@code /health} relative to its {@code URI}; WildFly serves MicroProfile Health on
 * the management interface, whose port {@link WildFlyPorts} chose.
 */
public class ManagementUriProvider implements ResourceProvider {

  @Override
  public boolean canProvide(Class<?> type) {
    return URI.class.isAssignableFrom(type);
  }

  @Override
  public Object lookup(ArquillianResource resource, Annotation... qualifiers) {
    return URI.create("http://127.0.0.1:" + WildFlyPorts.managementPort() + "/");
  }
}
