package id.mpp.sdk.survey;

/**
 * Whether a period's SKM responses reach the Krejcie and Morgan sample for its population
 * ({@link SampleSize#required(long)}).
 *
 * @param population the number of service users in the period
 * @param required the minimum number of respondents
 * @param responses the number of responses collected
 * @param reached whether {@code responses >= required}
 * @param shortfall how many more responses are needed, 0 when reached
 */
public record SampleAdequacy(long population, int required, int responses, boolean reached,
    int shortfall) {

  /**
   * Checks that the parts agree.
   *
   * @throws IllegalArgumentException if they do not
   */
  public SampleAdequacy {
    if (population < 0 || required < 0 || responses < 0
        || reached != (responses >= required)
        || shortfall != Math.max(0, required - responses)) {
      throw new IllegalArgumentException("inconsistent sample adequacy");
    }
  }

  /**
   * Compares the responses collected with the sample a population requires.
   *
   * @param population the number of service users in the period, 0 or more
   * @param responses the number of responses collected, 0 or more
   * @return the comparison
   * @throws IllegalArgumentException if the population or the responses are negative
   */
  public static SampleAdequacy of(long population, int responses) {
    if (responses < 0) {
      throw new IllegalArgumentException("responses must not be negative");
    }
    int required = SampleSize.required(population);
    return new SampleAdequacy(population, required, responses, responses >= required,
        Math.max(0, required - responses));
  }
}
