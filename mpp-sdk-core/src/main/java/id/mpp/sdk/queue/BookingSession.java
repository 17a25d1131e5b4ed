package id.mpp.sdk.queue;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One booking session (sesi) of a service on a weekday, for example Monday 08:00–10:00 with 20
 * places. A booking is for one session of one date.
 *
 * @param day the weekday
 * @param start the start of the session, the booked visitor's slot
 * @param end the end of the session, after {@code start}
 * @param quota how many bookings the session takes, 1 or more
 */
public record BookingSession(
    @NotNull DayOfWeek day,
    @NotNull LocalTime start,
    @NotNull LocalTime end,
    @Positive int quota) {

  /**
   * Checked by validation: the session ends after it starts.
   *
   * @return {@code true} when {@code end} is after {@code start} or either is missing
   */
  @AssertTrue(message = "{queue.session.order}")
  boolean isOrdered() {
    return start == null || end == null || end.isAfter(start);
  }
}
