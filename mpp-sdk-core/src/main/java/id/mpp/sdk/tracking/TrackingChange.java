package id.mpp.sdk.tracking;

import java.util.List;
import java.util.Objects;

/**
 * Everything one tracking operation writes, committed by {@link TrackingStore#commit} in one
 * transaction or not at all: the application's new state, the events that led to it, the outbox
 * messages it creates or updates, and the idempotency keys it claims.
 *
 * @param application the application after the change
 * @param expectedVersion the version the change was based on; 0 when it creates the application
 * @param events the events, with versions {@code expectedVersion + 1} upwards, without gaps
 * @param newMessages outbox messages to insert
 * @param updatedMessages outbox messages to update, each at the revision after the stored one
 * @param keys idempotency keys to claim
 */
public record TrackingChange(Application application, long expectedVersion,
    List<StatusEvent> events, List<OutboxMessage> newMessages,
    List<OutboxMessage> updatedMessages, List<IdempotencyRecord> keys) {

  /**
   * Checks that the versions line up.
   *
   * @throws IllegalArgumentException if an event's version or tracking number does not fit
   */
  public TrackingChange {
    Objects.requireNonNull(application, "application");
    events = List.copyOf(events);
    newMessages = List.copyOf(newMessages);
    updatedMessages = List.copyOf(updatedMessages);
    keys = List.copyOf(keys);
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative");
    }
    if (expectedVersion == 0 && events.isEmpty()) {
      throw new IllegalArgumentException("creating an application needs its first event");
    }
    if (application.version() != expectedVersion + events.size()) {
      throw new IllegalArgumentException("application version " + application.version()
          + " must be expectedVersion " + expectedVersion + " + " + events.size() + " events");
    }
    for (int i = 0; i < events.size(); i++) {
      StatusEvent e = events.get(i);
      if (e.version() != expectedVersion + 1 + i) {
        throw new IllegalArgumentException("event " + i + " must have version "
            + (expectedVersion + 1 + i) + ", had " + e.version());
      }
      if (!e.trackingNumber().equals(application.trackingNumber())) {
        throw new IllegalArgumentException("event " + i + " belongs to another application");
      }
    }
  }

  /**
   * A change that creates an application with its first event.
   *
   * @param application the application at version 1
   * @param first the first event
   * @param messages outbox messages to insert
   * @param keys idempotency keys to claim
   * @return the change
   */
  public static TrackingChange create(Application application, StatusEvent first,
      List<OutboxMessage> messages, List<IdempotencyRecord> keys) {
    return new TrackingChange(application, 0, List.of(first), messages, List.of(), keys);
  }

  /** @return whether the change creates the application */
  public boolean creates() {
    return expectedVersion == 0;
  }
}
