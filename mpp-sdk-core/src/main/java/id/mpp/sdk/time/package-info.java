/**
 * Time for the whole SDK: the working calendar (weekends, libur nasional, cuti bersama), the
 * site's zone (WIB, WITA, WIT) and {@link id.mpp.sdk.time.ManualClock} for tests and simulations.
 * Engines take a {@link java.time.Clock}; none calls {@code Instant.now()}.
 */
package id.mpp.sdk.time;
