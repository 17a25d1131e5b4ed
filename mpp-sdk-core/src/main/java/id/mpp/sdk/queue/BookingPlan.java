package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.ServiceCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collections;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * How a service takes online bookings (antrian online): its sessions per weekday, how many days
 * ahead it can be booked, the check-in window, and dates it is closed besides the working
 * calendar's holidays.
 *
 * <p>A booking for a session can be checked in from {@code session start − checkInOpensBefore}
 * until {@code session end + checkInGrace}; after that it expires.
 *
 * @param service the service
 * @param windowDays how many days ahead a booking may be made (0 = today only, at most 90)
 * @param checkInOpensBefore how long before the session starts check-in opens
 * @param checkInGrace how long after the session ends check-in stays open
 * @param sessions the sessions, at least one
 * @param closedDates extra dates the service is closed (cuti, renovation, …)
 */
public record BookingPlan(
    @NotNull ServiceCode service,
    @PositiveOrZero @Max(90) int windowDays,
    @NotNull @DurationMin(seconds = 0, message = "{queue.duration.notNegative}")
    Duration checkInOpensBefore,
    @NotNull @DurationMin(seconds = 0, message = "{queue.duration.notNegative}")
    Duration checkInGrace,
    @NotEmpty @Size(max = 200) List<@Valid BookingSession> sessions,
    @NotNull Set<LocalDate> closedDates) {

  /** Copies the collections; closed dates are kept sorted. */
  public BookingPlan {
    sessions = sessions == null ? List.of() : List.copyOf(sessions);
    closedDates = closedDates == null ? Set.of()
        : Collections.unmodifiableSet(new TreeSet<>(closedDates));
  }
}
