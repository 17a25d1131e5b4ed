package id.mpp.sdk.examples.day;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The options of one simulated day.
 *
 * @param visitors how many visitors come
 * @param counters how many counters open, at least one per agency
 * @param speed simulated seconds per real second; 0 runs as fast as the machine can
 * @param faultRate the share of agency requests the simulators fail (seeded), 0–0.5
 * @param seed the seed of visitors and faults
 * @param jdbcUrl a PostgreSQL URL for the stores, or null for in-memory stores
 * @param jdbcUser the database user, or null
 * @param jdbcPassword the database password, or null
 * @param out the directory of the report files
 * @param locale the language of the output
 * @param quiet print only the summary
 * @param progress show the live board
 */
record DayOptions(int visitors, int counters, double speed, double faultRate, long seed,
    String jdbcUrl, String jdbcUser, String jdbcPassword, Path out, Locale locale,
    boolean quiet, boolean progress) {

  @Override
  public String toString() {
    return "DayOptions[visitors=" + visitors + ", counters=" + counters + ", speed=" + speed
        + ", faultRate=" + faultRate + ", seed=" + seed + ", stores="
        + (jdbcUrl == null ? "in-memory" : "jdbc") + ", out=" + out + ", locale=" + locale + "]";
  }
}
