package id.mpp.sdk.adapters.bpjskesehatan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.mpp.sdk.AgencyProtocolException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.http.AuthRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.json.MppJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The WS BPJS scheme as an {@link AuthScheme}: signs every attempt with {@code X-cons-id},
 * {@code X-timestamp}, {@code X-signature} and the service's {@code user_key}, and decrypts the
 * {@code response} field of a successful envelope with the attempt's own timestamp, replacing the
 * Base64 text by the JSON it held.
 */
final class BpjsAuthScheme implements AuthScheme {

  private final String consId;
  private final Secret secretKey;
  private final Secret userKey;

  BpjsAuthScheme(String consId, Secret secretKey, Secret userKey) {
    this.consId = Objects.requireNonNull(consId, "consId");
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    this.userKey = Objects.requireNonNull(userKey, "userKey");
  }

  @Override
  public Map<String, String> headers(AuthRequest request) {
    String timestamp = BpjsSignature.timestamp(request.timestamp());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-cons-id", consId);
    headers.put("X-timestamp", timestamp);
    headers.put("X-signature", BpjsSignature.sign(consId, secretKey.reveal(), timestamp));
    headers.put("user_key", userKey.reveal());
    return headers;
  }

  @Override
  public byte[] readResponse(AuthRequest request, int status,
      Map<String, List<String>> responseHeaders, byte[] body) {
    if (status < 200 || status >= 300) {
      return body;
    }
    BpjsEnvelope envelope;
    try {
      envelope = BpjsEnvelope.parse(body);
    } catch (MppException | IllegalArgumentException e) {
      throw new AgencyProtocolException(request.agencyId().value(), request.requestId(),
          "the answer is not a BPJS envelope (" + e.getClass().getSimpleName() + ")", null);
    }
    if (!envelope.isSuccess() || envelope.encryptedResponse().isEmpty()) {
      return body;
    }
    String json;
    try {
      json = BpjsResponseCipher.decrypt(consId, secretKey.reveal(),
          BpjsSignature.timestamp(request.timestamp()), envelope.encryptedResponse().get());
    } catch (IllegalArgumentException e) {
      throw new AgencyProtocolException(request.agencyId().value(), request.requestId(),
          "field 'response' could not be decrypted: " + e.getMessage(), null);
    }
    JsonNode payload;
    try {
      payload = MppJson.defaults().read(json, JsonNode.class);
    } catch (MppException e) {
      throw new AgencyProtocolException(request.agencyId().value(), request.requestId(),
          "field 'response' decrypted to something that is not JSON", null);
    }
    ObjectNode root = (ObjectNode) MppJson.defaults().read(body, JsonNode.class);
    root.set("response", payload);
    return MppJson.defaults().writeBytes(root);
  }

  @Override
  public Set<String> secretHeaders() {
    return Set.of("X-cons-id", "X-signature", "user_key", "X-timestamp");
  }

  @Override
  public String toString() {
    return "BpjsAuthScheme[consId=" + consId + "]";
  }
}
