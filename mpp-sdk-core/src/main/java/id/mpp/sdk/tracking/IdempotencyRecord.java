package id.mpp.sdk.tracking;

import java.time.Instant;
import java.util.Objects;

/**
 * A claimed idempotency key: the first request under the key did its work, and a repeat with the
 * same fingerprint gets the same application back. A store claims a key with a single insert
 * guarded by a unique index on the key, in the same transaction as the work.
 *
 * @param key the key, 1–512 characters: a caller's key (at most 255 characters) or an event id
 *     scoped by the tracker, for example {@code create:<caller's key>} or
 *     {@code webhook:<agency>:<event id>}
 * @param trackingNumber the application the work concerned
 * @param fingerprint a SHA-256 of the request, to detect the same key reused for another request
 * @param createdAt when it was claimed
 */
public record IdempotencyRecord(String key, TrackingNumber trackingNumber, String fingerprint,
    Instant createdAt) {

  /** Checks the parts. */
  public IdempotencyRecord {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty() || key.length() > 512) {
      throw new IllegalArgumentException("a scoped idempotency key must be 1-512 characters");
    }
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
