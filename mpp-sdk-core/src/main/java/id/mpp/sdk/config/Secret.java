package id.mpp.sdk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret setting (an API key, a client secret, a signing key) that never prints: {@link
 * #toString()} is {@code Secret[***]} and the value leaves this object only through
 * {@link #reveal()} or {@link #bytes()}, which an auth scheme calls when it signs a request.
 *
 * <p>The SDK never writes a secret to a log, an exception message or a metric. {@link
 * #equals(Object)} compares in constant time.
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the secret, not empty
   * @return the secret
   * @throws IllegalArgumentException if the value is empty (the message does not contain it)
   */
  @JsonCreator
  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a secret must not be empty");
    }
    return new Secret(value);
  }

  /**
   * The secret itself, for the one place that needs it (signing, an auth header). Never log it.
   *
   * @return the value
   */
  public String reveal() {
    return value;
  }

  /** @return the UTF-8 bytes of the secret, a fresh copy */
  public byte[] bytes() {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** @return the length of the secret, for checks such as a minimum key length */
  public int length() {
    return value.length();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret s && MessageDigest.isEqual(bytes(), s.bytes());
  }

  @Override
  public int hashCode() {
    return 0x5ec7e7;
  }

  /** @return {@code Secret[***]}, never the value */
  @Override
  public String toString() {
    return "Secret[***]";
  }
}
