package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.ServiceCode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Store row: how many active bookings one session of a service has on a date. Locked by
 * {@link QueueTransaction#lockSessionDay}, so a session never takes more than its quota.
 *
 * @param service the service
 * @param date the date
 * @param sessionStart the session's start
 * @param booked active bookings (booked or checked in)
 */
public record SessionDay(ServiceCode service, LocalDate date, LocalTime sessionStart, int booked) {

  /** Checks the parts. */
  public SessionDay {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sessionStart, "sessionStart");
    if (booked < 0) {
      throw new IllegalArgumentException("booked must not be negative");
    }
  }
}
