package id.mpp.sdk.adapter;

import id.mpp.sdk.tracking.ApplicationStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The agency's acknowledgement of a submission: its own reference, and the status it gave,
 * native and canonical.
 *
 * @param agencyReference the agency's own number for the application
 * @param nativeStatus the agency's status as it wrote it
 * @param status the canonical status ({@link StatusMapping} maps the native one)
 * @param receivedAt when the agency received it (its time, or the hub's clock if it gave none)
 * @param note a note from the agency without personal data, or {@code null}
 */
public record SubmissionReceipt(String agencyReference, String nativeStatus,
    ApplicationStatus status, Instant receivedAt, String note) {

  /** Checks that the required parts are present. */
  public SubmissionReceipt {
    requireText(agencyReference, "agencyReference");
    Objects.requireNonNull(nativeStatus, "nativeStatus");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** @return the note, if the agency gave one */
  public Optional<String> findNote() {
    return Optional.ofNullable(note);
  }

  static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
