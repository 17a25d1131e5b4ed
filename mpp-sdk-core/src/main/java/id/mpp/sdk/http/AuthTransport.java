package id.mpp.sdk.http;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lets an {@link AuthScheme} call the agency's token endpoint over the hub's shared connection
 * pool, with the agency's timeouts and redirect policy, but without retries, auth or the circuit
 * breaker (so a token failure is reported as it is).
 */
public interface AuthTransport {

  /**
   * Sends one POST.
   *
   * @param url the absolute URL of the token endpoint
   * @param headers the headers (their values are never logged)
   * @param contentType the body's content type, for example
   *     {@code application/x-www-form-urlencoded}
   * @param body the body bytes
   * @return the answer, whatever its status
   * @throws id.mpp.sdk.AgencyAuthenticationException if the endpoint cannot be reached or answers
   *     too much
   */
  Response post(URI url, Map<String, String> headers, String contentType, byte[] body);

  /**
   * The answer of a token endpoint.
   *
   * @param status the HTTP status
   * @param headers the headers, names in lower case
   * @param body the body; a copy
   */
  record Response(int status, Map<String, List<String>> headers, byte[] body) {

    /** Copies the parts. */
    public Response {
      headers = Map.copyOf(headers);
      body = body.clone();
    }

    /** @return a copy of the body */
    @Override
    public byte[] body() {
      return body.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Response r && status == r.status && headers.equals(r.headers)
          && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
      return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    /** @return the status and body size, never the body (it holds a token) */
    @Override
    public String toString() {
      return "Response[status=" + status + ", bodyBytes=" + body.length + "]";
    }
  }
}
