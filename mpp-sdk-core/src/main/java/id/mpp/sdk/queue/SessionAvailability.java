package id.mpp.sdk.queue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One bookable session of a service on a date, with its places.
 *
 * @param date the date
 * @param start the session's start
 * @param end the session's end
 * @param quota places in the session
 * @param booked places taken (booked or checked in)
 * @param bookable whether a booking can be made now: places left and check-in not yet over
 */
public record SessionAvailability(LocalDate date, LocalTime start, LocalTime end, int quota,
    int booked, boolean bookable) {

  /** Checks the parts. */
  public SessionAvailability {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /**
   * The places left.
   *
   * @return {@code quota - booked}, never below 0
   */
  public int remaining() {
    return Math.max(0, quota - booked);
  }
}
