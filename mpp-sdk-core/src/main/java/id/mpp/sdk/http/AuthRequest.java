package id.mpp.sdk.http;

import id.mpp.sdk.catalogue.AgencyId;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What an {@link AuthScheme} sees of one attempt, to compute its headers.
 *
 * @param agencyId the agency
 * @param method the method
 * @param url the full URL, with query
 * @param body the exact body bytes that will be sent (empty for none); a copy
 * @param contentType the content type of the body, or {@code null} when there is none
 * @param timestamp the time of the attempt from the injected clock; sign with this, not with the
 *     system clock
 * @param requestId the {@code X-Request-Id} of the call
 * @param transport to fetch tokens from the agency's auth endpoint on the shared connection pool
 */
public record AuthRequest(AgencyId agencyId, HttpMethod method, URI url, byte[] body,
    String contentType, Instant timestamp, String requestId, AuthTransport transport) {

  /** Checks and copies the parts. */
  public AuthRequest {
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    body = body.clone();
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(transport, "transport");
  }

  /** @return a copy of the body bytes */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * The path and query as sent on the request line, for example {@code /api/v1/peserta?x=1};
   * what most signature schemes sign.
   *
   * @return the raw path and query
   */
  public String pathAndQuery() {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthRequest r && agencyId.equals(r.agencyId) && method == r.method
        && url.equals(r.url) && Arrays.equals(body, r.body)
        && Objects.equals(contentType, r.contentType) && timestamp.equals(r.timestamp)
        && requestId.equals(r.requestId) && transport.equals(r.transport);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agencyId, method, url, Arrays.hashCode(body), contentType, timestamp,
        requestId);
  }

  /** @return the method, path and request id; never the body or query */
  @Override
  public String toString() {
    return "AuthRequest[" + agencyId + " " + method + " " + url.getRawPath() + ", requestId="
        + requestId + "]";
  }
}
