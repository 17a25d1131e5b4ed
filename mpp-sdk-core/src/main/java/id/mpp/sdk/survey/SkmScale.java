package id.mpp.sdk.survey;

import id.mpp.sdk.MppValidationException;
import java.util.Locale;

/**
 * The answer scale of every SKM element (PermenPANRB No. 14/2017): 1 to 4, with no middle
 * value. An answer is written on the wire as its number ({@link #value()}).
 */
public enum SkmScale {

  /** 1: tidak baik / tidak sesuai. */
  TIDAK_BAIK(1, "Tidak baik", "Not good"),
  /** 2: kurang baik. */
  KURANG_BAIK(2, "Kurang baik", "Less than good"),
  /** 3: baik. */
  BAIK(3, "Baik", "Good"),
  /** 4: sangat baik. */
  SANGAT_BAIK(4, "Sangat baik", "Very good");

  /** The lowest answer, 1. */
  public static final int MIN = 1;

  /** The highest answer, 4. */
  public static final int MAX = 4;

  private final int value;
  private final String indonesian;
  private final String english;

  SkmScale(int value, String indonesian, String english) {
    this.value = value;
    this.indonesian = indonesian;
    this.english = english;
  }

  /**
   * The answer for a number.
   *
   * @param value 1 to 4
   * @return the answer
   * @throws MppValidationException if the number is outside 1 to 4
   */
  public static SkmScale of(int value) {
    if (value < MIN || value > MAX) {
      throw MppValidationException.of("score", "skm.score.range",
          "an SKM answer must be 1, 2, 3 or 4");
    }
    return values()[value - 1];
  }

  /**
   * Whether a number is an answer of the scale.
   *
   * @param value the number
   * @return whether it is 1, 2, 3 or 4
   */
  public static boolean isValid(int value) {
    return value >= MIN && value <= MAX;
  }

  /**
   * The answer's number.
   *
   * @return 1 to 4
   */
  public int value() {
    return value;
  }

  /**
   * The answer's label in a locale.
   *
   * @param locale {@code id} for Bahasa Indonesia, anything else for English
   * @return for example {@code Sangat baik}
   */
  public String label(Locale locale) {
    return SkmElement.isIndonesian(locale) ? indonesian : english;
  }
}
