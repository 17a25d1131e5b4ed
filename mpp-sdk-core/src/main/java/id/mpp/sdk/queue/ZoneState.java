package id.mpp.sdk.queue;

import java.time.Instant;
import java.util.Objects;

/**
 * Store row: the announcement schedule of one display zone. Locked by
 * {@link QueueTransaction#lockZone}, so announcements of a zone are numbered in order and never
 * overlap.
 *
 * @param zone the display zone
 * @param lastSequence the sequence of the last announcement, 0 before the first
 * @param busyUntil when the last announcement (plus the gap) ends; {@link Instant#EPOCH} before
 *     the first
 */
public record ZoneState(String zone, long lastSequence, Instant busyUntil) {

  /** Checks the parts. */
  public ZoneState {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(busyUntil, "busyUntil");
    if (lastSequence < 0) {
      throw new IllegalArgumentException("lastSequence must not be negative");
    }
  }
}
