package io.djk8s.tck.health;

import org.jboss.arquillian.container.test.impl.enricher.resource.URIResourceProvider;
import org.jboss.arquillian.container.test.spi.client.deployment.ApplicationArchiveProcessor;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.enricher.resource.ResourceProvider;

/**
 * Arquillian extension for the unchanged MicroProfile Health TCK on WildFly: adds the djk8s jars to
 * every TCK deployment and points the TCK's {@code @ArquillianResource URI} at WildFly's management
 * interface, where WildFly serves {@code /health}.
 */
public class Djk8sTckExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    // Read by Arquillian when it loads arquillian.xml, which happens after extensions register.
    String prefix = "arq.container.wildfly.configuration.";
    System.setProperty(
        prefix + "javaVmArguments",
        "-Xmx512m -Djboss.socket.binding.port-offset="
            + WildFlyPorts.offset()
            + " -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1"
            + " -Dmp.health.disable-default-procedures="
            + System.getProperty("djk8s.tck.disable-default-procedures", "true"));
    System.setProperty(prefix + "managementPort", Integer.toString(WildFlyPorts.managementPort()));
    builder.service(ApplicationArchiveProcessor.class, AddDjk8sJars.class);
    builder.override(
        ResourceProvider.class, URIResourceProvider.class, ManagementUriProvider.class);
  }
}
