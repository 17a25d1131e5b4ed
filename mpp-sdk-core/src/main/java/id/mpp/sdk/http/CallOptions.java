package id.mpp.sdk.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Per-call options of an {@link AgencyRequest}. Everything is optional; {@link #defaults()} has
 * none set.
 *
 * <pre>{@code
 * CallOptions.defaults()
 *     .withIdempotencyKey(submission.idempotencyKey())
 *     .withTrackingNumber(submission.trackingNumber());
 * }</pre>
 *
 * @param idempotencyKey the key sent as {@code Idempotency-Key} (1-255 characters: letters,
 *     digits, {@code -}, {@code _}, {@code .}, {@code :}); retries reuse it. {@code null}: for a
 *     mutating call the client generates one if its config says so, else the call is never retried
 * @param trackingNumber the application's tracking number when the call concerns one; sent as
 *     {@code X-Tracking-Number} and given to the listener, or {@code null}
 * @param requestId the {@code X-Request-Id} to send, or {@code null} to generate one
 * @param deadline the whole call's deadline, retries included, or {@code null} for the client's
 */
public record CallOptions(String idempotencyKey, String trackingNumber, String requestId,
    Duration deadline) {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,255}");
  private static final CallOptions DEFAULTS = new CallOptions(null, null, null, null);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException naming the bad option
   */
  public CallOptions {
    if (idempotencyKey != null && !TOKEN.matcher(idempotencyKey).matches()) {
      throw new IllegalArgumentException(
          "idempotencyKey must be 1-255 letters, digits, '-', '_', '.' or ':'");
    }
    if (trackingNumber != null && !TOKEN.matcher(trackingNumber).matches()) {
      throw new IllegalArgumentException(
          "trackingNumber must be 1-255 letters, digits, '-', '_', '.' or ':'");
    }
    if (requestId != null && !TOKEN.matcher(requestId).matches()) {
      throw new IllegalArgumentException(
          "requestId must be 1-255 letters, digits, '-', '_', '.' or ':'");
    }
    if (deadline != null && (deadline.isNegative() || deadline.isZero())) {
      throw new IllegalArgumentException("deadline must be positive");
    }
  }

  /** @return no options set */
  public static CallOptions defaults() {
    return DEFAULTS;
  }

  /**
   * @param key the idempotency key
   * @return a copy with the key
   */
  public CallOptions withIdempotencyKey(String key) {
    return new CallOptions(Objects.requireNonNull(key, "key"), trackingNumber, requestId,
        deadline);
  }

  /**
   * @param number the tracking number of the application the call concerns
   * @return a copy with the tracking number
   */
  public CallOptions withTrackingNumber(String number) {
    return new CallOptions(idempotencyKey, Objects.requireNonNull(number, "number"), requestId,
        deadline);
  }

  /**
   * @param id the request id to send
   * @return a copy with the request id
   */
  public CallOptions withRequestId(String id) {
    return new CallOptions(idempotencyKey, trackingNumber, Objects.requireNonNull(id, "id"),
        deadline);
  }

  /**
   * @param callDeadline the deadline of the whole call, retries included
   * @return a copy with the deadline
   */
  public CallOptions withDeadline(Duration callDeadline) {
    return new CallOptions(idempotencyKey, trackingNumber, requestId,
        Objects.requireNonNull(callDeadline, "callDeadline"));
  }

  /** @return the idempotency key, if set */
  public Optional<String> findIdempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** @return the tracking number, if set */
  public Optional<String> findTrackingNumber() {
    return Optional.ofNullable(trackingNumber);
  }
}
