package id.mpp.sdk.adapters.bpjskesehatan;

import id.mpp.sdk.adapters.internal.lzstring.LzString;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts the {@code response} field of a BPJS Kesehatan envelope (VClaim 2.0 and the Antrean
 * RS endpoints marked "perlu dekripsi"):
 *
 * <ol>
 *   <li>{@code key = SHA-256(consId + secretKey + timestamp)}, with the timestamp sent in the
 *       request;
 *   <li>AES-256-CBC with that key and {@code IV = key[0..16)}, PKCS#5/7 padding, over the
 *       Base64-decoded field;
 *   <li>LZ-String {@code decompressFromEncodedURIComponent} of the plaintext gives the JSON.
 * </ol>
 *
 * <p>Failures are {@link IllegalArgumentException}s whose messages name the failing step, never
 * the data or the key.
 */
final class BpjsResponseCipher {

  private BpjsResponseCipher() {}

  /**
   * Decrypts and decompresses an encrypted {@code response} field.
   *
   * @param consId the consumer id
   * @param secretKey the consumer secret
   * @param timestamp the {@code X-timestamp} sent with the request this answers
   * @param encrypted the Base64 text of the {@code response} field
   * @return the JSON payload
   * @throws IllegalArgumentException if the field is not Base64, does not decrypt with this key,
   *     or is not LZ-String output
   */
  static String decrypt(String consId, String secretKey, String timestamp, String encrypted) {
    Objects.requireNonNull(encrypted, "encrypted");
    byte[] cipherText;
    try {
      cipherText = Base64.getDecoder().decode(encrypted.replace("\r", "").replace("\n", ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("encrypted response is not valid Base64");
    }
    if (cipherText.length == 0 || cipherText.length % 16 != 0) {
      throw new IllegalArgumentException("encrypted response is not a whole number of AES blocks");
    }
    byte[] key = key(consId, secretKey, timestamp);
    byte[] plain;
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
          new IvParameterSpec(Arrays.copyOf(key, 16)));
      plain = cipher.doFinal(cipherText);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("encrypted response does not decrypt with the key of "
          + "this consumer and timestamp (wrong secret, wrong timestamp or corrupted data)");
    } finally {
      Arrays.fill(key, (byte) 0);
    }
    try {
      return LzString.decompressFromEncodedURIComponent(
          new String(plain, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("decrypted response is not LZ-String output: "
          + e.getMessage());
    }
  }

  /**
   * Derives the AES-256 key: {@code SHA-256(consId + secretKey + timestamp)}.
   *
   * @param consId the consumer id
   * @param secretKey the consumer secret
   * @param timestamp the request's {@code X-timestamp}
   * @return the 32-byte key; the IV is its first 16 bytes
   */
  static byte[] key(String consId, String secretKey, String timestamp) {
    Objects.requireNonNull(consId, "consId");
    Objects.requireNonNull(secretKey, "secretKey");
    Objects.requireNonNull(timestamp, "timestamp");
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest((consId + secretKey + timestamp).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
