package id.mpp.sdk.survey;

import id.mpp.sdk.MppValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IKM calculation of PermenPANRB No. 14/2017, exact.
 *
 * <ol>
 *   <li>NRR per element = the sum of its scores / the number of respondents who answered it;
 *   <li>weight (penimbang) per element = 1/9;
 *   <li>index = the sum of NRR times 1/9 (the mean of the nine NRRs), on the 1 to 4 scale;
 *   <li>IKM = index times 25, on the 25 to 100 scale;
 *   <li>grade from the interval table, on the IKM rounded to two decimals ({@link IkmGrade}).
 * </ol>
 *
 * <p>Everything is computed as exact fractions ({@link BigInteger}) and divided once, at the end,
 * rounding HALF_UP to two decimals. Printed write-ups that round each weighted NRR first (weight
 * 0.11 or 0.1111, NRR to two decimals) drift by up to a few tenths and can change the grade; this
 * class never does.
 *
 * <p>When no respondent answered some element, the regulation's 1/9 cannot be applied to it; the
 * element then carries no weight and the others share the weight equally (1/8, …). The result
 * says so ({@link IkmResult#weightedElements()}, {@link IkmResult#unansweredElements()}).
 */
public final class Ikm {

  private static final BigInteger TWENTY_FIVE = BigInteger.valueOf(25);

  private Ikm() {
  }

  /**
   * Computes the IKM of a set of responses.
   *
   * @param responses the responses; each counts for the elements it answered
   * @return the IKM, or empty when no response answered any element
   * @throws MppValidationException if a score is outside 1 to 4 or an element is unknown
   */
  public static Optional<IkmResult> compute(Collection<SkmResponse> responses) {
    EnumMap<SkmElement, long[]> sums = new EnumMap<>(SkmElement.class);
    for (SkmElement element : SkmElement.nine()) {
      sums.put(element, new long[2]);
    }
    int respondents = 0;
    for (SkmResponse response : responses) {
      boolean counted = false;
      for (Map.Entry<SkmElement, Integer> answer : response.scores().entrySet()) {
        SkmElement element = answer.getKey();
        int score = answer.getValue();
        if (element == SkmElement.UNKNOWN) {
          throw MppValidationException.of("scores", "skm.element.unknown",
              "an SKM score names an element this SDK version does not know");
        }
        if (!SkmScale.isValid(score)) {
          throw MppValidationException.of("scores." + element.name(), "skm.score.range",
              "an SKM answer must be 1, 2, 3 or 4");
        }
        long[] sum = sums.get(element);
        sum[0] += score;
        sum[1] += 1;
        counted = true;
      }
      if (counted) {
        respondents++;
      }
    }
    if (respondents == 0) {
      return Optional.empty();
    }
    return Optional.of(result(respondents, sums));
  }

  private static IkmResult result(int respondents, EnumMap<SkmElement, long[]> sums) {
    // the exact sum of NRRs as one fraction: numerator / lcm, lcm = lcm of the answer counts
    BigInteger lcm = BigInteger.ONE;
    int weighted = 0;
    for (long[] sum : sums.values()) {
      if (sum[1] > 0) {
        BigInteger n = BigInteger.valueOf(sum[1]);
        lcm = lcm.divide(lcm.gcd(n)).multiply(n);
        weighted++;
      }
    }
    BigInteger numerator = BigInteger.ZERO;
    for (long[] sum : sums.values()) {
      if (sum[1] > 0) {
        numerator = numerator.add(
            BigInteger.valueOf(sum[0]).multiply(lcm.divide(BigInteger.valueOf(sum[1]))));
      }
    }
    // index = numerator / (lcm * k); IKM = 25 * numerator / (lcm * k)
    BigDecimal denominator = new BigDecimal(lcm.multiply(BigInteger.valueOf(weighted)));
    BigDecimal index = new BigDecimal(numerator).divide(denominator, 4, RoundingMode.HALF_UP);
    BigDecimal value = new BigDecimal(numerator.multiply(TWENTY_FIVE))
        .divide(denominator, 2, RoundingMode.HALF_UP);

    List<ElementScore> lines = new ArrayList<>(9);
    List<SkmElement> lowest = new ArrayList<>();
    long[] lowestSum = null;
    BigDecimal k = BigDecimal.valueOf(weighted);
    for (Map.Entry<SkmElement, long[]> entry : sums.entrySet()) {
      long[] sum = entry.getValue();
      if (sum[1] == 0) {
        lines.add(new ElementScore(entry.getKey(), 0, 0, null, null));
        continue;
      }
      BigDecimal total = BigDecimal.valueOf(sum[0]);
      BigDecimal answered = BigDecimal.valueOf(sum[1]);
      lines.add(new ElementScore(entry.getKey(), (int) sum[1], sum[0],
          total.divide(answered, 4, RoundingMode.HALF_UP),
          total.divide(answered.multiply(k), 4, RoundingMode.HALF_UP)));
      int order = lowestSum == null ? -1 : compareMeans(sum, lowestSum);
      if (order < 0) {
        lowest.clear();
        lowest.add(entry.getKey());
        lowestSum = sum;
      } else if (order == 0) {
        lowest.add(entry.getKey());
      }
    }
    return new IkmResult(respondents, lines, weighted, index, value, IkmGrade.of(value), lowest);
  }

  /** Compares total/answered of two elements exactly, by cross-multiplying. */
  private static int compareMeans(long[] a, long[] b) {
    return BigInteger.valueOf(a[0]).multiply(BigInteger.valueOf(b[1]))
        .compareTo(BigInteger.valueOf(b[0]).multiply(BigInteger.valueOf(a[1])));
  }
}
