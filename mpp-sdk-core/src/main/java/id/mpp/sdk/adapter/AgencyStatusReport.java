package id.mpp.sdk.adapter;

import id.mpp.sdk.tracking.ApplicationStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of an application at the agency, native and canonical, with its time and a note.
 *
 * @param agencyReference the agency's own number for the application
 * @param nativeStatus the agency's status as it wrote it
 * @param status the canonical status
 * @param at when the agency set this status (its time, or the hub's clock if it gave none)
 * @param note a note without personal data (for example why documents were returned), or
 *     {@code null}
 */
public record AgencyStatusReport(String agencyReference, String nativeStatus,
    ApplicationStatus status, Instant at, String note) {

  /** Checks that the required parts are present. */
  public AgencyStatusReport {
    SubmissionReceipt.requireText(agencyReference, "agencyReference");
    Objects.requireNonNull(nativeStatus, "nativeStatus");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
  }

  /** @return the note, if the agency gave one */
  public Optional<String> findNote() {
    return Optional.ofNullable(note);
  }
}
