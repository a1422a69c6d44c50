package io.djk8s.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.djk8s.testing.Http;
import io.djk8s.testing.Http.Answer;
import io.djk8s.testing.ServletContainer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, item 16, in a real servlet container: djk8s answers GET and HEAD on the probe paths;
 * every other method is passed to the application, as the README's table and the JAX-RS filter have
 * it, although the servlet that carries the permit-all declaration maps the exact paths.
 */
class ServletEntryPointHttpTest {

  /** The application's servlet on {@code /*}, as a JAX-RS servlet is mapped: says what it saw. */
  static final class ApplicationServlet extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      response.setStatus(299);
      response.setContentType("text/plain");
      response
          .getWriter()
          .print(
              "app "
                  + request.getMethod()
                  + " servletPath="
                  + request.getServletPath()
                  + " pathInfo="
                  + request.getPathInfo()
                  + " body="
                  + body);
    }
  }

  private static ServletContainer start(Map<String, String> config) throws Exception {
    return ServletContainer.start(Map.of("/*", new ApplicationServlet()), config);
  }

  private static final Map<String, String> CONFIG = Map.of("djk8s.readiness.probes", "sleepA");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "POST, /readyz",
    "PUT, /readyz",
    "DELETE, /readyz",
    "OPTIONS, /readyz",
    "PATCH, /readyz",
    "POST, /livez",
    "POST, /startupz",
    "POST, /readyz/sleepA",
    "POST, /readyz/manual"
  })
  void otherMethodsThanGetAndHeadOnAProbePathReachTheApplication(String method, String path)
      throws Exception {
    try (ServletContainer container = start(CONFIG)) {
      Answer answer = Http.send(method, container.uri(path));

      assertThat(answer.status()).as("%s %s: %s", method, path, answer.body()).isEqualTo(299);
      assertThat(answer.body())
          .as("the application's servlet on /* sees the path as its own mapping shows it")
          .isEqualTo("app " + method + " servletPath= pathInfo=" + path + " body=");
    }
  }

  @Test
  void aPostWithABodyReachesTheApplicationWithItsBody() throws Exception {
    try (ServletContainer container = start(CONFIG)) {
      Answer answer = Http.post(container.uri("/readyz"), "ping");

      assertThat(answer.status()).as(answer.body()).isEqualTo(299);
      assertThat(answer.body()).endsWith("body=ping");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/readyz", "/livez", "/startupz", "/readyz/sleepA"})
  void getAndHeadOnAProbePathAreStillDjk8ss(String path) throws Exception {
    try (ServletContainer container = start(CONFIG)) {
      Answer get = Http.get(container.uri(path));
      Answer head = Http.head(container.uri(path));

      assertThat(get.status()).as("GET %s: %s", path, get.body()).isEqualTo(200);
      assertThat(get.body()).isEqualTo("Ok");
      assertThat(get.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(head.status()).as("HEAD %s", path).isEqualTo(200);
      assertThat(Http.get(container.uri("/orders")).body())
          .as("other paths are the application's")
          .startsWith("app GET");
    }
  }

  @Test
  void withoutPermitAllOtherMethodsReachTheApplicationToo() throws Exception {
    Map<String, String> config =
        Map.of("djk8s.readiness.probes", "sleepA", "djk8s.servlet.permit-all", "false");
    try (ServletContainer container = start(config)) {
      Answer post = Http.send("POST", container.uri("/readyz"));

      assertThat(post.status()).as(post.body()).isEqualTo(299);
      assertThat(Http.get(container.uri("/readyz")).body()).isEqualTo("Ok");
    }
  }
}
