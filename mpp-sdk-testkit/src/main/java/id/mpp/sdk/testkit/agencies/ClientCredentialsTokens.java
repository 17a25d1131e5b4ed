package id.mpp.sdk.testkit.agencies;

import id.mpp.sdk.testkit.simulator.SimulatedRequest;
import id.mpp.sdk.testkit.simulator.SimulatedResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The OAuth 2.0 client-credentials side of an agency simulator: the token endpoint (HTTP Basic
 * client authentication, {@code grant_type=client_credentials}) and the bearer check of every
 * API call. Not thread-safe: the simulator calls it under its own lock.
 */
final class ClientCredentialsTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String expectedAuthorization;
  private final Duration lifetime;
  private final Supplier<Instant> now;
  private final Map<String, Instant> tokens = new HashMap<>();
  private int issued;

  ClientCredentialsTokens(String clientId, String clientSecret, Duration lifetime,
      Supplier<Instant> now) {
    this.expectedAuthorization = "Basic " + Base64.getEncoder().encodeToString(
        (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    this.lifetime = lifetime;
    this.now = now;
  }

  /** Answers a token request: a new bearer token, or 401 / 400 as an OAuth server does. */
  SimulatedResponse token(SimulatedRequest request) {
    if (!request.header("Authorization").map(expectedAuthorization::equals).orElse(false)) {
      return SimulatedResponse.json(401, Map.of("error", "invalid_client"));
    }
    if (!request.bodyText().contains("grant_type=client_credentials")) {
      return SimulatedResponse.json(400, Map.of("error", "unsupported_grant_type"));
    }
    byte[] raw = new byte[24];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    tokens.put(token, now.get().plus(lifetime));
    issued++;
    return SimulatedResponse.json(200, Map.of("access_token", token, "token_type", "Bearer",
        "expires_in", lifetime.toSeconds()));
  }

  /** Whether a request carries a bearer token issued here and not yet expired. */
  boolean valid(SimulatedRequest request) {
    String authorization = request.header("Authorization").orElse("");
    Instant expiry = authorization.startsWith("Bearer ")
        ? tokens.get(authorization.substring(7)) : null;
    return expiry != null && now.get().isBefore(expiry);
  }

  /** Forgets every token. */
  void revoke() {
    tokens.clear();
  }

  /** @return how many tokens were issued since the last reset */
  int issued() {
    return issued;
  }

  /** Forgets every token and the count. */
  void reset() {
    tokens.clear();
    issued = 0;
  }
}
