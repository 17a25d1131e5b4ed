package id.mpp.sdk.adapter;

/**
 * The result for one element of an {@link IdentityCheck}.
 *
 * @param matched whether the score reached the threshold
 * @param scorePercent the similarity, 0-100
 */
public record ElementMatch(boolean matched, int scorePercent) {

  /** Checks the score. */
  public ElementMatch {
    if (scorePercent < 0 || scorePercent > 100) {
      throw new IllegalArgumentException("scorePercent must be 0-100");
    }
  }
}
