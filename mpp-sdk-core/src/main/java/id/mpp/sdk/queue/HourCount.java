package id.mpp.sdk.queue;

/**
 * How many visitors entered a service's queue in one hour of the day (site zone).
 *
 * @param hour 0–23, for example 8 for 08:00–08:59
 * @param count how many
 */
public record HourCount(int hour, int count) {

  /** Checks the hour. */
  public HourCount {
    if (hour < 0 || hour > 23 || count < 0) {
      throw new IllegalArgumentException("hour must be 0-23 and count not negative");
    }
  }
}
