package id.mpp.sdk.adapters.bank;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.http.AuthRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.AuthTransport;
import id.mpp.sdk.json.MppJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Bank Indonesia SNAP as an {@link AuthScheme}: obtains the B2B access token (SHA256withRSA
 * signature over {@code clientId|X-TIMESTAMP}), keeps it for its {@code expiresIn} less a margin,
 * and signs every attempt of a transaction with a fresh {@code X-TIMESTAMP}, a fresh
 * {@code X-EXTERNAL-ID} (numeric, unique per day: 32 random digits), {@code X-PARTNER-ID},
 * {@code CHANNEL-ID} and the symmetric {@code X-SIGNATURE}. A 401 drops the token so the next
 * attempt gets a new one.
 */
final class SnapAuthScheme implements AuthScheme {

  /** Path of the B2B access token, below the base URL. */
  static final String TOKEN_PATH = "/v1.0/access-token/b2b";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SnapBankConfig config;
  private final PrivateKey privateKey;
  private final URI tokenUrl;
  private String token;
  private Instant tokenRenewAt = Instant.MIN;

  SnapAuthScheme(SnapBankConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.privateKey = SnapKeys.privateKey(config.privateKey().reveal());
    String base = config.baseUrl().toString();
    this.tokenUrl = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
        + TOKEN_PATH);
  }

  @Override
  public Map<String, String> headers(AuthRequest request) {
    String accessToken = token(request);
    String timestamp = SnapTimestamp.format(request.timestamp(), config.timestampZone());
    String minified = SnapSignature.minify(new String(request.body(), StandardCharsets.UTF_8));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + accessToken);
    headers.put("X-TIMESTAMP", timestamp);
    headers.put("X-SIGNATURE", SnapSignature.signTransaction(config.clientSecret().reveal(),
        request.method().name(), request.pathAndQuery(), accessToken, minified, timestamp));
    headers.put("X-PARTNER-ID", config.partnerId());
    headers.put("X-EXTERNAL-ID", externalId());
    headers.put("CHANNEL-ID", config.channelId());
    return headers;
  }

  /** @return 32 random decimal digits: numeric, at most 36, unique per day in practice */
  static String externalId() {
    StringBuilder digits = new StringBuilder(32);
    for (int i = 0; i < 32; i++) {
      digits.append((char) ('0' + RANDOM.nextInt(10)));
    }
    return digits.toString();
  }

  private synchronized String token(AuthRequest request) {
    if (token != null && request.timestamp().isBefore(tokenRenewAt)) {
      return token;
    }
    String timestamp = SnapTimestamp.format(request.timestamp(), config.timestampZone());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-TIMESTAMP", timestamp);
    headers.put("X-CLIENT-KEY", config.clientId());
    headers.put("X-SIGNATURE", SnapSignature.signB2b(privateKey, config.clientId(), timestamp));
    AuthTransport.Response response = request.transport().post(tokenUrl, headers,
        "application/json", "{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}"
            .getBytes(StandardCharsets.UTF_8));
    JsonNode answer = null;
    try {
      answer = MppJson.defaults().read(response.body(), JsonNode.class);
    } catch (MppException e) {
      // described below without the body
    }
    String code = answer == null ? "" : answer.path("responseCode").asText("");
    if (response.status() != 200 || !code.startsWith("200")
        || !answer.path("accessToken").isTextual()) {
      throw new AgencyAuthenticationException(request.agencyId().value(), request.requestId(),
          "the bank refused the access-token request (HTTP " + response.status()
              + (code.isEmpty() ? "" : ", responseCode " + code) + "); check clientId, the"
              + " private key registered at the bank and the clock", null);
    }
    long expiresIn = parseExpiresIn(answer.path("expiresIn"));
    token = answer.get("accessToken").asText();
    tokenRenewAt = request.timestamp().plus(Duration.ofSeconds(expiresIn))
        .minus(config.tokenRefreshMargin());
    return token;
  }

  private static long parseExpiresIn(JsonNode value) {
    try {
      long seconds = Long.parseLong(value.asText("900").strip());
      return seconds > 0 ? seconds : 900;
    } catch (NumberFormatException e) {
      return 900;
    }
  }

  @Override
  public synchronized boolean invalidate() {
    token = null;
    tokenRenewAt = Instant.MIN;
    return true;
  }

  @Override
  public Set<String> secretHeaders() {
    return Set.of("X-SIGNATURE", "Authorization");
  }

  @Override
  public String toString() {
    return "SnapAuthScheme[clientId=" + config.clientId() + "]";
  }
}
