package id.mpp.sdk.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.internal.validation.IdentifierErrors;
import id.mpp.sdk.internal.validation.KodeWilayahRules;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Kode wilayah: a Kemendagri region code (Permendagri 58/2021, Kepmendagri 300.2.2-2138/2025)
 * of a province (2 digits, {@code 32}), kabupaten/kota (4, {@code 32.01}), kecamatan (6,
 * {@code 32.01.01}) or desa/kelurahan (10, {@code 32.01.01.2001}).
 *
 * <p>Checked: a known province; a kabupaten/kota part of 01–69 (kabupaten) or 71–99 (kota); a
 * desa/kelurahan part whose first digit is 1 (kelurahan), 2 (desa) or 3 (desa adat). Whether the
 * region exists is not checked (no bundled register). These are not BPS codes.
 *
 * <p>The dotted form is accepted and stored as digits. {@link #toString()} is the digits; in JSON
 * it is the plain digit string.
 *
 * @param value the 2, 4, 6 or 10 digits
 */
public record KodeWilayah(String value) {

  /** The administrative level a region code names. */
  public enum Level {
    /** Provinsi: 2 digits. */
    PROVINSI,
    /** Kabupaten (regency, 01–69) or kota (city, 71–99): 4 digits. */
    KABUPATEN_KOTA,
    /** Kecamatan (district): 6 digits. */
    KECAMATAN,
    /** Desa (village), desa adat (customary village) or kelurahan (urban village): 10 digits. */
    DESA_KELURAHAN
  }

  /**
   * Checks the code and reduces the dotted form to its digits.
   *
   * @param value the candidate, in any accepted written form
   * @throws MppValidationException naming the rule, never the value
   */
  public KodeWilayah {
    IdentifierErrors.requireValid("kodeWilayah", KodeWilayahRules.check(value),
        MppValidator.ENGLISH);
    value = KodeWilayahRules.normalise(value).orElseThrow();
  }

  /**
   * Parses a region code written as digits or in dotted parts.
   *
   * @param text the candidate, for example {@code 32.01.01.2001} or {@code 3201012001}
   * @return the region code
   * @throws MppValidationException naming the broken rule, never the value
   */
  @JsonCreator
  public static KodeWilayah parse(String text) {
    return parse(text, MppValidator.ENGLISH);
  }

  /**
   * Parses a region code with the error message in the caller's locale.
   *
   * @param text the candidate
   * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   * @return the region code
   * @throws MppValidationException naming the broken rule, never the value
   */
  public static KodeWilayah parse(String text, Locale locale) {
    Objects.requireNonNull(text, "text");
    IdentifierErrors.requireValid("kodeWilayah", KodeWilayahRules.check(text), locale);
    return new KodeWilayah(text);
  }

  /**
   * Whether a text is a region code in an accepted written form.
   *
   * @param text the candidate, may be null
   * @return whether {@link #parse} would accept it
   */
  public static boolean isValid(String text) {
    return KodeWilayahRules.check(text).isEmpty();
  }

  /**
   * The digits, also the JSON form.
   *
   * @return 2, 4, 6 or 10 digits
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** @return the level this code names, from its length */
  public Level level() {
    return switch (value.length()) {
      case 2 -> Level.PROVINSI;
      case 4 -> Level.KABUPATEN_KOTA;
      case 6 -> Level.KECAMATAN;
      default -> Level.DESA_KELURAHAN;
    };
  }

  /** @return the two-digit province code, for example {@code 32} */
  public String provinceCode() {
    return value.substring(0, 2);
  }

  /**
   * The region one level up: a desa's kecamatan, a kecamatan's kabupaten/kota, a
   * kabupaten/kota's province.
   *
   * @return the parent, or empty for a province
   */
  public Optional<KodeWilayah> parent() {
    return switch (level()) {
      case PROVINSI -> Optional.empty();
      case KABUPATEN_KOTA -> Optional.of(new KodeWilayah(value.substring(0, 2)));
      case KECAMATAN -> Optional.of(new KodeWilayah(value.substring(0, 4)));
      case DESA_KELURAHAN -> Optional.of(new KodeWilayah(value.substring(0, 6)));
    };
  }

  /**
   * Whether the other region lies within this one (or is this one).
   *
   * @param other the other region
   * @return for example {@code true} for {@code 32.01} and {@code 32.01.01.2001}
   */
  public boolean contains(KodeWilayah other) {
    return other.value.startsWith(value);
  }

  /**
   * The dotted form as Kemendagri writes it.
   *
   * @return for example {@code 32.01.01.2001}
   */
  public String formatted() {
    StringBuilder sb = new StringBuilder(value.substring(0, 2));
    for (int start = 2; start < value.length(); start += 2) {
      int end = start == 6 ? 10 : start + 2;
      sb.append('.').append(value, start, end);
      if (end == 10) {
        break;
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return value;
  }
}
