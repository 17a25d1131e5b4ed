package id.mpp.sdk.tracking;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the outbox relay retries: exponential backoff from {@code initialBackoff}, multiplied by
 * {@code multiplier} per attempt up to {@code maxBackoff}, each delay shortened by up to
 * {@code jitter} of itself (a deterministic share derived from the message id, so runs are
 * reproducible); after {@code maxAttempts} failed attempts a message is dead-lettered.
 *
 * @param maxAttempts attempts before a message is dead-lettered, 1–100
 * @param initialBackoff the delay after the first failure, 1 s to 1 h
 * @param multiplier the growth per attempt, 1.0–10.0
 * @param maxBackoff the longest delay, at least {@code initialBackoff}, at most 1 day
 * @param jitter the largest share taken off a delay, 0.0–0.5
 * @param lease how long a relay holds a message while sending it, 5 s to 1 h; longer than the
 *     slowest agency call
 * @param batchSize messages claimed per run, 1–1000
 */
public record OutboxPolicy(int maxAttempts, Duration initialBackoff, double multiplier,
    Duration maxBackoff, double jitter, Duration lease, int batchSize) {

  /**
   * Checks every setting and reports all problems together.
   *
   * @throws MppValidationException naming each bad setting
   */
  public OutboxPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(lease, "lease");
    List<Violation> v = new ArrayList<>();
    if (maxAttempts < 1 || maxAttempts > 100) {
      v.add(new Violation("maxAttempts", "outboxPolicy.maxAttempts", "must be 1-100"));
    }
    if (initialBackoff.compareTo(Duration.ofSeconds(1)) < 0
        || initialBackoff.compareTo(Duration.ofHours(1)) > 0) {
      v.add(new Violation("initialBackoff", "outboxPolicy.initialBackoff", "must be 1 s to 1 h"));
    }
    if (!(multiplier >= 1.0 && multiplier <= 10.0)) {
      v.add(new Violation("multiplier", "outboxPolicy.multiplier", "must be 1.0-10.0"));
    }
    if (maxBackoff.compareTo(initialBackoff) < 0 || maxBackoff.compareTo(Duration.ofDays(1)) > 0) {
      v.add(new Violation("maxBackoff", "outboxPolicy.maxBackoff",
          "must be at least initialBackoff and at most 1 day"));
    }
    if (!(jitter >= 0.0 && jitter <= 0.5)) {
      v.add(new Violation("jitter", "outboxPolicy.jitter", "must be 0.0-0.5"));
    }
    if (lease.compareTo(Duration.ofSeconds(5)) < 0 || lease.compareTo(Duration.ofHours(1)) > 0) {
      v.add(new Violation("lease", "outboxPolicy.lease", "must be 5 s to 1 h"));
    }
    if (batchSize < 1 || batchSize > 1000) {
      v.add(new Violation("batchSize", "outboxPolicy.batchSize", "must be 1-1000"));
    }
    if (!v.isEmpty()) {
      throw new MppValidationException(v);
    }
  }

  /**
   * The defaults: 12 attempts, 30 s doubling to at most 1 h (about 9 hours in all), 20 % jitter,
   * 2-minute leases, 50 messages per run.
   *
   * @return the defaults
   */
  public static OutboxPolicy defaults() {
    return new OutboxPolicy(12, Duration.ofSeconds(30), 2.0, Duration.ofHours(1), 0.2,
        Duration.ofMinutes(2), 50);
  }

  /**
   * @param attempts the attempts before a message is dead-lettered
   * @return a copy with that limit
   */
  public OutboxPolicy withMaxAttempts(int attempts) {
    return new OutboxPolicy(attempts, initialBackoff, multiplier, maxBackoff, jitter, lease,
        batchSize);
  }

  /**
   * @param share the largest share taken off a delay
   * @return a copy with that jitter
   */
  public OutboxPolicy withJitter(double share) {
    return new OutboxPolicy(maxAttempts, initialBackoff, multiplier, maxBackoff, share, lease,
        batchSize);
  }

  /**
   * @param initial the first delay
   * @param max the longest delay
   * @return a copy with that backoff
   */
  public OutboxPolicy withBackoff(Duration initial, Duration max) {
    return new OutboxPolicy(maxAttempts, initial, multiplier, max, jitter, lease, batchSize);
  }

  /**
   * The delay before the next attempt after a failed one.
   *
   * @param attempts the attempts made so far, 1 or more
   * @param messageId the message's id (drives the jitter)
   * @return the delay
   */
  public Duration backoff(int attempts, String messageId) {
    double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
    double capped = Math.min(base, maxBackoff.toMillis());
    // a stable share in [0, 1) from the id and the attempt: reproducible, spread across messages
    int h = (messageId.hashCode() * 31 + attempts) * 0x9E3779B1;
    double share = ((h >>> 8) & 0xFFFF) / 65536.0;
    return Duration.ofMillis((long) (capped * (1.0 - jitter * share)));
  }
}
