package id.mpp.sdk.time;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One day off: a libur nasional, a cuti bersama, a regional holiday or a site closure.
 *
 * @param date the date, in the site's calendar
 * @param name the name in Bahasa Indonesia, for example {@code "Hari Raya Idul Fitri"}
 * @param type the kind of day off
 * @param source the decree or decision it comes from, for example
 *     {@code "SKB 3 Menteri No. 855, 3, dan 4 Tahun 2023"} or a Peraturan Bupati
 */
public record Holiday(LocalDate date, String name, HolidayType type, String source) {

  /**
   * Checks every part; reports all problems together.
   *
   * @throws MppValidationException if a part is missing or blank, or the type is {@code UNKNOWN}
   */
  public Holiday {
    List<Violation> violations = new ArrayList<>();
    if (date == null) {
      violations.add(new Violation("date", "holiday.date", "holiday date is required"));
    }
    if (name == null || name.isBlank()) {
      violations.add(new Violation("name", "holiday.name", "holiday name must not be blank"));
    }
    if (type == null || type == HolidayType.UNKNOWN) {
      violations.add(new Violation("type", "holiday.type", "holiday type must be one of "
          + "LIBUR_NASIONAL, CUTI_BERSAMA, LIBUR_DAERAH, SITE_CLOSED"));
    }
    if (source == null || source.isBlank()) {
      violations.add(new Violation("source", "holiday.source",
          "holiday source (the decree or decision) must not be blank"));
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
  }

  /**
   * Whether this day off is a cuti bersama, which an agency may count as a working day.
   *
   * @return {@code true} for {@link HolidayType#CUTI_BERSAMA}
   */
  public boolean isCutiBersama() {
    return type == HolidayType.CUTI_BERSAMA;
  }
}
