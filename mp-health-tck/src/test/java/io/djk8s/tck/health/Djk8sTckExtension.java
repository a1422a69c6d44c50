package io.djk8s.tck.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jboss.arquillian.container.test.impl.enricher.resource.URIResourceProvider;
import org.jboss.arquillian.container.test.spi.client.deployment.ApplicationArchiveProcessor;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.enricher.resource.ResourceProvider;

/**
 * Arquillian extension for the unchanged MicroProfile Health TCK: adds the djk8s jars to every TCK
 * deployment and configures the container chosen by {@code arquillian.launch}. On WildFly it points
 * the TCK's {@code @ArquillianResource URI} at WildFly's management interface, where WildFly serves
 * {@code /health}; on Payara Micro and Open Liberty at the root of the HTTP port the adapter found.
 */
public class Djk8sTckExtension implements LoadableExtension {

  private static final String DISABLE_DEFAULT_PROCEDURES =
      "-Dmp.health.disable-default-procedures="
          + System.getProperty("djk8s.tck.disable-default-procedures", "true");

  @Override
  public void register(ExtensionBuilder builder) {
    builder.service(ApplicationArchiveProcessor.class, AddDjk8sJars.class);
    String container = System.getProperty("arquillian.launch", "wildfly");
    switch (container) {
      case "wildfly" -> wildfly(builder);
      case "payara" -> {
        payara();
        builder.override(
            ResourceProvider.class, URIResourceProvider.class, ServerRootUriProvider.class);
      }
      case "liberty" -> {
        liberty();
        builder.override(
            ResourceProvider.class, URIResourceProvider.class, ServerRootUriProvider.class);
      }
      default -> throw new IllegalArgumentException("arquillian.launch=" + container);
    }
  }

  /**
   * The TCK's JVM options and ports below the ephemeral range. The adapter starts one process per
   * deployment, each right after the previous one was killed; with {@code autoBindHttp} (in
   * arquillian.xml) and {@code --autoBindSsl} a port the previous process still holds is skipped
   * (up to 1000 higher, still below 32768), where a fixed port made the next boot fail.
   */
  private static void payara() {
    String prefix = "arq.container.payara.configuration.";
    System.setProperty(
        prefix + "extraMicroOptions",
        "--port "
            + FreePorts.free(20_000, 26_000)
            + " --sslport "
            + FreePorts.free(26_000, 31_000)
            + " --autoBindSsl");
    System.setProperty(prefix + "cmdOptions", "-Xmx512m " + DISABLE_DEFAULT_PROCEDURES);
  }

  /**
   * A server {@code djk8s-tck} under {@code djk8s.tck.liberty.usr}: the module's {@code
   * src/test/liberty/server.xml}, free ports in {@code bootstrap.properties}.
   */
  private static void liberty() {
    String prefix = "arq.container.liberty.configuration.";
    int http = FreePorts.free();
    try {
      Path server = Path.of(System.getProperty("djk8s.tck.liberty.usr"), "servers", "djk8s-tck");
      Files.createDirectories(server);
      Files.copy(
          Path.of(System.getProperty("djk8s.tck.liberty.server-xml")),
          server.resolve("server.xml"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(
          server.resolve("bootstrap.properties"),
          "http.port=" + http + "\nhttps.port=" + FreePorts.free() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the Liberty server", e);
    }
    System.setProperty(prefix + "httpPort", Integer.toString(http));
    System.setProperty(prefix + "javaVmArguments", "-Xmx512m " + DISABLE_DEFAULT_PROCEDURES);
  }

  private static void wildfly(ExtensionBuilder builder) {
    // Read by Arquillian when it loads arquillian.xml, which happens after extensions register.
    String prefix = "arq.container.wildfly.configuration.";
    System.setProperty(
        prefix + "javaVmArguments",
        "-Xmx512m -Djboss.socket.binding.port-offset="
            + WildFlyPorts.offset()
            + " -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 "
            + DISABLE_DEFAULT_PROCEDURES);
    System.setProperty(prefix + "managementPort", Integer.toString(WildFlyPorts.managementPort()));
    builder.override(
        ResourceProvider.class, URIResourceProvider.class, ManagementUriProvider.class);
  }
}
