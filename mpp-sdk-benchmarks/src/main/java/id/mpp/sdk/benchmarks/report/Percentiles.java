package id.mpp.sdk.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Percentiles of a histogram given as {@code (value, count)} bins. */
final class Percentiles {

  private Percentiles() {
  }

  /**
   * The median: the smallest value whose cumulative count reaches half of the total.
   *
   * @param bins {@code {value, count}} pairs, in any order
   * @return the median value
   */
  static double median(List<double[]> bins) {
    return percentile(bins, 50.0);
  }

  /**
   * The smallest value whose cumulative count reaches {@code p} percent of the total.
   *
   * @param bins {@code {value, count}} pairs, in any order
   * @param p the percentile, 0 (exclusive) to 100
   * @return the value
   */
  static double percentile(List<double[]> bins, double p) {
    if (bins.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("p must be in (0, 100]");
    }
    List<double[]> sorted = new ArrayList<>(bins);
    sorted.sort(Comparator.comparingDouble(b -> b[0]));
    double total = 0;
    for (double[] bin : sorted) {
      total += bin[1];
    }
    double target = Math.ceil(total * p / 100.0);
    double seen = 0;
    for (double[] bin : sorted) {
      seen += bin[1];
      if (seen >= target) {
        return bin[0];
      }
    }
    return sorted.get(sorted.size() - 1)[0];
  }
}
