package io.djk8s.cli.kubelet;

import io.djk8s.cli.lint.Container;
import io.djk8s.cli.lint.Finding;
import io.djk8s.cli.lint.Manifests;
import io.djk8s.cli.lint.Probe;
import io.djk8s.cli.lint.Workload;
import io.djk8s.core.selfcheck.KubeletAnswer;
import io.djk8s.core.selfcheck.KubeletRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code djk8s kubelet FILE --url URL}: runs a manifest's probes against a running application. */
@Command(
    name = "kubelet",
    mixinStandardHelpOptions = true,
    description = {
      "Probes a running application with the manifest's own probes, as the kubelet does (GET,"
          + " User-Agent kube-probe/<version>, Accept */*, no credentials, the probe's httpHeaders"
          + " and timeoutSeconds; 200-399 passes; redirects followed only to the same host, up to"
          + " 10; exec probes run on this machine), and prints what the kubelet would conclude.",
      "Exit codes: 0 every probe passes, 1 a probe fails, 2 usage."
    })
public final class KubeletCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The manifest, or - for stdin.")
  String file;

  @Option(
      names = "--url",
      required = true,
      description = "Where the pod's port is reached, e.g. http://127.0.0.1:8080.")
  String url;

  @Option(names = "--container", description = "Only this container's probes.")
  String container;

  @Option(
      names = "--kube-version",
      defaultValue = "1.31",
      description = "The version in User-Agent (default: ${DEFAULT-VALUE}).")
  String kubeVersion;

  /** Created by picocli. */
  public KubeletCommand() {}

  @Override
  public Integer call() {
    URI base = base();
    Manifests manifests;
    try {
      manifests = Manifests.read(List.of(Manifests.Source.read(file, System.in)));
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), file + ": cannot be read: " + e.getMessage());
    }
    if (!manifests.problems().isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), manifests.problems().stream().map(Finding::text).toList().toString());
    }
    PrintWriter out = spec.commandLine().getOut();
    KubeletRequest request = new KubeletRequest(kubeVersion);
    int probes = 0;
    boolean allPass = true;
    boolean warmed = false;
    for (Workload workload : manifests.workloads()) {
      for (Container c : workload.containers()) {
        if (container != null && !container.equals(c.name())) {
          continue;
        }
        for (Probe probe : c.probes()) {
          if (!warmed && probe.http().isPresent()) {
            // the HTTP client's first request loads classes: not the application's time
            request.get(target(base, probe.http().get()), Map.of(), Duration.ofSeconds(5));
            warmed = true;
          }
          Verdict verdict =
              probe(request, base, workload.reference() + " container '" + c.name() + "'", probe);
          out.println(verdict.line());
          allPass &= verdict.passes();
          probes++;
        }
      }
    }
    if (probes == 0) {
      throw new ParameterException(spec.commandLine(), file + ": no probe to run");
    }
    out.flush();
    return allPass ? 0 : 1;
  }

  private Verdict probe(KubeletRequest request, URI base, String who, Probe probe) {
    Duration timeout = Duration.ofSeconds(probe.timeoutSeconds());
    if (probe.http().isPresent()) {
      Probe.HttpGet get = probe.http().get();
      Map<String, String> headers = new LinkedHashMap<>();
      get.headers().forEach(h -> headers.put(h.name(), h.value()));
      URI target = target(base, get);
      KubeletAnswer answer = request.get(target, headers, timeout);
      String outcome =
          answer.error().map(e -> e).orElse(String.valueOf(answer.status()))
              + " on GET "
              + get.path()
              + " in "
              + answer.elapsed().toMillis()
              + " ms";
      String note = "";
      if (!answer.redirects().isEmpty()) {
        note += "; redirected to " + answer.redirects();
      }
      if (answer.offHost().isPresent()) {
        note +=
            "\n  WARNING: it passes only because the kubelet counts a redirect to another host ("
                + answer.offHost().get()
                + ") as success without following it: this probe says nothing about the"
                + " application and stays green for good";
      }
      return Verdict.of(who, probe, answer.success(), outcome, note);
    }
    if (!probe.exec().isEmpty()) {
      ExecProbe.Result result = ExecProbe.run(probe.exec(), timeout);
      return Verdict.of(who, probe, result.passes(), result.outcome() + " of " + probe.exec(), "");
    }
    return Verdict.of(
        who, probe, false, "an action this command does not run (tcpSocket or grpc)", "");
  }

  private static URI target(URI base, Probe.HttpGet get) {
    String path = get.path().startsWith("/") ? get.path() : "/" + get.path();
    return URI.create(base.getScheme() + "://" + base.getRawAuthority() + path);
  }

  private URI base() {
    try {
      URI base = URI.create(url);
      if (base.getScheme() == null
          || !(base.getScheme().equals("http") || base.getScheme().equals("https"))
          || base.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL with a host");
      }
      return base;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--url='" + url + "': " + e.getMessage());
    }
  }
}
