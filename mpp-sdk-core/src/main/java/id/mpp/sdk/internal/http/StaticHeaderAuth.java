package id.mpp.sdk.internal.http;

import id.mpp.sdk.config.Secret;
import id.mpp.sdk.http.AuthRequest;
import id.mpp.sdk.http.AuthScheme;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** An API key header or a static bearer token: one header with a fixed secret value. */
public final class StaticHeaderAuth implements AuthScheme {

  private final String header;
  private final Secret value;
  private final String prefix;

  /**
   * @param header the header name
   * @param value the secret
   * @param prefix text before the secret, for example {@code "Bearer "}
   */
  public StaticHeaderAuth(String header, Secret value, String prefix) {
    this.header = Objects.requireNonNull(header, "header");
    if (header.isBlank() || !header.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
      throw new IllegalArgumentException("header must be a valid header name");
    }
    this.value = Objects.requireNonNull(value, "value");
    this.prefix = prefix;
  }

  @Override
  public Map<String, String> headers(AuthRequest request) {
    return Map.of(header, prefix + value.reveal());
  }

  @Override
  public Set<String> secretHeaders() {
    return Set.of(header);
  }

  @Override
  public String toString() {
    return "StaticHeaderAuth[" + header + "]";
  }
}
