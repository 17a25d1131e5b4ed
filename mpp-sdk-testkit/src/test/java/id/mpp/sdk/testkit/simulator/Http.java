package id.mpp.sdk.testkit.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny loopback HTTP client for the framework's own tests. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  static HttpResponse<String> send(AgencySimulator simulator, String method, String path)
      throws IOException {
    return send(simulator, method, path, Duration.ofSeconds(10));
  }

  static HttpResponse<String> send(AgencySimulator simulator, String method, String path,
      Duration timeout) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUri() + path))
        .timeout(timeout)
        .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString("{}"))
        .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> sendOrFail(AgencySimulator simulator, String method, String path) {
    try {
      return send(simulator, method, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
