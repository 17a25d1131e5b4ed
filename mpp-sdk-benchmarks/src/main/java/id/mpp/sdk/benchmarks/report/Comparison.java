package id.mpp.sdk.benchmarks.report;

import java.util.Objects;

/**
 * One line of the goal table: a benchmark method (usually the SDK path) against another measured
 * in the same run (usually the bare baseline), compared on one metric.
 *
 * @param id the design id of reliability.md §8, e.g. {@code B1}
 * @param what what is compared, e.g. {@code JSON read}
 * @param numerator {@code Class.method} of the SDK path (or of a negative control)
 * @param denominator {@code Class.method} of the baseline
 * @param baselineName what the baseline is, e.g. {@code bare shared ObjectMapper}
 * @param metric the score compared
 * @param goal the goal of the ratio
 */
public record Comparison(
    String id,
    String what,
    String numerator,
    String denominator,
    String baselineName,
    Metric metric,
    Goal goal) {

  /** Checks the components. */
  public Comparison {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(what, "what");
    requireShortName(numerator, "numerator");
    requireShortName(denominator, "denominator");
    Objects.requireNonNull(baselineName, "baselineName");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(goal, "goal");
  }

  private static void requireShortName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.indexOf('.') <= 0 || name.indexOf('.') != name.lastIndexOf('.')) {
      throw new IllegalArgumentException(what + " must be Class.method");
    }
  }

  /** The score a comparison uses. */
  public enum Metric {
    /** The primary score: mean time per operation, or throughput. */
    SCORE("score"),
    /** The median of {@code Mode.SampleTime}. */
    P50("p50"),
    /** Bytes allocated per operation ({@code -prof gc}). */
    ALLOC("alloc");

    private final String label;

    Metric(String label) {
      this.label = label;
    }

    /** @return the word the table shows */
    public String label() {
      return label;
    }
  }
}
