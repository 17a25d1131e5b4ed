package id.mpp.sdk.internal.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Nearest-rank percentiles of durations. */
public final class Percentiles {

  private Percentiles() {
  }

  /**
   * The nearest-rank percentile: the smallest value with at least {@code p}% of the values at or
   * below it.
   *
   * @param values the values
   * @param p the percentile, 1–100
   * @return the value, or {@code null} when there are none
   */
  public static Duration of(Collection<Duration> values, int p) {
    if (values.isEmpty()) {
      return null;
    }
    List<Duration> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
