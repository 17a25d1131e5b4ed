package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.validation.Nik;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What to book: a session of a service on a date, for a visitor identified by NIK. The desk keeps
 * only the NIK's keyed hash; {@link #toString()} masks it.
 *
 * @param service the service
 * @param date the date
 * @param sessionStart the start of the session, as listed by {@link QueueDesk#listSessions}
 * @param nik the visitor's NIK
 */
public record BookingRequest(ServiceCode service, LocalDate date, LocalTime sessionStart,
    Nik nik) {

  /** Checks that every part is present. */
  public BookingRequest {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sessionStart, "sessionStart");
    Objects.requireNonNull(nik, "nik");
  }
}
