package id.mpp.sdk.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an agency's error from an answer. Called for every answer: return empty for a success.
 * Agencies that report errors inside a {@code 200} envelope (as BPJS does with
 * {@code metaData.code}) return an {@link AgencyError} for such a 200 too; the SDK then fails the
 * call with {@link id.mpp.sdk.AgencyRejectedException}.
 *
 * <p>The default ({@link #standard()}) reports every non-2xx status and reads the first of the
 * JSON fields {@code code}, {@code errorCode}, {@code responseCode}, {@code error} as the code and
 * {@code message}, {@code errorMessage}, {@code responseMessage}, {@code error_description} as
 * the message.
 */
@FunctionalInterface
public interface AgencyErrorDecoder {

  /**
   * Decodes an answer.
   *
   * @param status the HTTP status
   * @param headers the response headers, names in lower case
   * @param body the body after {@link AuthScheme#readResponse}
   * @return the agency's error, or empty when the answer is a success
   */
  Optional<AgencyError> decode(int status, Map<String, List<String>> headers, byte[] body);

  /** @return the default decoder described above */
  static AgencyErrorDecoder standard() {
    return id.mpp.sdk.internal.http.StandardErrorDecoder.INSTANCE;
  }
}
