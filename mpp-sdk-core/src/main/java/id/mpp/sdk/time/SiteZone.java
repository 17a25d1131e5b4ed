package id.mpp.sdk.time;

import id.mpp.sdk.MppValidationException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The time zone of an MPP site: one of Indonesia's four tz-database zones. A site is always mapped
 * to a zone id, never to a fixed offset, so that the tz database stays the authority.
 *
 * <table>
 *   <caption>Indonesian zones (tz database, checked on JDK 17)</caption>
 *   <tr><th>constant</th><th>zone id</th><th>offset</th><th>name</th><th>tz database region</th></tr>
 *   <tr><td>{@link #WIB}</td><td>Asia/Jakarta</td><td>+07:00</td><td>WIB</td><td>Java, Sumatra</td></tr>
 *   <tr><td>{@link #WIB_PONTIANAK}</td><td>Asia/Pontianak</td><td>+07:00</td><td>WIB</td>
 *       <td>Borneo (west, central)</td></tr>
 *   <tr><td>{@link #WITA}</td><td>Asia/Makassar</td><td>+08:00</td><td>WITA</td>
 *       <td>Borneo (east, south), Sulawesi, Bali, Nusa Tenggara, Timor (west)</td></tr>
 *   <tr><td>{@link #WIT}</td><td>Asia/Jayapura</td><td>+09:00</td><td>WIT</td>
 *       <td>New Guinea (Papua), Maluku</td></tr>
 * </table>
 *
 * <p>Which province lies in which zone is data, not code: see {@link ProvinceZones}.
 */
public enum SiteZone {

  /** Waktu Indonesia Barat, {@code Asia/Jakarta} (Java, Sumatra). */
  WIB("Asia/Jakarta", "WIB"),
  /** Waktu Indonesia Barat, {@code Asia/Pontianak} (West and Central Kalimantan). */
  WIB_PONTIANAK("Asia/Pontianak", "WIB"),
  /** Waktu Indonesia Tengah, {@code Asia/Makassar}. */
  WITA("Asia/Makassar", "WITA"),
  /** Waktu Indonesia Timur, {@code Asia/Jayapura}. */
  WIT("Asia/Jayapura", "WIT");

  private final ZoneId zoneId;
  private final String abbreviation;

  SiteZone(String zoneId, String abbreviation) {
    this.zoneId = ZoneId.of(zoneId);
    this.abbreviation = abbreviation;
  }

  /** @return the tz-database zone, for example {@code Asia/Makassar} */
  public ZoneId zoneId() {
    return zoneId;
  }

  /** @return the Indonesian short name: {@code WIB}, {@code WITA} or {@code WIT} */
  public String abbreviation() {
    return abbreviation;
  }

  /**
   * The offset from UTC today. Indonesia has no daylight saving time, but the tz database is
   * asked anyway rather than assuming a constant.
   *
   * @param at the instant to ask about
   * @return for example {@code +08:00} for {@link #WITA}
   */
  public ZoneOffset offsetAt(java.time.Instant at) {
    return zoneId.getRules().getOffset(Objects.requireNonNull(at, "at"));
  }

  /**
   * Finds the site zone of a tz-database zone id.
   *
   * @param zoneId for example {@code Asia/Jakarta}
   * @return the site zone
   * @throws MppValidationException if the zone is not one of the four Indonesian zones
   */
  public static SiteZone of(ZoneId zoneId) {
    Objects.requireNonNull(zoneId, "zoneId");
    for (SiteZone zone : values()) {
      if (zone.zoneId.equals(zoneId)) {
        return zone;
      }
    }
    throw TimeRules.invalid("zone", "siteZone.unknown");
  }

  /**
   * Parses a tz-database zone id.
   *
   * @param zoneId for example {@code "Asia/Makassar"}
   * @return the site zone
   * @throws MppValidationException if the text is not one of the four Indonesian zone ids
   */
  public static SiteZone parse(String zoneId) {
    Objects.requireNonNull(zoneId, "zoneId");
    for (SiteZone zone : values()) {
      if (zone.zoneId.getId().equals(zoneId)) {
        return zone;
      }
    }
    throw TimeRules.invalid("zone", "siteZone.unknown");
  }

  @Override
  public String toString() {
    return abbreviation + " (" + zoneId.getId() + ")";
  }
}
