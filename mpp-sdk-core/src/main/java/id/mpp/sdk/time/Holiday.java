package id.mpp.sdk.time;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
      violations.add(TimeRules.violation("date", "holiday.date"));
    }
    if (name == null || name.isBlank()) {
      violations.add(TimeRules.violation("name", "holiday.name"));
    }
    if (type == null || type == HolidayType.UNKNOWN) {
      violations.add(TimeRules.violation("type", "holiday.type"));
    }
    if (source == null || source.isBlank()) {
      violations.add(TimeRules.violation("source", "holiday.source"));
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
  @JsonIgnore
  public boolean isCutiBersama() {
    return type == HolidayType.CUTI_BERSAMA;
  }
}
