package id.mpp.sdk.queue;

import id.mpp.sdk.json.WireDocument;
import java.time.Instant;
import java.util.Objects;

/**
 * Store row: an idempotency key claimed by a command, with what the command was (its
 * fingerprint) and the result it returned. A repeat with the same key and fingerprint returns
 * {@link #result()} without doing the work again; the same key with another fingerprint is a
 * conflict.
 *
 * <p>The result is one of {@link Ticket}, {@link CallResult}, {@link Booking} or
 * {@link Counter}; a persistent store keeps its {@link WireDocument#kind()} and its JSON
 * ({@link id.mpp.sdk.json.MppJson}) and reads it back as that type, equal to what was stored.
 *
 * @param key the caller's key, 1–255 characters
 * @param fingerprint the command and its arguments, for example {@code callNext|loket-5}
 * @param createdAt when the key was claimed
 * @param result the command's result
 */
public record IdempotencyEntry(String key, String fingerprint, Instant createdAt,
    WireDocument result) {

  /** Checks the parts. */
  public IdempotencyEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(result, "result");
  }
}
