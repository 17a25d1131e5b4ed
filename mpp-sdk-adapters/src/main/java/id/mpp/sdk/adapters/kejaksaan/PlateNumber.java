package id.mpp.sdk.adapters.kejaksaan;

import id.mpp.sdk.MppValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Nomor polisi (TNKB): a vehicle's registration plate, for example {@code B 1234 XYZ}: a region
 * code of one or two letters, 1-4 digits and up to three letters. Kept upper case without spaces.
 * It leads to the vehicle's owner, so it is treated as personal data: {@link #toString()} shows
 * only the region code.
 *
 * @param value the plate, upper case without spaces, for example {@code B1234XYZ}
 */
public record PlateNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z]{1,2}[0-9]{1,4}[A-Z]{0,3}");

  /**
   * Checks the form.
   *
   * @throws MppValidationException naming the rule, never the value
   */
  public PlateNumber {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw MppValidationException.of("plate", "plate.format",
          "a plate number is 1-2 letters, 1-4 digits and up to 3 letters");
    }
  }

  /**
   * Parses a plate as people write it: spaces are dropped, letters upper-cased.
   *
   * @param text for example {@code "b 1234 xyz"}
   * @return the plate
   * @throws MppValidationException if it is not a plate number
   */
  public static PlateNumber parse(String text) {
    Objects.requireNonNull(text, "text");
    return new PlateNumber(text.replace(" ", "").toUpperCase(Locale.ROOT));
  }

  /** @return the region code with the rest masked, for example {@code PlateNumber[B ****]} */
  @Override
  public String toString() {
    int letters = value.length() - value.replaceFirst("^[A-Z]+", "").length();
    return "PlateNumber[" + value.substring(0, letters) + " ****]";
  }
}
