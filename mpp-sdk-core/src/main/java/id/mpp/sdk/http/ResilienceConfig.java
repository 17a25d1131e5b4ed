package id.mpp.sdk.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the client protects a call to one agency: retry with exponential backoff and jitter
 * honouring {@code Retry-After}, a circuit breaker sized for agency traffic, a bulkhead and a rate
 * limit. The SDK maps it to Resilience4j; no Resilience4j type appears here.
 *
 * <p>The defaults ({@link #defaults()}) suit an agency called a few times a minute: a
 * <em>time-based</em> window of 60 s in which at least 5 calls are needed before the breaker can
 * open (Resilience4j's own default of 100 calls would never open at MPP rates), 2 probe calls in
 * half-open, 3 attempts at most.
 *
 * <pre>{@code
 * ResilienceConfig config = ResilienceConfig.custom()
 *     .maxAttempts(4)
 *     .circuitMinimumCalls(10)
 *     .rateLimit(20, Duration.ofSeconds(1))
 *     .build();
 * }</pre>
 *
 * @param maxAttempts attempts per call, first included (1 = no retry)
 * @param initialBackoff the wait before the second attempt
 * @param backoffMultiplier how much each further wait grows (at least 1)
 * @param maxBackoff the longest computed wait
 * @param jitter the random spread of each wait, from 0 (none) to below 1 (plus or minus 100 %)
 * @param maxRetryAfter the longest {@code Retry-After} the client waits for; a longer one ends
 *     the call at once with {@link id.mpp.sdk.AgencyUnavailableException}
 * @param retryStatuses the HTTP statuses that are retried (429 and 503 honour Retry-After)
 * @param circuitWindow the time-based window over which the failure rate is computed
 * @param circuitMinimumCalls calls needed in the window before the breaker may open
 * @param circuitFailureRatePercent failure rate (1-100) that opens the breaker
 * @param circuitSlowCallDuration a call slower than this counts as slow
 * @param circuitSlowCallRatePercent slow-call rate (1-100) that opens the breaker
 * @param circuitOpenDuration how long the breaker stays open before it lets probes through
 * @param circuitHalfOpenProbes probe calls let through in half-open; all must succeed to close
 * @param maxConcurrentCalls the bulkhead: calls in flight to this agency at once
 * @param bulkheadMaxWait how long a call waits for a bulkhead slot before it is refused
 * @param rateLimitPerPeriod calls allowed per period; 0 turns the rate limit off
 * @param rateLimitPeriod the rate-limit period
 * @param rateLimitMaxWait how long a call waits for a permit before it is refused
 */
public record ResilienceConfig(
    int maxAttempts,
    Duration initialBackoff,
    double backoffMultiplier,
    Duration maxBackoff,
    double jitter,
    Duration maxRetryAfter,
    Set<Integer> retryStatuses,
    Duration circuitWindow,
    int circuitMinimumCalls,
    int circuitFailureRatePercent,
    Duration circuitSlowCallDuration,
    int circuitSlowCallRatePercent,
    Duration circuitOpenDuration,
    int circuitHalfOpenProbes,
    int maxConcurrentCalls,
    Duration bulkheadMaxWait,
    int rateLimitPerPeriod,
    Duration rateLimitPeriod,
    Duration rateLimitMaxWait) {

  private static final ResilienceConfig DEFAULTS = new Builder().build();

  /**
   * Checks every setting.
   *
   * @throws IllegalArgumentException naming the bad setting
   */
  public ResilienceConfig {
    check(maxAttempts >= 1 && maxAttempts <= 10, "maxAttempts must be 1-10");
    positiveOrZero(initialBackoff, "initialBackoff");
    check(backoffMultiplier >= 1.0 && backoffMultiplier <= 10.0,
        "backoffMultiplier must be 1-10");
    positiveOrZero(maxBackoff, "maxBackoff");
    check(jitter >= 0.0 && jitter < 1.0, "jitter must be at least 0 and below 1");
    positiveOrZero(maxRetryAfter, "maxRetryAfter");
    retryStatuses = Set.copyOf(retryStatuses);
    for (int s : retryStatuses) {
      check(s >= 400 && s <= 599, "retryStatuses must be 4xx or 5xx statuses");
    }
    positive(circuitWindow, "circuitWindow");
    check(circuitWindow.toSeconds() >= 1, "circuitWindow must be at least 1 second");
    check(circuitMinimumCalls >= 1, "circuitMinimumCalls must be at least 1");
    check(circuitFailureRatePercent >= 1 && circuitFailureRatePercent <= 100,
        "circuitFailureRatePercent must be 1-100");
    positive(circuitSlowCallDuration, "circuitSlowCallDuration");
    check(circuitSlowCallRatePercent >= 1 && circuitSlowCallRatePercent <= 100,
        "circuitSlowCallRatePercent must be 1-100");
    positive(circuitOpenDuration, "circuitOpenDuration");
    check(circuitHalfOpenProbes >= 1, "circuitHalfOpenProbes must be at least 1");
    check(maxConcurrentCalls >= 1, "maxConcurrentCalls must be at least 1");
    positiveOrZero(bulkheadMaxWait, "bulkheadMaxWait");
    check(rateLimitPerPeriod >= 0, "rateLimitPerPeriod must be 0 (off) or more");
    positive(rateLimitPeriod, "rateLimitPeriod");
    positiveOrZero(rateLimitMaxWait, "rateLimitMaxWait");
  }

  /** @return the defaults described above */
  public static ResilienceConfig defaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * @param base the config to start from
   * @return a builder starting from {@code base}
   */
  public static Builder from(ResilienceConfig base) {
    return new Builder(base);
  }

  /** @return whether a rate limit is set */
  public boolean rateLimited() {
    return rateLimitPerPeriod > 0;
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    check(!d.isNegative() && !d.isZero(), name + " must be positive");
  }

  private static void positiveOrZero(Duration d, String name) {
    Objects.requireNonNull(d, name);
    check(!d.isNegative(), name + " must not be negative");
  }

  /** Builds a {@link ResilienceConfig}; {@link #build()} checks every setting. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private double backoffMultiplier = 2.0;
    private Duration maxBackoff = Duration.ofSeconds(5);
    private double jitter = 0.5;
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Set<Integer> retryStatuses = Set.of(429, 502, 503, 504);
    private Duration circuitWindow = Duration.ofSeconds(60);
    private int circuitMinimumCalls = 5;
    private int circuitFailureRatePercent = 50;
    private Duration circuitSlowCallDuration = Duration.ofSeconds(10);
    private int circuitSlowCallRatePercent = 100;
    private Duration circuitOpenDuration = Duration.ofSeconds(30);
    private int circuitHalfOpenProbes = 2;
    private int maxConcurrentCalls = 10;
    private Duration bulkheadMaxWait = Duration.ZERO;
    private int rateLimitPerPeriod = 0;
    private Duration rateLimitPeriod = Duration.ofSeconds(1);
    private Duration rateLimitMaxWait = Duration.ZERO;

    Builder() {
    }

    Builder(ResilienceConfig c) {
      maxAttempts = c.maxAttempts;
      initialBackoff = c.initialBackoff;
      backoffMultiplier = c.backoffMultiplier;
      maxBackoff = c.maxBackoff;
      jitter = c.jitter;
      maxRetryAfter = c.maxRetryAfter;
      retryStatuses = c.retryStatuses;
      circuitWindow = c.circuitWindow;
      circuitMinimumCalls = c.circuitMinimumCalls;
      circuitFailureRatePercent = c.circuitFailureRatePercent;
      circuitSlowCallDuration = c.circuitSlowCallDuration;
      circuitSlowCallRatePercent = c.circuitSlowCallRatePercent;
      circuitOpenDuration = c.circuitOpenDuration;
      circuitHalfOpenProbes = c.circuitHalfOpenProbes;
      maxConcurrentCalls = c.maxConcurrentCalls;
      bulkheadMaxWait = c.bulkheadMaxWait;
      rateLimitPerPeriod = c.rateLimitPerPeriod;
      rateLimitPeriod = c.rateLimitPeriod;
      rateLimitMaxWait = c.rateLimitMaxWait;
    }

    /**
     * @param attempts attempts per call, first included (1 = no retry)
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * @param initial the wait before the second attempt
     * @param multiplier the growth of each further wait
     * @param max the longest computed wait
     * @return this builder
     */
    public Builder backoff(Duration initial, double multiplier, Duration max) {
      this.initialBackoff = initial;
      this.backoffMultiplier = multiplier;
      this.maxBackoff = max;
      return this;
    }

    /**
     * @param spread from 0 (none) to below 1
     * @return this builder
     */
    public Builder jitter(double spread) {
      this.jitter = spread;
      return this;
    }

    /**
     * @param max the longest Retry-After honoured
     * @return this builder
     */
    public Builder maxRetryAfter(Duration max) {
      this.maxRetryAfter = max;
      return this;
    }

    /**
     * @param statuses the HTTP statuses that are retried
     * @return this builder
     */
    public Builder retryStatuses(Set<Integer> statuses) {
      this.retryStatuses = statuses;
      return this;
    }

    /**
     * @param window the time-based window
     * @param minimumCalls calls needed in the window before the breaker may open
     * @param failureRatePercent failure rate that opens the breaker
     * @return this builder
     */
    public Builder circuit(Duration window, int minimumCalls, int failureRatePercent) {
      this.circuitWindow = window;
      this.circuitMinimumCalls = minimumCalls;
      this.circuitFailureRatePercent = failureRatePercent;
      return this;
    }

    /**
     * @param minimumCalls calls needed in the window before the breaker may open
     * @return this builder
     */
    public Builder circuitMinimumCalls(int minimumCalls) {
      this.circuitMinimumCalls = minimumCalls;
      return this;
    }

    /**
     * @param duration a call slower than this is slow
     * @param ratePercent the slow-call rate that opens the breaker
     * @return this builder
     */
    public Builder slowCalls(Duration duration, int ratePercent) {
      this.circuitSlowCallDuration = duration;
      this.circuitSlowCallRatePercent = ratePercent;
      return this;
    }

    /**
     * @param openDuration how long the breaker stays open
     * @param halfOpenProbes probe calls let through in half-open
     * @return this builder
     */
    public Builder circuitRecovery(Duration openDuration, int halfOpenProbes) {
      this.circuitOpenDuration = openDuration;
      this.circuitHalfOpenProbes = halfOpenProbes;
      return this;
    }

    /**
     * @param maxCalls calls in flight at once
     * @param maxWait how long a call waits for a slot
     * @return this builder
     */
    public Builder bulkhead(int maxCalls, Duration maxWait) {
      this.maxConcurrentCalls = maxCalls;
      this.bulkheadMaxWait = maxWait;
      return this;
    }

    /**
     * @param perPeriod calls allowed per period (0 = off)
     * @param period the period
     * @return this builder
     */
    public Builder rateLimit(int perPeriod, Duration period) {
      this.rateLimitPerPeriod = perPeriod;
      this.rateLimitPeriod = period;
      return this;
    }

    /**
     * @param maxWait how long a call waits for a rate-limit permit
     * @return this builder
     */
    public Builder rateLimitMaxWait(Duration maxWait) {
      this.rateLimitMaxWait = maxWait;
      return this;
    }

    /**
     * @return the config
     * @throws IllegalArgumentException naming the bad setting
     */
    public ResilienceConfig build() {
      return new ResilienceConfig(maxAttempts, initialBackoff, backoffMultiplier, maxBackoff,
          jitter, maxRetryAfter, retryStatuses, circuitWindow, circuitMinimumCalls,
          circuitFailureRatePercent, circuitSlowCallDuration, circuitSlowCallRatePercent,
          circuitOpenDuration, circuitHalfOpenProbes, maxConcurrentCalls, bulkheadMaxWait,
          rateLimitPerPeriod, rateLimitPeriod, rateLimitMaxWait);
    }
  }
}
