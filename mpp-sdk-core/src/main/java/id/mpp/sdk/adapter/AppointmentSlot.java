package id.mpp.sdk.adapter;

import id.mpp.sdk.catalogue.ServiceCode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A time slot the agency holds for a service (for example a BPJS antrean session or an SKCK
 * fingerprint slot), in the MPP site's local time.
 *
 * @param serviceCode the service
 * @param date the day
 * @param start the start of the slot
 * @param end the end of the slot, after {@code start}
 * @param capacity how many citizens the slot takes
 * @param available how many places are still free, 0 to {@code capacity}
 */
public record AppointmentSlot(ServiceCode serviceCode, LocalDate date, LocalTime start,
    LocalTime end, int capacity, int available) {

  /** Checks the times and counts. */
  public AppointmentSlot {
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start");
    }
    if (capacity < 0 || available < 0 || available > capacity) {
      throw new IllegalArgumentException("available must be 0 to capacity");
    }
  }
}
