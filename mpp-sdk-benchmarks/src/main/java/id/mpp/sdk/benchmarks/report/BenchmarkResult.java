package id.mpp.sdk.benchmarks.report;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a JMH JSON result file: one benchmark method with one set of parameters.
 *
 * @param benchmark the fully qualified method, e.g. {@code id.mpp.sdk.benchmarks.json.JsonBenchmark.sdkRead}
 * @param mode the JMH mode: {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
 * @param threads the number of benchmark threads
 * @param params the {@code @Param} values
 * @param unit the unit of the primary score, e.g. {@code ns/op} or {@code ops/us}
 * @param score the primary score (the mean in sample mode)
 * @param p50 the median and its error, in sample mode only
 * @param allocBytesPerOp {@code gc.alloc.rate.norm} when run with {@code -prof gc}
 */
public record BenchmarkResult(
    String benchmark,
    String mode,
    int threads,
    Map<String, String> params,
    String unit,
    Estimate score,
    Optional<Estimate> p50,
    Optional<Estimate> allocBytesPerOp) {

  /** Checks and copies the components. */
  public BenchmarkResult {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(mode, "mode");
    params = Map.copyOf(params);
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(p50, "p50");
    Objects.requireNonNull(allocBytesPerOp, "allocBytesPerOp");
  }

  /** @return the benchmark as {@code Class.method}, without the package */
  public String shortName() {
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  /** @return whether a higher score is better (throughput modes) */
  public boolean higherIsBetter() {
    return mode.equals("thrpt");
  }

  /**
   * Whether this result was measured under the same conditions as another: every parameter both
   * have is equal, and so is the thread count.
   *
   * @param other the other result
   * @return whether the two can be compared
   */
  public boolean sameConditions(BenchmarkResult other) {
    if (threads != other.threads) {
      return false;
    }
    for (Map.Entry<String, String> e : params.entrySet()) {
      String theirs = other.params.get(e.getKey());
      if (theirs != null && !theirs.equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }
}
