package id.mpp.sdk.internal.validation;

import java.util.Optional;

/**
 * The identifiers that are a fixed number of ASCII digits and nothing more (no check digit is
 * published for any of them): NIB, the BPJS Kesehatan card number, the BPJS Ketenagakerjaan KPJ
 * and the postal code. Shared by the value types and their constraints.
 */
public final class DigitIdentifierRules {

  /** Rule: a NIB (Nomor Induk Berusaha) is exactly 13 ASCII digits. */
  public static final String NIB_FORMAT = "nib.format";
  /** Length of a NIB. */
  public static final int NIB_LENGTH = 13;

  /** Rule: a BPJS Kesehatan card number is exactly 13 ASCII digits. */
  public static final String KARTU_BPJS_FORMAT = "nomorKartuBpjs.format";
  /** Length of a BPJS Kesehatan card number. */
  public static final int KARTU_BPJS_LENGTH = 13;

  /** Rule: a KPJ is exactly {@code {length}} ASCII digits. */
  public static final String KPJ_FORMAT = "kpj.format";
  /** Rule: a KPJ is ASCII digits (any length, for the value type's own check). */
  public static final String KPJ_DIGITS = "kpj.digits";
  /**
   * Default length of a KPJ. UNCONFIRMED: one weak source says "typically 11 digits" and no code
   * validating it was found, so every check takes the length as a setting.
   */
  public static final int KPJ_DEFAULT_LENGTH = 11;

  /** Rule: a postal code (kode pos) is exactly 5 ASCII digits. */
  public static final String KODE_POS_FORMAT = "kodePos.format";
  /** Length of a postal code. */
  public static final int KODE_POS_LENGTH = 5;

  private DigitIdentifierRules() {
  }

  /**
   * Checks that a value is exactly {@code length} ASCII digits.
   *
   * @param value the candidate, not trimmed, may be null
   * @param length the required length
   * @param rule the rule to report
   * @return {@code rule} when broken, or empty
   */
  public static Optional<String> check(String value, int length, String rule) {
    return IdentifierText.isAsciiDigits(value, length) ? Optional.empty() : Optional.of(rule);
  }

  /**
   * Checks a configured KPJ length.
   *
   * @param length the length from a constraint or a caller
   * @return the length
   * @throws IllegalArgumentException if it is not between 1 and 32
   */
  public static int requireKpjLength(int length) {
    if (length < 1 || length > 32) {
      throw new IllegalArgumentException("KPJ length must be between 1 and 32, was " + length);
    }
    return length;
  }
}
