package id.mpp.sdk.testkit.simulator;

import id.mpp.sdk.json.MppJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A response an agency simulator sends.
 *
 * @param status the HTTP status
 * @param headers the headers to send
 * @param body the body bytes, empty for none
 */
public record SimulatedResponse(int status, Map<String, String> headers, byte[] body) {

  /** Checks the status and copies the headers and body. */
  public SimulatedResponse {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100-599");
    }
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(
        Objects.requireNonNull(headers, "headers")));
    body = Objects.requireNonNull(body, "body").clone();
  }

  /**
   * A JSON response.
   *
   * @param status the HTTP status
   * @param json the JSON text
   * @return the response with {@code Content-Type: application/json}
   */
  public static SimulatedResponse json(int status, String json) {
    return new SimulatedResponse(status, Map.of("Content-Type", "application/json"),
        json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A JSON response written from a value (maps, lists, records) with the SDK's codec.
   *
   * @param status the HTTP status
   * @param value the value to write
   * @return the response with {@code Content-Type: application/json}
   */
  public static SimulatedResponse json(int status, Object value) {
    return json(status, MppJson.defaults().write(value));
  }

  /**
   * A response without a body.
   *
   * @param status the HTTP status
   * @return the response
   */
  public static SimulatedResponse empty(int status) {
    return new SimulatedResponse(status, Map.of(), new byte[0]);
  }

  /**
   * Adds or replaces a header.
   *
   * @param name the header name
   * @param value the value
   * @return a new response
   */
  public SimulatedResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new SimulatedResponse(status, copy, body);
  }

  /** @return a copy of the body bytes */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** @return the body decoded as UTF-8 */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Two responses are equal when every component is, the body compared by content. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SimulatedResponse r && status == r.status && headers.equals(r.headers)
        && Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, Arrays.hashCode(body));
  }

  /** @return the status and body size only */
  @Override
  public String toString() {
    return "SimulatedResponse[" + status + ", " + body.length + " bytes]";
  }
}
