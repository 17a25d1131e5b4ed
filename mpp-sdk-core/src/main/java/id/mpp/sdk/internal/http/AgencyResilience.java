package id.mpp.sdk.internal.http;

import id.mpp.sdk.http.CircuitState;
import id.mpp.sdk.http.RejectionReason;
import id.mpp.sdk.http.ResilienceConfig;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The resilience stack of one agency, mapped from {@link ResilienceConfig} onto Resilience4j: a
 * rate limiter (when set), a bulkhead, a time-based circuit breaker and the backoff between
 * attempts. One attempt is {@link #tryAdmit()}, then {@link #onSuccess} or {@link #onFailure},
 * then {@link #release()}; the caller owns the retry loop.
 *
 * <p>Thread-safe. Exceptions are never built here: a refusal is a {@link RejectionReason}, so the
 * caller names the agency and the request in its own error.
 */
public final class AgencyResilience {

  private final ResilienceConfig config;
  private final CircuitBreaker circuitBreaker;
  private final Bulkhead bulkhead;
  private final RateLimiter rateLimiter;
  private final IntervalFunction backoff;

  /**
   * Builds the stack.
   *
   * @param name the name of the Resilience4j components, e.g. {@code agency-dukcapil}
   * @param config the settings
   * @param clock the clock of the circuit breaker's window and open state
   */
  public AgencyResilience(String name, ResilienceConfig config, Clock clock) {
    Objects.requireNonNull(name, "name");
    this.config = Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    ResilienceConfig r = config;
    this.circuitBreaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
        .slidingWindowSize((int) Math.max(1, r.circuitWindow().toSeconds()))
        .minimumNumberOfCalls(r.circuitMinimumCalls())
        .failureRateThreshold(r.circuitFailureRatePercent())
        .slowCallDurationThreshold(r.circuitSlowCallDuration())
        .slowCallRateThreshold(r.circuitSlowCallRatePercent())
        .waitDurationInOpenState(r.circuitOpenDuration())
        .permittedNumberOfCallsInHalfOpenState(r.circuitHalfOpenProbes())
        .automaticTransitionFromOpenToHalfOpenEnabled(false)
        .writableStackTraceEnabled(false)
        .clock(clock)
        .build());
    this.bulkhead = Bulkhead.of(name, BulkheadConfig.custom()
        .maxConcurrentCalls(r.maxConcurrentCalls())
        .maxWaitDuration(r.bulkheadMaxWait())
        .writableStackTraceEnabled(false)
        .build());
    this.rateLimiter = r.rateLimited() ? RateLimiter.of(name,
        RateLimiterConfig.custom()
            .limitForPeriod(r.rateLimitPerPeriod())
            .limitRefreshPeriod(r.rateLimitPeriod())
            .timeoutDuration(r.rateLimitMaxWait())
            .writableStackTraceEnabled(false)
            .build()) : null;
    if (r.initialBackoff().isZero()) {
      this.backoff = attempt -> 0L;
    } else if (r.jitter() == 0.0) {
      this.backoff = IntervalFunction.ofExponentialBackoff(r.initialBackoff(),
          r.backoffMultiplier(), r.maxBackoff());
    } else {
      this.backoff = IntervalFunction.ofExponentialRandomBackoff(r.initialBackoff(),
          r.backoffMultiplier(), r.jitter(), r.maxBackoff());
    }
  }

  /** @return the settings of this stack */
  public ResilienceConfig config() {
    return config;
  }

  /**
   * Asks the rate limiter, the bulkhead and the circuit breaker, in that order, to let one attempt
   * through. When admitted, a bulkhead slot is held until {@link #release()}.
   *
   * @return empty when admitted; otherwise why the attempt may not be sent
   */
  public Optional<RejectionReason> tryAdmit() {
    if (rateLimiter != null && !rateLimiter.acquirePermission()) {
      return Optional.of(RejectionReason.RATE_LIMITED);
    }
    if (!bulkhead.tryAcquirePermission()) {
      return Optional.of(RejectionReason.BULKHEAD_FULL);
    }
    if (!circuitBreaker.tryAcquirePermission()) {
      bulkhead.onComplete();
      return Optional.of(RejectionReason.CIRCUIT_OPEN);
    }
    return Optional.empty();
  }

  /**
   * Records an admitted attempt that succeeded.
   *
   * @param nanos how long it took
   */
  public void onSuccess(long nanos) {
    circuitBreaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
  }

  /**
   * Records an admitted attempt that failed.
   *
   * @param nanos how long it took
   * @param cause what failed
   */
  public void onFailure(long nanos, Throwable cause) {
    circuitBreaker.onError(nanos, TimeUnit.NANOSECONDS, cause);
  }

  /** Frees the bulkhead slot of an admitted attempt. */
  public void release() {
    bulkhead.onComplete();
  }

  /**
   * @param failedAttempt the attempt that failed, from 1
   * @return the wait before the next attempt
   */
  public Duration backoff(int failedAttempt) {
    return Duration.ofMillis(backoff.apply(failedAttempt));
  }

  /** @return the state of the circuit breaker */
  public CircuitState circuitState() {
    return map(circuitBreaker.getState());
  }

  /**
   * Registers a callback for every change of the circuit's state.
   *
   * @param listener receives the previous and the new state
   */
  public void onCircuitTransition(BiConsumer<CircuitState, CircuitState> listener) {
    Objects.requireNonNull(listener, "listener");
    circuitBreaker.getEventPublisher().onStateTransition(event -> listener.accept(
        map(event.getStateTransition().getFromState()),
        map(event.getStateTransition().getToState())));
  }

  private static CircuitState map(CircuitBreaker.State state) {
    return switch (state) {
      case OPEN, FORCED_OPEN -> CircuitState.OPEN;
      case HALF_OPEN -> CircuitState.HALF_OPEN;
      default -> CircuitState.CLOSED;
    };
  }
}
