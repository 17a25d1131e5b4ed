package id.mpp.sdk.adapter;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The agency's confirmation of a booking.
 *
 * @param bookingReference the agency's booking code (kode booking)
 * @param date the day
 * @param start the start of the slot
 * @param end the end of the slot
 * @param note a note without personal data (for example what to bring), or {@code null}
 */
public record AppointmentConfirmation(String bookingReference, LocalDate date, LocalTime start,
    LocalTime end, String note) {

  /** Checks the required parts. */
  public AppointmentConfirmation {
    SubmissionReceipt.requireText(bookingReference, "bookingReference");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }
}
