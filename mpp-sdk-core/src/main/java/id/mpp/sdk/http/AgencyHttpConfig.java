package id.mpp.sdk.http;

import id.mpp.sdk.json.JsonReadLimits;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the client needs to call one agency: where, how to authenticate, how to stay
 * resilient, and the safety limits. Built with {@link #builder(URI)}; {@code build()} checks every
 * setting and names the bad one.
 *
 * <pre>{@code
 * AgencyHttpConfig config = AgencyHttpConfig.builder(URI.create("https://api.dukcapil.example"))
 *     .auth(AuthSchemes.bearer(Secret.of(token)))
 *     .resilience(ResilienceConfig.defaults())
 *     .deadline(Duration.ofSeconds(20))
 *     .build();
 * }</pre>
 *
 * @param baseUrl the agency's base URL (https, or http only on loopback); requests go to paths
 *     below it and nowhere else
 * @param auth the auth scheme
 * @param resilience retry, circuit breaker, bulkhead, rate limit
 * @param errorDecoder reads the agency's own error code and message
 * @param jsonLimits read limits for this agency's JSON
 * @param maxResponseBytes the largest body read; a larger one is an
 *     {@link id.mpp.sdk.AgencyProtocolException}
 * @param connectTimeout the TCP/TLS connect timeout of one attempt
 * @param readTimeout the longest silence while reading one attempt's answer
 * @param writeTimeout the longest stall while writing one attempt's request
 * @param attemptTimeout the hard limit of one attempt (OkHttp's call timeout, which cancels the
 *     socket)
 * @param deadline the hard limit of a whole call, retries and waits included; each attempt's
 *     call timeout is cut to what remains
 * @param redirects whether redirects are followed
 * @param secretHeaders more header names whose values are never logged
 * @param defaultHeaders headers sent on every call (values are checked like any header)
 * @param idempotencyKeyHeader the header that carries the idempotency key
 * @param generateIdempotencyKeys whether a mutating call without a caller's key gets a generated
 *     one (reused by its retries); when {@code false} such a call is sent once and never retried
 * @param maxHeaderBytes the largest single header value sent
 * @param logBodies whether bodies are logged at DEBUG (off by default; any 16-digit run is masked
 *     even then)
 * @param tls the trusted CAs and pinned keys of the agency's https endpoint (default: the JDK's
 *     trust store, no pins); a handshake it refuses ends the call with an
 *     {@link id.mpp.sdk.AgencyTlsException}, never retried
 */
