package id.mpp.sdk.time;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The time zone of one province, an entry of {@link ProvinceZones}.
 *
 * @param code the Kemendagri province code, two digits, for example {@code "64"}
 * @param name the province name, for example {@code "Kalimantan Timur"}
 * @param zoneId the tz-database zone id, for example {@code "Asia/Makassar"}; one of the four
 *     Indonesian zones
 */
public record ProvinceZone(String code, String name, String zoneId) {

  /**
   * Checks every part; reports all problems together.
   *
   * @throws MppValidationException if the code is not two digits, the name is blank, or the zone
   *     is not an Indonesian zone id
   */
  public ProvinceZone {
    List<Violation> violations = new ArrayList<>();
    if (code == null || !code.matches("[0-9]{2}")) {
      violations.add(TimeRules.violation("code", "provinceZone.code"));
    }
    if (name == null || name.isBlank()) {
      violations.add(TimeRules.violation("name", "provinceZone.name"));
    }
    if (zoneId == null || java.util.Arrays.stream(SiteZone.values())
        .noneMatch(z -> z.zoneId().getId().equals(zoneId))) {
      violations.add(TimeRules.violation("zoneId", "siteZone.unknown"));
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
  }

  /**
   * Creates an entry.
   *
   * @param code the two-digit province code
   * @param name the province name
   * @param zone the zone
   * @return the entry
   */
  public static ProvinceZone of(String code, String name, SiteZone zone) {
    return new ProvinceZone(code, name, zone.zoneId().getId());
  }

  /** @return the zone of this province */
  public SiteZone siteZone() {
    return SiteZone.parse(zoneId);
  }
}
