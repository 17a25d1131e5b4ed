package id.mpp.sdk.survey;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One element's line of an IKM calculation: how many respondents answered it, the sum of their
 * scores, the NRR (nilai rata-rata) and the weighted NRR (NRR tertimbang).
 *
 * <p>{@link #nrr()} and {@link #weightedNrr()} are shown rounded HALF_UP to four decimals, as
 * printed SKM reports show them; the IKM itself is computed from the exact fractions
 * {@code total / answered}, never from these rounded figures.
 *
 * @param element the element
 * @param answered the number of respondents who answered it, 0 or more
 * @param total the sum of their scores
 * @param nrr {@code total / answered} to four decimals; {@code null} when nobody answered
 * @param weightedNrr {@code nrr} times the weight (1/9 when all nine elements were answered), to
 *     four decimals; {@code null} when nobody answered
 */
public record ElementScore(SkmElement element, int answered, long total, BigDecimal nrr,
    BigDecimal weightedNrr) {

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative or an average is missing
   */
  public ElementScore {
    Objects.requireNonNull(element, "element");
    if (answered < 0 || total < 0) {
      throw new IllegalArgumentException("answered and total must not be negative");
    }
    if (answered > 0 && (nrr == null || weightedNrr == null)) {
      throw new IllegalArgumentException("an answered element has an NRR");
    }
  }
}
