package id.mpp.sdk.testkit.agencies;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The agency's side of the BPJS Kesehatan scheme: checking {@code X-signature} and encrypting a
 * response. Independent of the adapter's code; both are tested against the same vectors.
 */
final class BpjsCrypto {

  private BpjsCrypto() {}

  /** @return Base64(HMAC-SHA256(secret, consId + "&" + timestamp)) */
  static String signature(String consId, String secret, String timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(
          mac.doFinal((consId + "&" + timestamp).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return whether the signature is right, compared in constant time */
  static boolean signatureMatches(String consId, String secret, String timestamp,
      String signature) {
    return MessageDigest.isEqual(signature(consId, secret, timestamp)
        .getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Encrypts a JSON payload as the {@code response} field: LZ-String, then AES-256-CBC with key
   * SHA-256(consId + secret + timestamp) and IV its first 16 bytes, then Base64.
   */
  static String encrypt(String consId, String secret, String timestamp, String json) {
    try {
      byte[] key = MessageDigest.getInstance("SHA-256")
          .digest((consId + secret + timestamp).getBytes(StandardCharsets.UTF_8));
      Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
          new IvParameterSpec(Arrays.copyOf(key, 16)));
      byte[] compressed = LzStringEncoder.compressToEncodedURIComponent(json)
          .getBytes(StandardCharsets.UTF_8);
      return Base64.getEncoder().encodeToString(cipher.doFinal(compressed));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
