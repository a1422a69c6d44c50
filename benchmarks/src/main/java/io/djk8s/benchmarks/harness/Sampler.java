package io.djk8s.benchmarks.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Times single HTTP calls from the client's side: request sent to answer read, or timed out. */
final class Sampler implements AutoCloseable {

  /**
   * One call.
   *
   * @param millis time to answer, or the client timeout when timed out
   * @param status the HTTP status, or {@code -1} when the client gave up
   */
  record Sample(double millis, int status) {
    boolean timedOut() {
      return status < 0;
    }
  }

  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(pool)
          .build();

  Sample call(URI uri, Duration timeout) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Sample((System.nanoTime() - start) / 1e6, response.statusCode());
    } catch (HttpTimeoutException e) {
      return new Sample((System.nanoTime() - start) / 1e6, -1);
    }
  }

  /**
   * Calls until the answer is 200, for at most {@code patience}: the first calls load classes and
   * open the first connection, which may overrun a probe's deadline on a busy machine.
   */
  void awaitOk(URI uri, Duration patience) throws IOException, InterruptedException {
    long end = System.nanoTime() + patience.toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < end) {
      last =
          client.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (last.statusCode() == 200) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        uri
            + " did not answer 200 within "
            + patience.toSeconds()
            + " s; last answer: "
            + (last == null ? "none" : last.statusCode() + " " + last.body()));
  }

  /** Makes {@code calls} calls, at most {@code concurrency} at once. */
  List<Sample> calls(URI uri, int calls, int concurrency, Duration timeout) throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<Sample>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        futures.add(callers.submit(() -> call(uri, timeout)));
      }
      List<Sample> samples = new ArrayList<>();
      for (Future<Sample> future : futures) {
        samples.add(future.get());
      }
      return samples;
    } finally {
      callers.shutdownNow();
    }
  }

  /**
   * Calls contenders alike, round by round, in an order rotated each round: {@code calls} calls per
   * contender and round, at most {@code concurrency} at once.
   *
   * @return the samples of each contender, in the order of {@code uris}
   */
  List<List<Sample>> alternate(
      List<URI> uris, int rounds, int calls, int concurrency, Duration timeout) throws Exception {
    List<List<Sample>> samples = new ArrayList<>();
    uris.forEach(uri -> samples.add(new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < uris.size(); i++) {
        int index = (i + round) % uris.size();
        samples.get(index).addAll(calls(uris.get(index), calls, concurrency, timeout));
      }
    }
    return samples;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
