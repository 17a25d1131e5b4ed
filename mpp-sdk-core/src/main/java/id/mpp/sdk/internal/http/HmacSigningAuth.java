package id.mpp.sdk.internal.http;

import id.mpp.sdk.http.AuthRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.HmacSigning;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Generic HMAC request signing; the string to sign is described on {@link HmacSigning}. */
public final class HmacSigningAuth implements AuthScheme {

  private final HmacSigning settings;

  /** @param settings the key and header names */
  public HmacSigningAuth(HmacSigning settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public Map<String, String> headers(AuthRequest request) {
    String timestamp = Long.toString(request.timestamp().getEpochSecond());
    String toSign = stringToSign(request, timestamp);
    try {
      Mac mac = Mac.getInstance(settings.algorithm());
      mac.init(new SecretKeySpec(settings.secret().bytes(), settings.algorithm()));
      String signature = Base64.getEncoder().encodeToString(
          mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
      return Map.of(settings.keyIdHeader(), settings.keyId(),
          settings.timestampHeader(), timestamp,
          settings.signatureHeader(), signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(settings.algorithm() + " is required by every Java platform",
          e);
    }
  }

  /**
   * The string to sign of a request, for agencies and tests that verify it.
   *
   * @param request the request
   * @param timestamp the timestamp text sent
   * @return the string to sign
   */
  public static String stringToSign(AuthRequest request, String timestamp) {
    try {
      String bodyHash = HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(request.body()));
      return request.method().name() + "\n" + request.pathAndQuery() + "\n" + timestamp + "\n"
          + request.requestId() + "\n" + bodyHash;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  @Override
  public Set<String> secretHeaders() {
    return Set.of(settings.signatureHeader());
  }

  @Override
  public String toString() {
    return "HmacSigningAuth[" + settings + "]";
  }
}
