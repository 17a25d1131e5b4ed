package id.mpp.sdk.time;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MalformedJsonException;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.json.WireDocument;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which province lies in which time zone, so that an MPP can be mapped to its zone from its
 * kode wilayah.
 *
 * <p><b>UNCONFIRMED.</b> The bundled table ({@code id/mpp/sdk/time/id-province-zones.json}) was
 * built from the tz database's region descriptions and the Kemendagri province codes, not from
 * the text of Keppres 41/1987. It is data, not code: read another file with
 * {@link #read(InputStream)}, or correct an entry with {@link #with(ProvinceZone)}. A site can
 * always set its zone directly with {@link WorkingCalendar.Builder#zone(SiteZone)}.
 *
 * @param version the data version
 * @param status {@code "UNCONFIRMED"} until checked against the decree
 * @param evidence where the table comes from
 * @param provinces one entry per province code
 */
public record ProvinceZones(String version, String status, String evidence,
    List<ProvinceZone> provinces) implements WireDocument {

  /** Where the bundled table lives on the class path. */
  public static final String BUNDLED_RESOURCE = "id/mpp/sdk/time/id-province-zones.json";

  /**
   * Checks the table; reports every problem together.
   *
   * @throws MppValidationException if the version is blank, the table is empty, or a province
   *     code appears twice
   */
  public ProvinceZones {
    List<Violation> violations = new ArrayList<>();
    if (version == null || version.isBlank()) {
      violations.add(TimeRules.violation("version", "provinceZones.version"));
    }
    provinces = provinces == null ? List.of() : provinces;
    if (provinces.isEmpty()) {
      violations.add(TimeRules.violation("provinces", "provinceZones.empty"));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < provinces.size(); i++) {
      ProvinceZone p = provinces.get(i);
      if (p == null) {
        violations.add(TimeRules.violation("provinces[" + i + "]", "provinceZones.entry"));
        continue;
      }
      Integer first = seen.putIfAbsent(p.code(), i);
      if (first != null) {
        violations.add(TimeRules.violation("provinces[" + i + "].code", "provinceZones.duplicate"));
      }
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    status = status == null ? "" : status;
    evidence = evidence == null ? "" : evidence;
    provinces = List.copyOf(provinces);
  }

  /**
   * The bundled table (38 provinces; UNCONFIRMED, see the class description).
   *
   * @return the bundled table, read once and cached
   */
  public static ProvinceZones bundled() {
    return Bundled.DATA;
  }

  /**
   * Reads a table from a JSON stream (the stream is not closed).
   *
   * @param json the UTF-8 JSON document
   * @return the checked table
   * @throws MalformedJsonException if the document is not well-formed
   * @throws MppValidationException if the table breaks a rule
   */
  public static ProvinceZones read(InputStream json) {
    return MppJson.defaults().read(Objects.requireNonNull(json, "json"), ProvinceZones.class);
  }

  /**
   * Finds the zone of a province.
   *
   * @param provinceCode the two-digit Kemendagri code, for example {@code "64"}
   * @return the zone, or empty when the table has no such province
   */
  public Optional<SiteZone> findZone(String provinceCode) {
    Objects.requireNonNull(provinceCode, "provinceCode");
    return provinces.stream().filter(p -> p.code().equals(provinceCode)).findFirst()
        .map(ProvinceZone::siteZone);
  }

  /**
   * Gets the zone of a province.
   *
   * @param provinceCode the two-digit Kemendagri code
   * @return the zone
   * @throws NotFoundException if the table has no such province
   */
  public SiteZone getZone(String provinceCode) {
    return findZone(provinceCode).orElseThrow(() -> new NotFoundException("province",
        provinceCode));
  }

  /**
   * Finds the zone of any region by its kode wilayah (the first two digits are the province),
   * for example {@code "64.72"} (Kota Samarinda) or {@code "6472"}.
   *
   * @param regionCode a Kemendagri region code of any level
   * @return the zone, or empty when the code is too short or its province is not in the table
   */
  public Optional<SiteZone> findZoneOfRegion(String regionCode) {
    Objects.requireNonNull(regionCode, "regionCode");
    return regionCode.length() < 2 ? Optional.empty() : findZone(regionCode.substring(0, 2));
  }

  /**
   * The same table with one entry added or replaced, for a correction.
   *
   * @param entry the entry
   * @return a new table
   */
  public ProvinceZones with(ProvinceZone entry) {
    Objects.requireNonNull(entry, "entry");
    List<ProvinceZone> copy = new ArrayList<>();
    boolean replaced = false;
    for (ProvinceZone p : provinces) {
      if (p.code().equals(entry.code())) {
        copy.add(entry);
        replaced = true;
      } else {
        copy.add(p);
      }
    }
    if (!replaced) {
      copy.add(entry);
    }
    return new ProvinceZones(version + "+site", status, evidence, copy);
  }

  private static final class Bundled {
    static final ProvinceZones DATA = BundledResource.read(BUNDLED_RESOURCE, ProvinceZones::read);
  }
}
