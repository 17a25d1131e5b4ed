package id.mpp.sdk.http;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A successful (2xx) answer of an agency, as bytes: for adapters that read a body themselves
 * (a PDF, an envelope to unwrap). Most adapters use {@link AgencyHttpClient#call} instead.
 *
 * @param status the HTTP status
 * @param headers the response headers, names in lower case
 * @param body the body after the auth scheme post-processed it (for example decrypted); a copy
 * @param requestId the {@code X-Request-Id} that was sent
 * @param attempts how many attempts were made, 1 when there was no retry
 * @param elapsed the time from the first attempt to the answer
 */
public record AgencyResponse(int status, Map<String, List<String>> headers, byte[] body,
    String requestId, int attempts, Duration elapsed) {

  /** Copies the headers and the body. */
  public AgencyResponse {
    Map<String, List<String>> lower = new TreeMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    headers = Map.copyOf(lower);
    body = body.clone();
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** @return a copy of the body */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * @param name a header name, any case
   * @return the first value of the header, if present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgencyResponse r && status == r.status && headers.equals(r.headers)
        && Arrays.equals(body, r.body) && requestId.equals(r.requestId) && attempts == r.attempts
        && elapsed.equals(r.elapsed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, Arrays.hashCode(body), requestId, attempts, elapsed);
  }

  /** @return the status, request id and body size; never the body or header values */
  @Override
  public String toString() {
    return "AgencyResponse[status=" + status + ", requestId=" + requestId + ", bodyBytes="
        + body.length + ", attempts=" + attempts + ", elapsed=" + elapsed + "]";
  }
}
