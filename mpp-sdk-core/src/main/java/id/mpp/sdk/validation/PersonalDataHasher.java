package id.mpp.sdk.validation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash (HMAC-SHA256) of personal data, for matching without storing the value: "one active
 * booking per NIK" is checked on the hash, never on the NIK. Without the key, a 16-digit NIK
 * cannot be found from its hash by trying every birth date and serial.
 *
 * <p>Keep the key in the hub's secret store and keep it stable; rotating it makes old hashes
 * unmatchable. Thread-safe. {@link #toString()} never shows the key.
 */
public final class PersonalDataHasher {

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MIN_KEY_BYTES = 32;

  private final SecretKeySpec key;

  private PersonalDataHasher(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /**
   * Creates a hasher.
   *
   * @param key at least 32 random bytes
   * @return the hasher
   * @throws IllegalArgumentException if the key is shorter than 32 bytes
   */
  public static PersonalDataHasher withKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the hashing key must have at least " + MIN_KEY_BYTES
          + " bytes, had " + key.length);
    }
    return new PersonalDataHasher(key);
  }

  /**
   * Hashes a NIK.
   *
   * @param nik the NIK
   * @return a URL-safe Base64 string of 43 characters
   */
  public String hash(Nik nik) {
    return hash("nik", nik.value());
  }

  /**
   * Hashes any personal value under a purpose label, so equal values of different kinds (a NIK
   * and a KK number) never share a hash.
   *
   * @param kind the kind of value, for example {@code "nik"} or {@code "phone"}
   * @param value the value
   * @return a URL-safe Base64 string of 43 characters
   * @throws IllegalStateException if the JVM lacks HmacSHA256, which every Java platform has
   */
  public String hash(String kind, String value) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(kind.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "PersonalDataHasher[key=***]";
  }
}
