package id.mpp.sdk.survey;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * Mutu pelayanan: the grade of a converted IKM value (25.00 to 100.00) from the interval table of
 * PermenPANRB No. 14/2017.
 *
 * <table>
 *   <caption>Interval table</caption>
 *   <tr><th>Nilai persepsi</th><th>Nilai interval konversi</th><th>Mutu</th>
 *       <th>Kinerja unit pelayanan</th></tr>
 *   <tr><td>1</td><td>25.00 to 64.99</td><td>D</td><td>Tidak baik</td></tr>
 *   <tr><td>2</td><td>65.00 to 76.60</td><td>C</td><td>Kurang baik</td></tr>
 *   <tr><td>3</td><td>76.61 to 88.30</td><td>B</td><td>Baik</td></tr>
 *   <tr><td>4</td><td>88.31 to 100.00</td><td>A</td><td>Sangat baik</td></tr>
 * </table>
 *
 * <p>A grade is read from the converted value rounded to two decimals ({@link #of(BigDecimal)}),
 * never from the 1 to 4 index, whose printed limits leave gaps (3.0641 to 3.0643).
 */
public enum IkmGrade {

  /** A: sangat baik, 88.31 to 100.00. */
  A(4, "88.31", "100.00", "Sangat Baik", "Very good"),
  /** B: baik, 76.61 to 88.30. */
  B(3, "76.61", "88.30", "Baik", "Good"),
  /** C: kurang baik, 65.00 to 76.60. */
  C(2, "65.00", "76.60", "Kurang Baik", "Less than good"),
  /** D: tidak baik, 25.00 to 64.99. */
  D(1, "25.00", "64.99", "Tidak Baik", "Not good"),
  /** A grade this SDK version does not know (read from a newer peer). */
  @JsonEnumDefaultValue
  UNKNOWN(0, "0.00", "0.00", "Tidak diketahui", "Unknown");

  private final int perception;
  private final BigDecimal lowest;
  private final BigDecimal highest;
  private final String indonesian;
  private final String english;

  IkmGrade(int perception, String lowest, String highest, String indonesian, String english) {
    this.perception = perception;
    this.lowest = new BigDecimal(lowest);
    this.highest = new BigDecimal(highest);
    this.indonesian = indonesian;
    this.english = english;
  }

  /**
   * The grade of a converted IKM value.
   *
   * @param ikm the converted value, 25.00 to 100.00; rounded HALF_UP to two decimals first if it
   *     has more
   * @return the grade
   * @throws IllegalArgumentException if the value is outside 25.00 to 100.00
   */
  public static IkmGrade of(BigDecimal ikm) {
    Objects.requireNonNull(ikm, "ikm");
    BigDecimal rounded = ikm.setScale(2, RoundingMode.HALF_UP);
    if (rounded.compareTo(D.lowest) < 0 || rounded.compareTo(A.highest) > 0) {
      throw new IllegalArgumentException("an IKM value lies between 25.00 and 100.00");
    }
    if (rounded.compareTo(C.lowest) < 0) {
      return D;
    }
    if (rounded.compareTo(B.lowest) < 0) {
      return C;
    }
    if (rounded.compareTo(A.lowest) < 0) {
      return B;
    }
    return A;
  }

  /**
   * The nilai persepsi of the grade: 4 for A down to 1 for D (0 for {@link #UNKNOWN}).
   *
   * @return 1 to 4
   */
  public int perception() {
    return perception;
  }

  /**
   * The lowest converted value of the grade.
   *
   * @return for example {@code 76.61} for B
   */
  public BigDecimal lowest() {
    return lowest;
  }

  /**
   * The highest converted value of the grade.
   *
   * @return for example {@code 88.30} for B
   */
  public BigDecimal highest() {
    return highest;
  }

  /**
   * The kinerja unit pelayanan in a locale.
   *
   * @param locale {@code id} for Bahasa Indonesia ({@code Sangat Baik}), anything else for
   *     English ({@code Very good})
   * @return the label
   */
  public String label(Locale locale) {
    return SkmElement.isIndonesian(locale) ? indonesian : english;
  }
}
