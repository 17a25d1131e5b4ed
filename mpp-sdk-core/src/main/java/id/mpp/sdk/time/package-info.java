/**
 * Time for the whole SDK: the site's zone ({@link id.mpp.sdk.time.SiteZone}: WIB, WITA, WIT), the
 * working calendar ({@link id.mpp.sdk.time.WorkingCalendar}: weekends, libur nasional, cuti
 * bersama, regional holidays, opening hours) with its versioned holiday data
 * ({@link id.mpp.sdk.time.HolidayData}), and {@link id.mpp.sdk.time.ManualClock} for tests and
 * simulations. Engines take a {@link java.time.Clock}; none calls {@code Instant.now()}.
 */
package id.mpp.sdk.time;
