package id.mpp.sdk.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.http.AuthRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.AuthTransport;
import id.mpp.sdk.http.OAuth2ClientCredentials;
import id.mpp.sdk.json.MppJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * OAuth 2.0 client credentials with a cached token: refreshed {@code refreshBefore} its expiry
 * (by the injected clock, through {@link AuthRequest#timestamp()}), one refresh at a time (other
 * callers wait for it and reuse its token), dropped on a 401.
 */
public final class OAuth2ClientCredentialsAuth implements AuthScheme {

  private static final System.Logger LOG = System.getLogger("id.mpp.sdk.http");

  /** A cached token and when it must be refreshed. */
  private record Token(String value, Instant refreshAt) {
  }

  private final OAuth2ClientCredentials settings;
  private final ReentrantLock refresh = new ReentrantLock();
  private volatile Token token;

  /** @param settings the token endpoint and client credentials */
  public OAuth2ClientCredentialsAuth(OAuth2ClientCredentials settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public Map<String, String> headers(AuthRequest request) {
    return Map.of("Authorization", "Bearer " + token(request));
  }

  private String token(AuthRequest request) {
    Instant now = request.timestamp();
    Token current = token;
    if (current != null && now.isBefore(current.refreshAt())) {
      return current.value();
    }
    refresh.lock();
    try {
      current = token;
      if (current != null && now.isBefore(current.refreshAt())) {
        return current.value();
      }
      Token fresh = fetch(request.transport(), request.agencyId().value(), now);
      token = fresh;
      return fresh.value();
    } finally {
      refresh.unlock();
    }
  }

  private Token fetch(AuthTransport transport, String agency, Instant now) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    if (!settings.scopes().isEmpty()) {
      form.put("scope", String.join(" ", settings.scopes()));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    if (settings.sendCredentialsInBody()) {
      form.put("client_id", settings.clientId());
      form.put("client_secret", settings.clientSecret().reveal());
    } else {
      String basic = urlEncode(settings.clientId()) + ":"
          + urlEncode(settings.clientSecret().reveal());
      headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          basic.getBytes(StandardCharsets.UTF_8)));
    }
    String body = form.entrySet().stream()
        .map(e -> urlEncode(e.getKey()) + "=" + urlEncode(e.getValue()))
        .collect(Collectors.joining("&"));
    AuthTransport.Response response = transport.post(settings.tokenUrl(), headers,
        "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    if (response.status() / 100 != 2) {
      throw new AgencyAuthenticationException(agency, null, "the token endpoint answered HTTP "
          + response.status() + "; check clientId and clientSecret", null);
    }
    JsonNode node;
    try {
      node = MppJson.defaults().read(response.body(), JsonNode.class);
    } catch (MppException e) {
      throw new AgencyAuthenticationException(agency, null,
          "the token endpoint answered something other than a JSON token", null);
    }
    JsonNode accessToken = node.get("access_token");
    if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()
        || !accessToken.asText().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new AgencyAuthenticationException(agency, null,
          "the token endpoint's answer has no usable access_token", null);
    }
    JsonNode tokenType = node.get("token_type");
    if (tokenType != null && !tokenType.asText().equalsIgnoreCase("bearer")) {
      throw new AgencyAuthenticationException(agency, null,
          "the token endpoint issued a token of another type than bearer", null);
    }
    JsonNode expiresIn = node.get("expires_in");
    Duration lifetime = expiresIn != null && expiresIn.canConvertToLong() && expiresIn.asLong() > 0
        ? Duration.ofSeconds(expiresIn.asLong()) : settings.defaultLifetime();
    Duration early = settings.refreshBefore().compareTo(lifetime) < 0 ? settings.refreshBefore()
        : lifetime.dividedBy(2);
    LOG.log(System.Logger.Level.DEBUG, "agency ''{0}'' obtained an access token valid for {1} s",
        agency, lifetime.toSeconds());
    return new Token(accessToken.asText(), now.plus(lifetime).minus(early));
  }

  @Override
  public boolean invalidate() {
    token = null;
    return true;
  }

  @Override
  public Set<String> secretHeaders() {
    return Set.of("Authorization");
  }

  private static String urlEncode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "OAuth2ClientCredentialsAuth[" + settings + "]";
  }
}
