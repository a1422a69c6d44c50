package io.djk8s.testing;

import io.djk8s.servlet.ProbeServletInitializer;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A real servlet container (Jetty 12, Servlet 6.0) on 127.0.0.1 and a free port, with djk8s's
 * {@link ProbeServletInitializer} run as a container runs it from {@code WEB-INF/lib}, the
 * application's servlets, and a Weld SE container for the beans the servlet entry point looks up,
 * configured by exactly the given properties.
 */
public final class ServletContainer implements AutoCloseable {

  private final CdiContainer cdi;
  private final Server server;

  private ServletContainer(Map<String, HttpServlet> servlets, Map<String, String> properties)
      throws Exception {
    this.cdi = CdiContainer.start(properties);
    this.server = new Server();
    try {
      ServerConnector connector = new ServerConnector(server);
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      server.addConnector(connector);
      ServletContextHandler context =
          new ServletContextHandler("/", ServletContextHandler.SECURITY);
      context.setClassLoader(Thread.currentThread().getContextClassLoader());
      context.addServletContainerInitializer(new ProbeServletInitializer());
      servlets.forEach((pattern, servlet) -> context.addServlet(servlet, pattern));
      server.setHandler(context);
      server.start();
    } catch (Exception | Error e) {
      close();
      throw e;
    }
  }

  /**
   * Starts a container.
   *
   * @param servlets the application's servlets by URL pattern
   * @param properties the whole MicroProfile configuration
   * @return the running container
   * @throws Exception when it cannot start
   */
  public static ServletContainer start(
      Map<String, HttpServlet> servlets, Map<String, String> properties) throws Exception {
    return new ServletContainer(servlets, properties);
  }

  /**
   * The container's address.
   *
   * @param path a path such as {@code /readyz}
   * @return the full URI
   */
  public URI uri(String path) {
    return URI.create(
        "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("servlet container did not stop", e);
    } finally {
      cdi.close();
    }
  }
}
