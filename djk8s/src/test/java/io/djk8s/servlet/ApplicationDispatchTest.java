package io.djk8s.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.MappingMatch;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The servlet-mapping rules by which a request djk8s does not answer finds its application servlet.
 */
class ApplicationDispatchTest {

  private static ServletRegistration registration(String name, String... mappings) {
    return (ServletRegistration)
        Proxy.newProxyInstance(
            ServletRegistration.class.getClassLoader(),
            new Class<?>[] {ServletRegistration.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getName" -> name;
                  case "getMappings" -> List.of(mappings);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static final Map<String, ServletRegistration> SERVLETS = new LinkedHashMap<>();

  static {
    SERVLETS.put(
        ProbeServletInitializer.SERVLET_NAME,
        registration(ProbeServletInitializer.SERVLET_NAME, "/readyz", "/api/readyz"));
    SERVLETS.put("jaxrs", registration("jaxrs", "/api/*"));
    SERVLETS.put("admin", registration("admin", "/api/admin/*"));
    SERVLETS.put("json", registration("json", "*.json"));
    SERVLETS.put("default", registration("default", "/"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "/api/readyz, jaxrs, /api, /readyz, PATH",
        "/api, jaxrs, /api, null, PATH",
        "/api/admin/readyz, admin, /api/admin, /readyz, PATH",
        "/readyz.json, json, /readyz.json, null, EXTENSION",
        "/readyz, default, /readyz, null, DEFAULT"
      })
  void theLongestPrefixThenTheExtensionThenTheDefaultServletWinsAndDjk8sIsNeverItsOwnTarget(
      String path, String servlet, String servletPath, String pathInfo, MappingMatch match) {
    Optional<ApplicationDispatch.Target> target = ApplicationDispatch.target(SERVLETS, path);

    assertThat(target)
        .hasValueSatisfying(
            t -> {
              assertThat(t.servlet()).as("servlet").isEqualTo(servlet);
              assertThat(t.servletPath()).as("servlet path").isEqualTo(servletPath);
              assertThat(t.pathInfo()).as("path info").isEqualTo(pathInfo);
              assertThat(t.match()).as("match").isEqualTo(match);
            });
  }

  @Test
  void withNoApplicationServletForThePathThereIsNoTarget() {
    Map<String, ServletRegistration> onlyDjk8s =
        Map.of(
            ProbeServletInitializer.SERVLET_NAME,
            registration(ProbeServletInitializer.SERVLET_NAME, "/readyz"));

    assertThat(ApplicationDispatch.target(onlyDjk8s, "/readyz")).isEmpty();
  }
}
