package id.mpp.sdk.internal.validation;

import java.util.Optional;

/**
 * The rules of a Kemendagri region code (kode wilayah), shared by {@code KodeWilayah.parse} and
 * the {@code @ValidKodeWilayah} constraint. Evidence: cahyadsn/wilayah {@code README.md}, quoting
 * Permendagri 58/2021 and Kepmendagri 300.2.2-2138/2025.
 *
 * <table>
 *   <caption>Levels</caption>
 *   <tr><th>level</th><th>digits</th><th>written</th><th>rule</th></tr>
 *   <tr><td>province</td><td>2</td><td>{@code 32}</td><td>a known province</td></tr>
 *   <tr><td>kabupaten/kota</td><td>4</td><td>{@code 32.01}</td>
 *       <td>kabupaten 01-69, kota 71-99</td></tr>
 *   <tr><td>kecamatan</td><td>6</td><td>{@code 32.01.01}</td><td></td></tr>
 *   <tr><td>desa/kelurahan</td><td>10</td><td>{@code 32.01.01.2001}</td>
 *       <td>first digit of the last four: 1 kelurahan, 2 desa, 3 desa adat</td></tr>
 * </table>
 *
 * <p>These are not the BPS codes some libraries use; the two schemes must not be mixed.
 */
public final class KodeWilayahRules {

  /** Rule: 2, 4, 6 or 10 ASCII digits, plain or dotted. */
  public static final String FORMAT = "kodeWilayah.format";
  /** Rule: the first two digits are a known province. */
  public static final String PROVINCE = "kodeWilayah.province";
  /** Rule: the kabupaten/kota part is 01-69 or 71-99. */
  public static final String KABUPATEN_KOTA = "kodeWilayah.kabupatenKota";
  /** Rule: the desa/kelurahan part starts with 1, 2 or 3. */
  public static final String DESA_KELURAHAN = "kodeWilayah.desaKelurahan";

  /** The lengths of the dotted parts, in order. */
  private static final int[] PART_LENGTHS = {2, 2, 2, 4};

  private KodeWilayahRules() {
  }

  /**
   * Reduces an accepted written form to its digits: 2, 4, 6 or 10 plain digits, or the same
   * written in dotted parts ({@code 32.01.01.2001}). Spaces are not trimmed.
   *
   * @param text the candidate, may be null
   * @return the digits, or empty when the text is in no accepted form
   */
  public static Optional<String> normalise(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.indexOf('.') < 0) {
      int n = text.length();
      boolean levelLength = n == 2 || n == 4 || n == 6 || n == 10;
      return levelLength && IdentifierText.isAsciiDigits(text) ? Optional.of(text)
          : Optional.empty();
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length > PART_LENGTHS.length) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder(10);
    for (int i = 0; i < parts.length; i++) {
      if (!IdentifierText.isAsciiDigits(parts[i], PART_LENGTHS[i])) {
        return Optional.empty();
      }
      digits.append(parts[i]);
    }
    return Optional.of(digits.toString());
  }

  /**
   * Checks a candidate region code in any accepted written form.
   *
   * @param text the candidate, not trimmed, may be null
   * @return the first rule broken, or empty when the text is a valid region code
   */
  public static Optional<String> check(String text) {
    Optional<String> digits = normalise(text);
    if (digits.isEmpty()) {
      return Optional.of(FORMAT);
    }
    String value = digits.get();
    if (!NikRules.PROVINCE_CODES.contains(value.substring(0, 2))) {
      return Optional.of(PROVINCE);
    }
    if (value.length() >= 4) {
      int kabupatenKota = Integer.parseInt(value.substring(2, 4));
      if (kabupatenKota < 1 || kabupatenKota == 70) {
        return Optional.of(KABUPATEN_KOTA);
      }
    }
    if (value.length() == 10) {
      char kind = value.charAt(6);
      if (kind < '1' || kind > '3') {
        return Optional.of(DESA_KELURAHAN);
      }
    }
    return Optional.empty();
  }
}
