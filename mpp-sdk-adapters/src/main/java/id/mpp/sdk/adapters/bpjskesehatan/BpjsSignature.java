package id.mpp.sdk.adapters.bpjskesehatan;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The BPJS Kesehatan request signature (WS BPJS, VClaim and Antrean RS): {@code X-signature =
 * Base64(HMAC-SHA256(key = secretKey, message = consId + "&" + X-timestamp))}, over the raw
 * 32-byte digest, with {@code X-timestamp} the Unix epoch in seconds (UTC) as a decimal string.
 */
final class BpjsSignature {

  private BpjsSignature() {}

  /**
   * Formats an instant as the {@code X-timestamp} header value.
   *
   * @param instant the moment of the request
   * @return epoch seconds as a decimal string
   */
  static String timestamp(Instant instant) {
    return Long.toString(instant.getEpochSecond());
  }

  /**
   * Computes {@code X-signature}.
   *
   * @param consId the consumer id issued by BPJS
   * @param secretKey the consumer secret issued by BPJS
   * @param timestamp the {@code X-timestamp} value sent with the same request
   * @return the Base64 signature
   */
  static String sign(String consId, String secretKey, String timestamp) {
    Objects.requireNonNull(consId, "consId");
    Objects.requireNonNull(secretKey, "secretKey");
    Objects.requireNonNull(timestamp, "timestamp");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((consId + "&" + timestamp).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
