package id.mpp.sdk.tracking;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import id.mpp.sdk.json.WireDocument;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an application's append-only history: version {@code n} is the {@code n}-th event
 * applied to the application. Applied once by {@link #eventId()}: an event whose id is already in
 * the history is not applied again.
 *
 * @param eventId the unique id of the event; for events reported by an agency, the agency id and
 *     the agency's own event id ({@code polres:evt-123})
 * @param trackingNumber the application
 * @param version the application's version after this event, 1 or more, without gaps
 * @param type what happened
 * @param action the status-machine action taken, or {@code null} (creation, SLA escalation)
 * @param fromStatus the status before, or {@code null} for the first event
 * @param toStatus the status after
 * @param actor who did it
 * @param reason why, or {@code null}; never personal data
 * @param agencyReference the agency's reference, when the event carries it
 * @param nativeStatus the agency's own status, when an agency reported it
 * @param occurredAt when it happened (the agency's time for events it reports)
 * @param recordedAt when the hub recorded it
 */
public record StatusEvent(
    String eventId,
    TrackingNumber trackingNumber,
    long version,
    Type type,
    String action,
    ApplicationStatus fromStatus,
    ApplicationStatus toStatus,
    Actor actor,
    String reason,
    String agencyReference,
    String nativeStatus,
    Instant occurredAt,
    Instant recordedAt) implements WireDocument {

  /** What an event records. */
  public enum Type {
    /** The application was handed in. */
    CREATED,
    /** The status changed through an action of the state machine. */
    STATUS_CHANGED,
    /** The agency acknowledged the submission and gave its reference (the status may change). */
    AGENCY_ACKNOWLEDGED,
    /** Most of the SLA time is used up. */
    SLA_NEAR_BREACH,
    /** The SLA due date passed. */
    SLA_OVERDUE,
    /** A type this SDK version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /** Checks the required parts. */
  public StatusEvent {
    Objects.requireNonNull(eventId, "eventId");
    if (eventId.isBlank() || eventId.length() > 200) {
      throw new IllegalArgumentException("eventId must be 1-200 characters");
    }
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(toStatus, "toStatus");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** @return whether the status changed */
  public boolean changesStatus() {
    return fromStatus != toStatus;
  }

  /** @return the reason, if one was given */
  public Optional<String> findReason() {
    return Optional.ofNullable(reason);
  }
}
