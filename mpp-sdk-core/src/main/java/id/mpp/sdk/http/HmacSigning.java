package id.mpp.sdk.http;

import id.mpp.sdk.config.Secret;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of generic HMAC request signing for {@link AuthScheme#hmac(HmacSigning)}. Each attempt
 * is signed afresh; the string to sign is, joined by {@code \n}:
 *
 * <pre>
 * METHOD
 * /path?query          (as sent)
 * timestamp            (epoch seconds from the injected clock)
 * request id
 * lower-case hex SHA-256 of the body bytes (of the empty string when there is no body)
 * </pre>
 *
 * <p>The headers sent: {@code keyIdHeader: keyId}, {@code timestampHeader: timestamp},
 * {@code signatureHeader: Base64(HMAC(secret, stringToSign))}. Agencies with another canonical
 * form (BPJS, SNAP) have their own schemes on the same {@link AuthScheme} interface.
 *
 * @param keyId the key id the agency gave the MPP
 * @param secret the shared secret
 * @param algorithm {@code HmacSHA256} or {@code HmacSHA512}
 * @param keyIdHeader the header carrying the key id
 * @param timestampHeader the header carrying the timestamp
 * @param signatureHeader the header carrying the signature
 */
public record HmacSigning(String keyId, Secret secret, String algorithm, String keyIdHeader,
    String timestampHeader, String signatureHeader) {

  private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /**
   * Checks every setting.
   *
   * @throws IllegalArgumentException naming the bad setting
   */
  public HmacSigning {
    Objects.requireNonNull(keyId, "keyId");
    if (keyId.isBlank() || !keyId.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("keyId must be printable ASCII without spaces");
    }
    Objects.requireNonNull(secret, "secret");
    if (secret.length() < 16) {
      throw new IllegalArgumentException("secret must have at least 16 characters");
    }
    if (!Set.of("HmacSHA256", "HmacSHA512").contains(algorithm)) {
      throw new IllegalArgumentException("algorithm must be HmacSHA256 or HmacSHA512");
    }
    for (String h : new String[] {keyIdHeader, timestampHeader, signatureHeader}) {
      if (h == null || !HEADER.matcher(h).matches()) {
        throw new IllegalArgumentException("header names must be valid header names");
      }
    }
  }

  /**
   * HMAC-SHA256 with the headers {@code X-Key-Id}, {@code X-Timestamp}, {@code X-Signature}.
   *
   * @param keyId the key id
   * @param secret the shared secret, at least 16 characters
   * @return the settings
   */
  public static HmacSigning sha256(String keyId, Secret secret) {
    return new HmacSigning(keyId, secret, "HmacSHA256", "X-Key-Id", "X-Timestamp",
        "X-Signature");
  }

  /** @return the key id and algorithm; never the secret */
  @Override
  public String toString() {
    return "HmacSigning[keyId=" + keyId + ", algorithm=" + algorithm + "]";
  }
}
