package id.mpp.sdk.internal.validation;

import java.util.Optional;

/**
 * The rules of an NPWP (Nomor Pokok Wajib Pajak, tax number), shared by {@code Npwp.parse} and
 * the {@code @ValidNpwp} constraint. Evidence: arthurdejong/python-stdnum
 * {@code stdnum/id/npwp.py}, which cites the OECD TIN sheet for Indonesia.
 *
 * <ul>
 *   <li>Old format, 15 digits, printed {@code XX.XXX.XXX.X-XXX.XXX}: taxpayer type (2), serial
 *       (6), check digit (1), tax office KPP (3), branch (3). The first 9 digits pass Luhn.
 *   <li>New format, 16 digits (since 2024): {@code 0} + the old 15 digits, whose first 10 digits
 *       pass Luhn; or, not starting with {@code 0}, the holder's NIK, validated as a NIK.
 * </ul>
 */
public final class NpwpRules {

  /** Rule: 15 or 16 ASCII digits, or the dotted 15-digit form. */
  public static final String FORMAT = "npwp.format";
  /** Rule: the Luhn check digit matches. */
  public static final String CHECK_DIGIT = "npwp.checkDigit";
  /** Rule: a 16-digit NPWP not starting with 0 is a valid NIK. */
  public static final String NIK = "npwp.nik";

  /** The printed form of the 15-digit NPWP, {@code XX.XXX.XXX.X-XXX.XXX}: 20 characters. */
  private static final String DOTTED_SHAPE = "99.999.999.9-999.999";

  private NpwpRules() {
  }

  /**
   * Reduces an accepted written form to its digits: 15 or 16 digits stay as they are, the dotted
   * form {@code XX.XXX.XXX.X-XXX.XXX} loses its separators. Anything else is refused; spaces are
   * not trimmed.
   *
   * @param text the candidate, may be null
   * @return the digits, or empty when the text is in no accepted form
   */
  public static Optional<String> normalise(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (IdentifierText.isAsciiDigits(text, 15) || IdentifierText.isAsciiDigits(text, 16)) {
      return Optional.of(text);
    }
    if (text.length() != DOTTED_SHAPE.length()) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder(15);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char shape = DOTTED_SHAPE.charAt(i);
      if (shape == '9') {
        if (c < '0' || c > '9') {
          return Optional.empty();
        }
        digits.append(c);
      } else if (c != shape) {
        return Optional.empty();
      }
    }
    return Optional.of(digits.toString());
  }

  /**
   * Checks a candidate NPWP in any accepted written form.
   *
   * @param text the candidate, not trimmed, may be null
   * @return the first rule broken, or empty when the value is a valid NPWP
   */
  public static Optional<String> check(String text) {
    Optional<String> digits = normalise(text);
    if (digits.isEmpty()) {
      return Optional.of(FORMAT);
    }
    String value = digits.get();
    if (value.length() == 15) {
      return IdentifierText.passesLuhn(value.substring(0, 9))
          ? Optional.empty() : Optional.of(CHECK_DIGIT);
    }
    if (value.charAt(0) != '0') {
      return NikRules.check(value).isEmpty() ? Optional.empty() : Optional.of(NIK);
    }
    return IdentifierText.passesLuhn(value.substring(0, 10))
        ? Optional.empty() : Optional.of(CHECK_DIGIT);
  }
}
