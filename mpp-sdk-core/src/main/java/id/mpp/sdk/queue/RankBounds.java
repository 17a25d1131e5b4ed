package id.mpp.sdk.queue;

/**
 * The smallest and largest {@link Ticket#rank()} of the queued ({@code WAITING} or
 * {@code DELAYED}) tickets of a service on a day; used to put a ticket first or last.
 *
 * @param min the smallest rank
 * @param max the largest rank
 */
public record RankBounds(long min, long max) {

  /** Checks the order. */
  public RankBounds {
    if (max < min) {
      throw new IllegalArgumentException("max is below min");
    }
  }
}
