package id.mpp.sdk.internal.validation;

/**
 * Character-level helpers shared by the identifier rules: the ASCII-digit checks that keep out
 * full-width and Arabic-Indic digits, spaces and control characters, the Luhn check and masking.
 */
public final class IdentifierText {

  private IdentifierText() {
  }

  /**
   * Whether the text is exactly {@code length} ASCII digits (no spaces, no full-width or
   * Arabic-Indic digits, no control characters).
   *
   * @param value the text, may be null
   * @param length the required length
   * @return whether it matches
   */
  public static boolean isAsciiDigits(String value, int length) {
    return value != null && value.length() == length && isAsciiDigits(value);
  }

  /**
   * Whether the text is one or more ASCII digits and nothing else.
   *
   * @param value the text, may be null
   * @return whether it matches
   */
  public static boolean isAsciiDigits(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The Luhn (mod 10) check: doubling every second digit from the right, the digit sum is a
   * multiple of 10.
   *
   * @param digits ASCII digits, the check digit last
   * @return whether the digits pass
   */
  public static boolean passesLuhn(CharSequence digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /**
   * Replaces the middle of a value with asterisks, keeping its length.
   *
   * @param value the value
   * @param keepStart how many leading characters stay visible
   * @param keepEnd how many trailing characters stay visible
   * @return for example {@code 3201**********01}
   */
  public static String mask(String value, int keepStart, int keepEnd) {
    if (value.length() <= keepStart + keepEnd) {
      return "*".repeat(value.length());
    }
    return value.substring(0, keepStart)
        + "*".repeat(value.length() - keepStart - keepEnd)
        + value.substring(value.length() - keepEnd);
  }
}