public record AgencyHttpConfig(
    URI baseUrl,
    AuthScheme auth,
    ResilienceConfig resilience,
    AgencyErrorDecoder errorDecoder,
    JsonReadLimits jsonLimits,
    long maxResponseBytes,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration attemptTimeout,
    Duration deadline,
    RedirectPolicy redirects,
    Set<String> secretHeaders,
    Map<String, String> defaultHeaders,
    String idempotencyKeyHeader,
    boolean generateIdempotencyKeys,
    int maxHeaderBytes,
    boolean logBodies,
    TlsPolicy tls) {

  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /**
   * Checks every setting.
   *
   * @throws IllegalArgumentException naming the bad setting
   */
  public AgencyHttpConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
        || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL with a host");
    }
    if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null
        || baseUrl.getRawUserInfo() != null) {
      throw new IllegalArgumentException("baseUrl must not carry a query, fragment or user info");
    }
    if (scheme.equals("http") && !isLoopback(baseUrl.getHost())) {
      throw new IllegalArgumentException(
          "baseUrl must use https (plain http is allowed only on loopback, for tests)");
    }
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(resilience, "resilience");
    Objects.requireNonNull(errorDecoder, "errorDecoder");
    Objects.requireNonNull(jsonLimits, "jsonLimits");
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException("maxResponseBytes must be positive");
    }
    positive(connectTimeout, "connectTimeout");
    positive(readTimeout, "readTimeout");
    positive(writeTimeout, "writeTimeout");
    positive(attemptTimeout, "attemptTimeout");
    positive(deadline, "deadline");
    if (attemptTimeout.compareTo(deadline) > 0) {
      throw new IllegalArgumentException("attemptTimeout must not exceed deadline");
    }
    Objects.requireNonNull(redirects, "redirects");
    secretHeaders = Set.copyOf(secretHeaders);
    for (String h : secretHeaders) {
      if (!HEADER_NAME.matcher(h).matches()) {
        throw new IllegalArgumentException("secretHeaders must hold header names");
      }
    }
    defaultHeaders = Map.copyOf(defaultHeaders);
    for (String h : defaultHeaders.keySet()) {
      if (!HEADER_NAME.matcher(h).matches()) {
        throw new IllegalArgumentException("defaultHeaders must have valid header names");
      }
    }
    Objects.requireNonNull(idempotencyKeyHeader, "idempotencyKeyHeader");
    if (!HEADER_NAME.matcher(idempotencyKeyHeader).matches()) {
      throw new IllegalArgumentException("idempotencyKeyHeader must be a header name");
    }
    if (maxHeaderBytes < 256 || maxHeaderBytes > 65_536) {
      throw new IllegalArgumentException("maxHeaderBytes must be 256-65536");
    }
    Objects.requireNonNull(tls, "tls");
    if (!tls.isDefault() && !scheme.equals("https")) {
      throw new IllegalArgumentException("tls applies to an https baseUrl only; baseUrl is http");
    }
    if (!tls.pins().isEmpty() && tls.pinsFor(baseUrl.getHost()).isEmpty()) {
      throw new IllegalArgumentException("tls pins name no host pattern matching the baseUrl"
          + " host '" + baseUrl.getHost() + "'; pin that host or remove the pins");
    }
  }

  /**
   * A builder with the defaults: no auth, {@link ResilienceConfig#defaults()}, the standard error
   * decoder, {@link JsonReadLimits#defaults()}, responses up to 4 MB, connect 5 s, read and write
   * 10 s, attempt 15 s, deadline 30 s, no redirects, {@code Idempotency-Key} generated for mutating
   * calls, headers up to 8 KB, bodies not logged, {@link TlsPolicy#defaults()}.
   *
   * @param baseUrl the agency's base URL
   * @return the builder
   */
  public static Builder builder(URI baseUrl) {
    return new Builder(baseUrl);
  }

  /** @return a builder holding this config's settings */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  /** Builds an {@link AgencyHttpConfig}. */
  public static final class Builder {
    private URI baseUrl;
    private AuthScheme auth = AuthScheme.none();
    private ResilienceConfig resilience = ResilienceConfig.defaults();
    private AgencyErrorDecoder errorDecoder = AgencyErrorDecoder.standard();
    private JsonReadLimits jsonLimits = JsonReadLimits.defaults();
    private long maxResponseBytes = 4L * 1024 * 1024;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);
    private Duration writeTimeout = Duration.ofSeconds(10);
    private Duration attemptTimeout = Duration.ofSeconds(15);
    private Duration deadline = Duration.ofSeconds(30);
    private RedirectPolicy redirects = RedirectPolicy.NONE;
    private Set<String> secretHeaders = Set.of();
    private Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private String idempotencyKeyHeader = "Idempotency-Key";
    private boolean generateIdempotencyKeys = true;
    private int maxHeaderBytes = 8192;
    private boolean logBodies;
    private TlsPolicy tls = TlsPolicy.defaults();

    Builder(URI baseUrl) {
      this.baseUrl = baseUrl;
    }

    Builder(AgencyHttpConfig c) {
      baseUrl = c.baseUrl;
      auth = c.auth;
      resilience = c.resilience;
      errorDecoder = c.errorDecoder;
      jsonLimits = c.jsonLimits;
      maxResponseBytes = c.maxResponseBytes;
      connectTimeout = c.connectTimeout;
      readTimeout = c.readTimeout;
      writeTimeout = c.writeTimeout;
      attemptTimeout = c.attemptTimeout;
      deadline = c.deadline;
      redirects = c.redirects;
      secretHeaders = c.secretHeaders;
      defaultHeaders = new LinkedHashMap<>(c.defaultHeaders);
      idempotencyKeyHeader = c.idempotencyKeyHeader;
      generateIdempotencyKeys = c.generateIdempotencyKeys;
      maxHeaderBytes = c.maxHeaderBytes;
      logBodies = c.logBodies;
      tls = c.tls;
    }

    /**
     * @param url the agency's base URL
     * @return this builder
     */
    public Builder baseUrl(URI url) {
      this.baseUrl = url;
      return this;
    }

    /**
     * @param scheme the auth scheme
     * @return this builder
     */
    public Builder auth(AuthScheme scheme) {
      this.auth = scheme;
      return this;
    }

    /**
     * @param config retry, circuit breaker, bulkhead, rate limit
     * @return this builder
     */
    public Builder resilience(ResilienceConfig config) {
      this.resilience = config;
      return this;
    }

    /**
     * @param decoder reads the agency's own error code and message
     * @return this builder
     */
    public Builder errorDecoder(AgencyErrorDecoder decoder) {
      this.errorDecoder = decoder;
      return this;
    }

    /**
     * @param limits read limits for this agency's JSON
     * @return this builder
     */
    public Builder jsonLimits(JsonReadLimits limits) {
      this.jsonLimits = limits;
      return this;
    }

    /**
     * @param bytes the largest body read
     * @return this builder
     */
    public Builder maxResponseBytes(long bytes) {
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * @param connect connect timeout of one attempt
     * @param read read timeout of one attempt
     * @param write write timeout of one attempt
     * @return this builder
     */
    public Builder timeouts(Duration connect, Duration read, Duration write) {
      this.connectTimeout = connect;
      this.readTimeout = read;
      this.writeTimeout = write;
      return this;
    }

    /**
     * @param timeout the hard limit of one attempt
     * @return this builder
     */
    public Builder attemptTimeout(Duration timeout) {
      this.attemptTimeout = timeout;
      return this;
    }

    /**
     * @param callDeadline the hard limit of a whole call, retries included
     * @return this builder
     */
    public Builder deadline(Duration callDeadline) {
      this.deadline = callDeadline;
      return this;
    }

    /**
     * @param policy whether redirects are followed
     * @return this builder
     */
    public Builder redirects(RedirectPolicy policy) {
      this.redirects = policy;
      return this;
    }

    /**
     * @param names more header names whose values are never logged
     * @return this builder
     */
    public Builder secretHeaders(Set<String> names) {
      this.secretHeaders = names;
      return this;
    }

    /**
     * @param name a header sent on every call
     * @param value its value
     * @return this builder
     */
    public Builder defaultHeader(String name, String value) {
      this.defaultHeaders.put(name, value);
      return this;
    }

    /**
     * @param header the header that carries the idempotency key
     * @param generate whether mutating calls without a key get a generated one
     * @return this builder
     */
    public Builder idempotency(String header, boolean generate) {
      this.idempotencyKeyHeader = header;
      this.generateIdempotencyKeys = generate;
      return this;
    }

    /**
     * @param bytes the largest single header value sent
     * @return this builder
     */
    public Builder maxHeaderBytes(int bytes) {
      this.maxHeaderBytes = bytes;
      return this;
    }

    /**
     * @param log whether bodies are logged at DEBUG, 16-digit runs masked
     * @return this builder
     */
    public Builder logBodies(boolean log) {
      this.logBodies = log;
      return this;
    }

    /**
     * @param policy the trusted CAs and pinned keys of the agency's https endpoint
     * @return this builder
     */
    public Builder tls(TlsPolicy policy) {
      this.tls = policy;
      return this;
    }

    /**
     * @return the config
     * @throws IllegalArgumentException naming the bad setting
     */
    public AgencyHttpConfig build() {
      return new AgencyHttpConfig(baseUrl, auth, resilience, errorDecoder, jsonLimits,
          maxResponseBytes, connectTimeout, readTimeout, writeTimeout, attemptTimeout, deadline,
          redirects, secretHeaders, defaultHeaders, idempotencyKeyHeader, generateIdempotencyKeys,
          maxHeaderBytes, logBodies, tls);
    }
  }
}
