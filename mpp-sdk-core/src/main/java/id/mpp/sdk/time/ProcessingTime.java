package id.mpp.sdk.time;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import id.mpp.sdk.MppValidationException;
import java.util.Objects;

/**
 * Jangka waktu pelayanan: how long a service takes, as its Standar Pelayanan publishes it, for
 * example "5 hari kerja" or "60 menit". Working units are counted on the site's working
 * calendar: working days skip weekends, libur nasional and (per agency) cuti bersama; working
 * hours count only opening hours.
 *
 * @param value the amount, 1 or more
 * @param unit the unit
 */
public record ProcessingTime(int value, Unit unit) {

  /** The unit of a processing time. */
  public enum Unit {
    /** Menit, counted on the wall clock. */
    MINUTES,
    /** Jam kerja: hours within the opening hours of working days. */
    WORKING_HOURS,
    /** Hari kerja: working days of the site's calendar. */
    WORKING_DAYS,
    /** Hari kalender: calendar days, holidays included. */
    CALENDAR_DAYS,
    /** A unit this SDK version does not know; treat as unknown. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /**
   * Checks the values.
   *
   * @throws MppValidationException if the value is not positive or the unit unknown
   */
  public ProcessingTime {
    Objects.requireNonNull(unit, "unit");
    if (value < 1) {
      throw MppValidationException.of("processingTime.value", "processingTime.positive",
          "processing time must be at least 1");
    }
    if (unit == Unit.UNKNOWN) {
      throw MppValidationException.of("processingTime.unit", "processingTime.unit",
          "processing time unit is not one of MINUTES, WORKING_HOURS, WORKING_DAYS, CALENDAR_DAYS");
    }
  }

  /**
   * Working days, for example {@code workingDays(5)} for "5 hari kerja".
   *
   * @param days the number of working days
   * @return the processing time
   */
  public static ProcessingTime workingDays(int days) {
    return new ProcessingTime(days, Unit.WORKING_DAYS);
  }

  /**
   * Working hours within opening hours.
   *
   * @param hours the number of working hours
   * @return the processing time
   */
  public static ProcessingTime workingHours(int hours) {
    return new ProcessingTime(hours, Unit.WORKING_HOURS);
  }

  /**
   * Minutes on the wall clock, for services finished while the citizen waits.
   *
   * @param minutes the number of minutes
   * @return the processing time
   */
  public static ProcessingTime minutes(int minutes) {
    return new ProcessingTime(minutes, Unit.MINUTES);
  }

  /**
   * Calendar days.
   *
   * @param days the number of calendar days
   * @return the processing time
   */
  public static ProcessingTime calendarDays(int days) {
    return new ProcessingTime(days, Unit.CALENDAR_DAYS);
  }

  /** @return for example {@code "5 hari kerja"} */
  public String toIndonesian() {
    return value + switch (unit) {
      case MINUTES -> " menit";
      case WORKING_HOURS -> " jam kerja";
      case WORKING_DAYS -> " hari kerja";
      case CALENDAR_DAYS -> " hari kalender";
      case UNKNOWN -> "";
    };
  }

  /** @return for example {@code "5 working days"}, or {@code "1 working day"} */
  @Override
  public String toString() {
    String plural = unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return value + " " + (value == 1 && plural.endsWith("s")
        ? plural.substring(0, plural.length() - 1) : plural);
  }
}
