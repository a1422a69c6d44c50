package io.djk8s.benchmarks.harness;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Row 8, black hole: two servers whose datasource points at the same {@link BlackHole}, one with
 * the {@code database} probe refreshed in the background every {@code interval}, one without (the
 * row 3 behaviour: a request waits for the probe's deadline). Their {@code /readyz} and {@code
 * /bare} on the first server (the floor of any answer on this machine) are called alike by wrk
 * ({@value #CONNECTIONS} connections, as many as row 3's clients), rotated round by round. wrk, not
 * the harness's Java client: that client's own floor (its {@code /bare} p99 was 38–47 ms at 10
 * concurrent calls, against 3 ms for wrk in row 1) was above the 20 ms being measured.
 */
final class PolicyBlackHoleScenario {

  /** {@code /readyz} with the {@code database} probe only (the servers also carry hung probes). */
  static final String PATH = "/readyz?exclude=hang1&exclude=hang2&exclude=hang3";

  /** wrk's connections, each calling again as soon as it has its answer. */
  static final int CONNECTIONS = BlackHoleScenario.OUR_CONCURRENCY;

  /**
   * wrk's figures, one per round.
   *
   * @param background the server that refreshes in the background
   * @param direct the server whose requests run the probe
   * @param bare {@code /bare} on the background server, the floor of any answer
   * @param deadline the {@code database} probe's deadline
   * @param interval the background server's refresh interval
   */
  record Result(
      List<Wrk.Result> background,
      List<Wrk.Result> direct,
      List<Wrk.Result> bare,
      Duration deadline,
      Duration interval) {

    static double p99(List<Wrk.Result> rounds) {
      return Stats.median(rounds.stream().map(Wrk.Result::p99Millis).toList());
    }

    static double p50(List<Wrk.Result> rounds) {
      return Stats.median(rounds.stream().map(Wrk.Result::p50Millis).toList());
    }

    static long requests(List<Wrk.Result> rounds) {
      return rounds.stream().mapToLong(Wrk.Result::requests).sum();
    }

    static long non2xx(List<Wrk.Result> rounds) {
      return rounds.stream().mapToLong(Wrk.Result::non2xx).sum();
    }
  }

  private PolicyBlackHoleScenario() {}

  static Result run(
      ServerProcess background,
      ServerProcess direct,
      Plan plan,
      Sampler sampler,
      Duration deadline,
      Duration interval)
      throws Exception {
    // the startup gate opens once the first background run has a result: timed out, here
    sampler.awaitOk(background.uri("/startupz"), Duration.ofSeconds(30));
    List<URI> uris = List.of(background.uri(PATH), direct.uri(PATH), background.uri("/bare"));
    for (URI uri : uris) {
      wrk(uri, plan.livezWarmup()); // warm-up, discarded
    }
    List<List<Wrk.Result>> rounds = new ArrayList<>();
    uris.forEach(uri -> rounds.add(new ArrayList<>()));
    for (int r = 0; r < plan.rounds(); r++) {
      for (int i = 0; i < uris.size(); i++) {
        int index = (i + r) % uris.size();
        rounds.get(index).add(wrk(uris.get(index), plan.livezRound()));
      }
    }
    Result result = new Result(rounds.get(0), rounds.get(1), rounds.get(2), deadline, interval);
    Progress.say(
        "policy black hole: background p99 %.1f ms (%d of %d not 2xx), without refresh p99 %.0f ms"
            + " (%d of %d not 2xx); /bare p99 %.1f ms",
        Result.p99(result.background()),
        Result.non2xx(result.background()),
        Result.requests(result.background()),
        Result.p99(result.direct()),
        Result.non2xx(result.direct()),
        Result.requests(result.direct()),
        Result.p99(result.bare()));
    return result;
  }

  private static Wrk.Result wrk(URI uri, Duration duration) throws Exception {
    return Wrk.run(uri, 2, CONNECTIONS, duration, Duration.ofSeconds(10));
  }
}
