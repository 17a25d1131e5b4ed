package id.mpp.sdk.benchmarks.report;

/**
 * A measured value with the half-width of its confidence interval, as JMH reports a score
 * ({@code score} and {@code scoreError}, 99.9 % by default). An unknown error (one iteration
 * only) is {@link Double#NaN}; its bounds are then unknown too.
 *
 * @param value the value
 * @param error the half-width of the interval, never negative; NaN when unknown
 */
public record Estimate(double value, double error) {

  /**
   * Checks the error.
   *
   * @throws IllegalArgumentException if the error is negative or the value not finite
   */
  public Estimate {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite");
    }
    if (error < 0) {
      throw new IllegalArgumentException("error must not be negative");
    }
  }

  /**
   * @param value the value
   * @param error the half-width of the interval, NaN when unknown
   * @return the estimate
   */
  public static Estimate of(double value, double error) {
    return new Estimate(value, error);
  }

  /** @return the lower bound of the interval (NaN when the error is unknown) */
  public double lower() {
    return value - error;
  }

  /** @return the upper bound of the interval (NaN when the error is unknown) */
  public double upper() {
    return value + error;
  }

  /** @return whether the error is known */
  public boolean hasError() {
    return !Double.isNaN(error);
  }

  /**
   * The ratio {@code this ÷ denominator}. The relative errors of two independent measurements add
   * in quadrature: {@code δr / r = sqrt((δa / a)² + (δb / b)²)} (first-order propagation).
   *
   * @param denominator the baseline
   * @return the ratio with its propagated error
   * @throws IllegalArgumentException if the denominator is zero
   */
  public Estimate dividedBy(Estimate denominator) {
    if (denominator.value == 0) {
      throw new IllegalArgumentException("cannot divide by a zero score");
    }
    double ratio = value / denominator.value;
    double relA = value == 0 ? 0 : error / value;
    double relB = denominator.error / denominator.value;
    double error = Math.abs(ratio) * Math.sqrt(relA * relA + relB * relB);
    return new Estimate(ratio, error);
  }

  /**
   * The difference {@code this − other}; the errors of independent measurements add in
   * quadrature: {@code δd = sqrt(δa² + δb²)}.
   *
   * @param other the value to subtract
   * @return the difference with its propagated error
   */
  public Estimate minus(Estimate other) {
    return new Estimate(value - other.value, Math.hypot(error, other.error));
  }

  /**
   * @param factor a unit conversion factor, positive
   * @return this estimate with value and error multiplied by the factor
   */
  public Estimate times(double factor) {
    if (!(factor > 0)) {
      throw new IllegalArgumentException("factor must be positive");
    }
    return new Estimate(value * factor, error * factor);
  }
}
