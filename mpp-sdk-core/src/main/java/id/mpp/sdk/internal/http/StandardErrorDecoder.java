package id.mpp.sdk.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.MppException;
import id.mpp.sdk.http.AgencyError;
import id.mpp.sdk.http.AgencyErrorDecoder;
import id.mpp.sdk.json.MppJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The default {@link AgencyErrorDecoder}: every non-2xx is an error; code and message from JSON. */
public final class StandardErrorDecoder implements AgencyErrorDecoder {

  /** The one instance. */
  public static final StandardErrorDecoder INSTANCE = new StandardErrorDecoder();

  private static final List<String> CODE_FIELDS =
      List.of("code", "errorCode", "responseCode", "error");
  private static final List<String> MESSAGE_FIELDS =
      List.of("message", "errorMessage", "responseMessage", "error_description");

  private StandardErrorDecoder() {
  }

  @Override
  public Optional<AgencyError> decode(int status, Map<String, List<String>> headers, byte[] body) {
    if (status >= 200 && status < 300) {
      return Optional.empty();
    }
    String code = null;
    String message = null;
    if (body.length > 0 && body.length <= 64 * 1024) {
      try {
        JsonNode node = MppJson.defaults().read(body, JsonNode.class);
        code = firstText(node, CODE_FIELDS);
        message = firstText(node, MESSAGE_FIELDS);
      } catch (MppException e) {
        // not JSON: the status alone describes the error
      }
    }
    return Optional.of(new AgencyError(code, message));
  }

  private static String firstText(JsonNode node, List<String> fields) {
    if (node == null || !node.isObject()) {
      return null;
    }
    for (String f : fields) {
      JsonNode v = node.get(f);
      if (v != null && v.isValueNode() && !v.isNull()) {
        return v.asText();
      }
    }
    return null;
  }
}
