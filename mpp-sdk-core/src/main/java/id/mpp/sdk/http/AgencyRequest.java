package id.mpp.sdk.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to an agency: method, path relative to the agency's base URL, extra headers, an
 * optional JSON body, and {@link CallOptions}.
 *
 * <pre>{@code
 * AgencyRequest.post("/permohonan", body)
 *     .withOptions(CallOptions.defaults().withIdempotencyKey(key));
 * AgencyRequest.get("/permohonan/" + reference + "/status");
 * }</pre>
 *
 * <p>The body is any value {@link id.mpp.sdk.json.MppJson} can write (usually a record); it is
 * validated with {@link id.mpp.sdk.validation.MppValidator} before anything is sent.
 *
 * @param method the method
 * @param path the path and query, starting with {@code /}; never put a NIK in it if the agency
 *     allows it in the body
 * @param headers extra headers; values are checked for control characters and size before sending
 * @param body the JSON body, or {@code null}
 * @param options the per-call options
 */
public record AgencyRequest(HttpMethod method, String path, Map<String, String> headers,
    Object body, CallOptions options) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if the path does not start with {@code /}
   */
  public AgencyRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/") || path.startsWith("//")) {
      throw new IllegalArgumentException("path must start with a single '/'");
    }
    headers = Map.copyOf(headers);
    Objects.requireNonNull(options, "options");
  }

  /**
   * A GET.
   *
   * @param path the path and query
   * @return the request
   */
  public static AgencyRequest get(String path) {
    return new AgencyRequest(HttpMethod.GET, path, Map.of(), null, CallOptions.defaults());
  }

  /**
   * A POST with a JSON body.
   *
   * @param path the path
   * @param body the body
   * @return the request
   */
  public static AgencyRequest post(String path, Object body) {
    return new AgencyRequest(HttpMethod.POST, path, Map.of(), body, CallOptions.defaults());
  }

  /**
   * A PUT with a JSON body.
   *
   * @param path the path
   * @param body the body
   * @return the request
   */
  public static AgencyRequest put(String path, Object body) {
    return new AgencyRequest(HttpMethod.PUT, path, Map.of(), body, CallOptions.defaults());
  }

  /**
   * A DELETE.
   *
   * @param path the path
   * @return the request
   */
  public static AgencyRequest delete(String path) {
    return new AgencyRequest(HttpMethod.DELETE, path, Map.of(), null, CallOptions.defaults());
  }

  /**
   * @param name the header name
   * @param value the header value
   * @return a copy with the header added (replacing one of the same name)
   */
  public AgencyRequest withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new AgencyRequest(method, path, copy, body, options);
  }

  /**
   * @param callOptions the options
   * @return a copy with the options
   */
  public AgencyRequest withOptions(CallOptions callOptions) {
    return new AgencyRequest(method, path, headers, body, callOptions);
  }
}
