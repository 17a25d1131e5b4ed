package id.mpp.sdk.survey;

import id.mpp.sdk.MppValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * The minimum number of SKM respondents for a population of service users, by the Krejcie and
 * Morgan (1970) table that PermenPANRB No. 14/2017 prescribes.
 *
 * <ul>
 *   <li>A population listed in the table gets the table's sample ({@code 100 -> 80},
 *       {@code 1000 -> 278}, {@code 100000 -> 384}).
 *   <li>A population between two rows gets the next row up ({@code 101 -> 86}, the row for 110),
 *       but never more than the population itself (a population under 10 is surveyed whole).
 *   <li>A population beyond the table's last row (100 000) gets the Krejcie and Morgan formula
 *       {@code s = X2 N P (1 - P) / (d2 (N - 1) + X2 P (1 - P))} with X2 = 3.841, P = 0.5,
 *       d = 0.05, rounded HALF_UP; but never less than the last row, so that the sample never
 *       shrinks as the population grows (the formula gives 383 just above 100 000, where the
 *       printed table already says 384, and tends to 384.1).
 * </ul>
 *
 * <p>The rows are those of the table published by Krejcie and Morgan; every row but 100 000
 * equals the formula rounded. UNCONFIRMED: whether the appendix of the regulation prints exactly
 * these rows.
 */
public final class SampleSize {

  /**
   * One row of the Krejcie and Morgan table.
   *
   * @param population N, the number of service users
   * @param sample s, the minimum number of respondents
   */
  public record Row(long population, int sample) {
  }

  private static final long[][] TABLE = {
      {10, 10}, {15, 14}, {20, 19}, {25, 24}, {30, 28}, {35, 32}, {40, 36}, {45, 40}, {50, 44},
      {55, 48}, {60, 52}, {65, 56}, {70, 59}, {75, 63}, {80, 66}, {85, 70}, {90, 73}, {95, 76},
      {100, 80}, {110, 86}, {120, 92}, {130, 97}, {140, 103}, {150, 108}, {160, 113},
      {170, 118}, {180, 123}, {190, 127}, {200, 132}, {210, 136}, {220, 140}, {230, 144},
      {240, 148}, {250, 152}, {260, 155}, {270, 159}, {280, 162}, {290, 165}, {300, 169},
      {320, 175}, {340, 181}, {360, 186}, {380, 191}, {400, 196}, {420, 201}, {440, 205},
      {460, 210}, {480, 214}, {500, 217}, {550, 226}, {600, 234}, {650, 242}, {700, 248},
      {750, 254}, {800, 260}, {850, 265}, {900, 269}, {950, 274}, {1000, 278}, {1100, 285},
      {1200, 291}, {1300, 297}, {1400, 302}, {1500, 306}, {1600, 310}, {1700, 313},
      {1800, 317}, {1900, 320}, {2000, 322}, {2200, 327}, {2400, 331}, {2600, 335},
      {2800, 338}, {3000, 341}, {3500, 346}, {4000, 351}, {4500, 354}, {5000, 357},
      {6000, 361}, {7000, 364}, {8000, 367}, {9000, 368}, {10000, 370}, {15000, 375},
      {20000, 377}, {30000, 379}, {40000, 380}, {50000, 381}, {75000, 382}, {100000, 384},
  };

  private static final List<Row> ROWS = java.util.Arrays.stream(TABLE)
      .map(r -> new Row(r[0], (int) r[1])).toList();

  // X2 P (1 - P) = 3.841 * 0.25 = 0.96025 and d2 = 0.0025, both scaled by 100 000
  private static final BigInteger CHI_SQUARE_PQ = BigInteger.valueOf(96_025);
  private static final BigInteger D_SQUARED = BigInteger.valueOf(250);

  private SampleSize() {
  }

  /**
   * The printed table.
   *
   * @return its rows, by population ascending
   */
  public static List<Row> table() {
    return ROWS;
  }

  /**
   * The minimum number of respondents for a population, by the table (next row up between
   * rows) and by the formula beyond it.
   *
   * @param population the number of service users in the period, 0 or more
   * @return the minimum number of respondents, never more than {@code population}
   * @throws MppValidationException if the population is negative
   */
  public static int required(long population) {
    checkPopulation(population);
    for (Row row : ROWS) {
      if (row.population() >= population) {
        return (int) Math.min(row.sample(), population);
      }
    }
    return Math.max(formula(population), ROWS.get(ROWS.size() - 1).sample());
  }

  /**
   * The Krejcie and Morgan formula alone, rounded HALF_UP to a whole respondent, for comparison
   * with the table (it gives 383 for 100 000 where the table gives 384).
   *
   * @param population N, 0 or more
   * @return {@code X2 N P (1 - P) / (d2 (N - 1) + X2 P (1 - P))} rounded
   * @throws MppValidationException if the population is negative
   */
  public static int formula(long population) {
    checkPopulation(population);
    if (population == 0) {
      return 0;
    }
    BigInteger n = BigInteger.valueOf(population);
    BigInteger numerator = CHI_SQUARE_PQ.multiply(n);
    BigInteger denominator = D_SQUARED.multiply(n.subtract(BigInteger.ONE)).add(CHI_SQUARE_PQ);
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_UP)
        .intValueExact();
  }

  private static void checkPopulation(long population) {
    if (population < 0) {
      throw MppValidationException.of("population", "skm.population.negative",
          "the population must not be negative");
    }
  }
}
