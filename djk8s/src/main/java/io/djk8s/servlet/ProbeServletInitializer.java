package io.djk8s.servlet;

import io.djk8s.ReadinessControl;
import io.djk8s.config.MicroProfileSettings;
import io.djk8s.core.settings.Djk8sKeys;
import io.djk8s.core.settings.Djk8sSettings;
import io.djk8s.core.settings.Key;
import io.djk8s.core.settings.KeyReader;
import io.djk8s.core.settings.SettingsReader;
import io.djk8s.core.settings.SettingsSource;
import io.djk8s.lifecycle.DeploymentProbe;
import io.djk8s.lifecycle.ShutdownDrain;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.ServletSecurityElement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The servlet-level entry point, found by the container in {@code WEB-INF/lib/djk8s.jar} through
 * {@code META-INF/services/jakarta.servlet.ServletContainerInitializer}. It registers:
 *
 * <ul>
 *   <li>{@link ProbeServletFilter} on {@code /*}, matched <em>before</em> every filter the
 *       application declares ({@code isMatchAfter=false}), so the probe paths answer at the
 *       application root whatever the JAX-RS application path, and no application filter (say, one
 *       that opens a transaction) runs for a probe;
 *   <li>{@link ProbeServlet} on the exact probe paths, declared permit-all with {@code
 *       setServletSecurity} (unless {@code djk8s.servlet.permit-all=false}, which registers no
 *       servlet), so that an application protecting {@code /*} with a {@code <security-constraint>}
 *       does not ask the kubelet for credentials: the container checks security before any filter
 *       runs, and an exact pattern beats {@code /*}. The exact mapping captures every method, so
 *       the servlet forwards the methods that are not djk8s's to the application servlet that maps
 *       the path ({@link ApplicationDispatch}); the permit-all declaration covers them too (the
 *       best-matching pattern decides a request's constraints), which the README states.
 * </ul>
 *
 * <p>{@code djk8s.servlet.enabled=false} registers nothing.
 */
public class ProbeServletInitializer implements ServletContainerInitializer {

  static final String FILTER_NAME = "djk8s-probe-filter";
  static final String SERVLET_NAME = "djk8s-probe-servlet";

  private static final Logger LOG = Logger.getLogger("io.djk8s");

  /** Created by the servlet container. */
  public ProbeServletInitializer() {}

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    SettingsSource config =
        MicroProfileSettings.of(ConfigProvider.getConfig(context.getClassLoader()));
    if (!flag(config, Djk8sKeys.SERVLET_ENABLED)) {
      return;
    }
    Optional<Djk8sSettings> settings = SettingsReader.read(config).settings();
    if (settings.isEmpty()) {
      return; // the CDI extension fails the deployment with every problem listed
    }
    FilterRegistration.Dynamic filter = context.addFilter(FILTER_NAME, ProbeServletFilter.class);
    if (filter == null) {
      return; // registered already (a second initializer call)
    }
    filter.setAsyncSupported(true);
    filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    Set<String> patterns = patterns(settings.get());
    boolean permitAll = flag(config, Djk8sKeys.SERVLET_PERMIT_ALL);
    if (!permitAll) {
      // the filter answers GET and HEAD; without an exact mapping, everything else reaches the
      // application's servlets under the application's security, untouched
      LOG.info(
          () ->
              "djk8s: servlet filter on /* ahead of the application's filters; probe paths "
                  + patterns
                  + " under the application's security");
      return;
    }
    ServletRegistration.Dynamic servlet = context.addServlet(SERVLET_NAME, ProbeServlet.class);
    Set<String> taken = servlet.addMapping(patterns.toArray(String[]::new));
    Set<String> declared = servlet.setServletSecurity(new ServletSecurityElement());
    if (!taken.isEmpty()) {
      LOG.warning(
          () ->
              "djk8s: the application maps "
                  + taken
                  + " to servlets of its own; the filter still answers them first");
    }
    if (!declared.isEmpty()) {
      LOG.info(
          () ->
              "djk8s: web.xml declares the security of "
                  + declared
                  + " itself; the container applies that declaration to them");
    }
    LOG.info(
        () ->
            "djk8s: servlet filter on /* ahead of the application's filters; probe paths "
                + patterns
                + " permit-all; other methods than GET and HEAD on them go to the application");
  }

  /**
   * The exact patterns of every path djk8s answers: each health, ready and startup path, and {@code
   * <path>/<probe>} for each probe of its group, the implicit ones included ({@code manual} and
   * {@code shutdown} in readiness, {@code deployment} in startup), so that a container that
   * protects {@code /*} lets the kubelet reach all of them.
   */
  static Set<String> patterns(Djk8sSettings settings) {
    Set<String> patterns = new LinkedHashSet<>();
    addAll(patterns, settings.healthPaths(), settings.livenessProbes());
    List<String> readiness = new ArrayList<>(settings.readinessProbes());
    readiness.addAll(List.of(ReadinessControl.PROBE_NAME, ShutdownDrain.NAME));
    addAll(patterns, settings.readyPaths(), readiness);
    List<String> startup = new ArrayList<>(settings.startupProbes());
    startup.add(DeploymentProbe.NAME);
    addAll(patterns, settings.startupPaths(), startup);
    return patterns;
  }

  private static void addAll(Set<String> patterns, List<String> paths, List<String> probes) {
    for (String path : paths) {
      patterns.add(path);
      probes.forEach(probe -> patterns.add(path + "/" + probe));
    }
  }

  private static boolean flag(SettingsSource config, Key key) {
    KeyReader reader = new KeyReader(config);
    boolean value = reader.bool(key);
    if (!reader.problems().isEmpty()) {
      throw new IllegalStateException(String.join("; ", reader.problems()));
    }
    return value;
  }
}
