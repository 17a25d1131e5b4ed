package id.mpp.sdk.testkit.agencies;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.json.MppJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bank's side of the SNAP signatures: verifying the B2B access-token signature and the
 * symmetric transaction signature. Independent of the adapter's code (it minifies through a JSON
 * tree, as the Java demo of the scheme does); both are tested against the same vectors.
 */
final class SnapCrypto {

  private SnapCrypto() {}

  /** @return whether Base64 {@code signature} is SHA256withRSA over {@code clientId|timestamp} */
  static boolean verifyAccessTokenSignature(PublicKey key, String clientId, String timestamp,
      String signature) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update((clientId + "|" + timestamp).getBytes(StandardCharsets.UTF_8));
      return rsa.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** @return the Base64 HMAC-SHA512 transaction signature the bank expects */
  static String transactionSignature(String clientSecret, String method, String pathAndQuery,
      String accessToken, String body, String timestamp) {
    String stringToSign = method + ":" + pathAndQuery + ":" + accessToken + ":"
        + sha256Hex(minify(body)) + ":" + timestamp;
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
      return Base64.getEncoder().encodeToString(
          mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return whether the signature matches, compared as bytes in constant time */
  static boolean transactionSignatureMatches(String clientSecret, String method,
      String pathAndQuery, String accessToken, String body, String timestamp, String signature) {
    byte[] expected = Base64.getDecoder().decode(transactionSignature(clientSecret, method,
        pathAndQuery, accessToken, body, timestamp));
    byte[] given;
    try {
      given = Base64.getDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, given);
  }

  /** @return the body re-serialised without whitespace through a JSON tree; "" when blank */
  static String minify(String body) {
    if (body.isBlank()) {
      return "";
    }
    return MppJson.defaults().write(MppJson.defaults().read(body, JsonNode.class));
  }

  static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the key of an X.509 PEM ({@code BEGIN PUBLIC KEY}) */
  static PublicKey publicKey(String pem) {
    String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "")
        .replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA").generatePublic(
          new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an X.509 RSA public key", e);
    }
  }
}
