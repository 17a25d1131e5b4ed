package id.mpp.sdk.time;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What kind of day off a {@link Holiday} is. */
public enum HolidayType {
  /** Libur nasional: a national public holiday set by SKB 3 Menteri or Keppres. */
  LIBUR_NASIONAL,
  /**
   * Cuti bersama: collective leave of civil servants (ASN) set by SKB 3 Menteri or Keppres.
   * Whether it is a day off for an MPP's service clock is a per-agency choice
   * ({@link WorkingCalendar#withCutiBersamaAsDayOff(boolean)}).
   */
  CUTI_BERSAMA,
  /** Libur daerah: a regional holiday of a province or kabupaten/kota, added per site. */
  LIBUR_DAERAH,
  /** The site is closed on this date for another reason (renovation, disaster, an event). */
  SITE_CLOSED,
  /** A type this SDK version does not know; refused when holiday data is loaded. */
  @JsonEnumDefaultValue
  UNKNOWN
}
