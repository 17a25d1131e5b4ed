package id.mpp.sdk.testkit.agencies;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.MppException;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.testkit.simulator.SimulatedRequest;
import id.mpp.sdk.testkit.simulator.SimulatedResponse;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How the JSON agency simulators of this package answer a mutating request once per
 * {@code Idempotency-Key}, plus the small readers they share. A repeat whose identifying fields
 * are the same gets the first answer again (a retry that recomputed a timestamp still counts as
 * the same request); one whose fields differ is refused with 409; a request without the header is
 * refused with 400. Answers of 500 and above are not kept, so a retry may succeed. Not
 * thread-safe: the simulators call it under their own lock, and clear it on reset.
 */
final class IdempotencyLedger {

  /** Shapes an agency's error body. */
  @FunctionalInterface
  interface Errors {
    SimulatedResponse error(int status, String code, String message);
  }

  private record Stored(String fingerprint, SimulatedResponse response) {
  }

  private final Map<String, Stored> answers = new HashMap<>();
  private final Errors errors;

  IdempotencyLedger(Errors errors) {
    this.errors = errors;
  }

  void clear() {
    answers.clear();
  }

  SimulatedResponse once(SimulatedRequest request, List<String> identifying,
      BiFunction<SimulatedRequest, JsonNode, SimulatedResponse> handler) {
    String key = request.header("Idempotency-Key").orElse("");
    if (key.isBlank()) {
      return errors.error(400, "IDEMPOTENCY_KEY_REQUIRED", "header Idempotency-Key wajib diisi");
    }
    String slot = request.path() + " " + key;
    JsonNode body = json(request);
    String fingerprint = fingerprint(body, identifying);
    Stored earlier = answers.get(slot);
    if (earlier != null) {
      return earlier.fingerprint().equals(fingerprint) ? earlier.response()
          : errors.error(409, "IDEMPOTENCY_KEY_REUSED",
              "Idempotency-Key dipakai untuk permintaan lain");
    }
    SimulatedResponse answer = body == null
        ? errors.error(400, "INVALID_REQUEST", "badan permintaan bukan objek JSON")
        : handler.apply(request, body);
    if (answer.status() < 500) {
      answers.put(slot, new Stored(fingerprint, answer));
    }
    return answer;
  }

  private static String fingerprint(JsonNode body, List<String> fields) {
    if (body == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (String field : fields) {
      text.append(field).append('=').append(body.path(field).asText("")).append(';');
    }
    return text.toString();
  }

  /** @return the body as a JSON object, or {@code null} when it is not one */
  static JsonNode json(SimulatedRequest request) {
    try {
      JsonNode node = MppJson.defaults().read(request.body(), JsonNode.class);
      return node != null && node.isObject() ? node : null;
    } catch (MppException e) {
      return null;
    }
  }

  /** @return a JSON number as rupiah, or {@code null} when it is not an amount */
  static Rupiah amount(JsonNode node) {
    if (node == null || !node.isNumber()) {
      return null;
    }
    try {
      return Rupiah.of(new BigDecimal(node.asText()));
    } catch (MppException e) {
      return null;
    }
  }

  /** @return the path segment at an index, counted from 0 after the leading slash */
  static String segment(String path, int index) {
    String[] parts = path.substring(1).split("/");
    return parts.length > index ? parts[index] : "";
  }

  /** @return the last path segment */
  static String last(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** @return a decoded query parameter */
  static Optional<String> queryParam(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  /** @return a {@code {"code":…, "message":…}} error answer */
  static SimulatedResponse codeAndMessage(int status, String code, String message) {
    return SimulatedResponse.json(status, Map.of("code", code, "message", message));
  }
}
