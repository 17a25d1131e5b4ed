package id.mpp.sdk.tracking;

import id.mpp.sdk.catalogue.AgencyId;
import java.time.Instant;
import java.util.Objects;

/**
 * A status an agency reported for one of its applications, already mapped to the canonical set:
 * from a poll, a verified webhook, or an adapter that receives the agency's own pushes. Applied
 * once by {@link #eventId()}.
 *
 * @param eventId the agency's id of this report (unique per agency), 1–150 characters
 * @param agency the agency
 * @param agencyReference the agency's reference of the application
 * @param status the canonical status; {@code UNKNOWN} is recorded as received but changes nothing
 * @param nativeStatus the agency's own status text
 * @param occurredAt when the agency set the status
 * @param note a note without personal data (for example why documents were returned), or
 *     {@code null}
 */
public record StatusUpdate(String eventId, AgencyId agency, String agencyReference,
    ApplicationStatus status, String nativeStatus, Instant occurredAt, String note) {

  /** Checks the required parts. */
  public StatusUpdate {
    Objects.requireNonNull(eventId, "eventId");
    if (eventId.isBlank() || eventId.length() > 150) {
      throw new IllegalArgumentException("eventId must be 1-150 characters");
    }
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(agencyReference, "agencyReference");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nativeStatus, "nativeStatus");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
