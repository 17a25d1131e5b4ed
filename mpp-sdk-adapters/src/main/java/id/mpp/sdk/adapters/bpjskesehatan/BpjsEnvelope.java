package id.mpp.sdk.adapters.bpjskesehatan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import id.mpp.sdk.json.MppJson;
import java.util.Objects;
import java.util.Optional;

/**
 * A BPJS Kesehatan response envelope. VClaim writes
 * {@code {"metaData":{"code":"200","message":"Sukses"},"response":...}} with the code as a string;
 * Antrean RS writes {@code {"metadata":{"code":200,"message":"OK"},"response":...}} with a
 * lower-case key and a numeric code. Both are accepted. The {@code response} is an encrypted
 * Base64 string, a plain JSON value, or absent.
 *
 * @param code the metadata code as text, for example {@code "200"} or {@code "201"}
 * @param message the metadata message, empty if absent
 * @param response the {@code response} value; {@link MissingNode} if absent
 */
record BpjsEnvelope(String code, String message, JsonNode response) {

  /** The code BPJS uses for success, in both spellings of the envelope. */
  static final String SUCCESS = "200";

  BpjsEnvelope {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(response, "response");
  }

  /**
   * Parses an envelope.
   *
   * @param body the response body
   * @return the envelope
   * @throws id.mpp.sdk.json.MalformedJsonException if the body is not JSON within the read limits
   * @throws IllegalArgumentException if there is no metadata object or no code
   */
  static BpjsEnvelope parse(byte[] body) {
    JsonNode root = MppJson.defaults().read(body, JsonNode.class);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("envelope is not a JSON object");
    }
    JsonNode meta = root.has("metaData") ? root.get("metaData") : root.get("metadata");
    if (meta == null || !meta.isObject()) {
      throw new IllegalArgumentException("envelope has no 'metaData' or 'metadata' object");
    }
    JsonNode code = meta.get("code");
    if (code == null || !(code.isTextual() || code.isIntegralNumber())) {
      throw new IllegalArgumentException("envelope field 'metadata.code' is missing or neither "
          + "a string nor an integer");
    }
    JsonNode message = meta.get("message");
    JsonNode response = root.has("response") ? root.get("response") : MissingNode.getInstance();
    return new BpjsEnvelope(code.asText().trim(),
        message == null || message.isNull() ? "" : message.asText(), response);
  }

  /** @return whether the code says success ({@code 200}) */
  boolean isSuccess() {
    return SUCCESS.equals(code);
  }

  /** @return the encrypted {@code response} text, if the response is a non-empty string */
  Optional<String> encryptedResponse() {
    return response.isTextual() && !response.asText().isEmpty()
        ? Optional.of(response.asText()) : Optional.empty();
  }
}
