package id.mpp.sdk.adapters.polri;

import id.mpp.sdk.MppValidationException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Satwil penerbit: the police unit that issues an SKCK, at its level (Polsek, Polres, Polda or
 * Mabes) with its code, written {@code POLRES-BDL} or {@code POLSEK-TKB} (Mabes: {@code MABES}).
 * The unit must match the address on the applicant's KTP-el.
 *
 * <p>UNCONFIRMED: Polri's own unit codes are not public; the code after the level is whatever the
 * Polres serving the MPP agrees with it.
 *
 * @param level the level of the unit
 * @param code the unit's code, for example {@code POLRES-BDL}
 */
public record IssuingUnit(Level level, String code) {

  private static final Pattern FORMAT =
      Pattern.compile("(POLSEK|POLRES|POLDA)-[A-Z0-9]{2,12}(-[A-Z0-9]{1,12})*|MABES");

  /**
   * Checks that the code has the level's form.
   *
   * @throws MppValidationException naming the rule, never the value
   */
  public IssuingUnit {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(code, "code");
    if (!FORMAT.matcher(code).matches() || !code.startsWith(level.name())) {
      throw MppValidationException.of("satwil", "polri.satwil.format",
          "an issuing unit is POLSEK-, POLRES- or POLDA- and its code, or MABES");
    }
  }

  /**
   * Parses a unit code.
   *
   * @param code for example {@code POLRES-BDL}
   * @return the unit
   * @throws MppValidationException if it is not a unit code
   */
  public static IssuingUnit parse(String code) {
    Matcher m = FORMAT.matcher(Objects.requireNonNullElse(code, ""));
    if (!m.matches()) {
      throw MppValidationException.of("satwil", "polri.satwil.format",
          "an issuing unit is POLSEK-, POLRES- or POLDA- and its code, or MABES");
    }
    return new IssuingUnit(Level.valueOf(code.startsWith("MABES") ? "MABES"
        : code.substring(0, code.indexOf('-'))), code);
  }

  /** The level of a police unit, from the smallest. */
  public enum Level {
    /** Polsek: the sub-district police. */
    POLSEK,
    /** Polres (Polresta, Polrestabes): the city or regency police. */
    POLRES,
    /** Polda: the provincial police. */
    POLDA,
    /** Mabes Polri: the national headquarters. */
    MABES
  }
}
