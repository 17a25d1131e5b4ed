package id.mpp.sdk.testkit.simulator;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Seeded probabilistic faults: for each request the simulator draws a number from the seed and
 * the request's sequence number, and injects the fault whose share of the interval it falls in.
 * The same seed and the same order of requests give the same faults, so a failing run reproduces
 * from its seed.
 *
 * <pre>{@code
 * simulator.inject(FaultPlan.builder()
 *     .rate(FaultKind.CONNECTION_RESET, 0.10)
 *     .rate(FaultKind.SERVER_ERROR, 0.05)
 *     .rate(FaultKind.SLOW_RESPONSE, 0.05).slowDelay(Duration.ofMillis(300))
 *     .build());
 * }</pre>
 *
 * <p>Without {@link Builder#seed(long)} the plan uses the simulator's seed for the current test
 * (see {@link SimulatorSeed}). Immutable.
 */
public final class FaultPlan {

  private static final FaultPlan NONE = builder().build();

  private final Map<FaultKind, Double> rates;
  private final Duration slowDelay;
  private final Long seed;

  private FaultPlan(Builder builder) {
    this.rates = Collections.unmodifiableMap(new EnumMap<>(builder.rates));
    this.slowDelay = builder.slowDelay;
    this.seed = builder.seed;
  }

  /** @return a plan without faults */
  public static FaultPlan none() {
    return NONE;
  }

  /**
   * A plan that injects one fault into every request.
   *
   * @param kind the fault
   * @return the plan
   */
  public static FaultPlan always(FaultKind kind) {
    return builder().rate(kind, 1.0).build();
  }

  /** @return a new builder without faults, a 2-second slow delay and the test's seed */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the probability of each fault; kinds not listed have probability zero */
  public Map<FaultKind, Double> rates() {
    return rates;
  }

  /** @return how long {@link FaultKind#SLOW_RESPONSE} delays the answer */
  public Duration slowDelay() {
    return slowDelay;
  }

  /** @return the plan's own seed, if it has one instead of the test's */
  public OptionalLong seed() {
    return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
  }

  /** @return whether the plan never injects a fault */
  public boolean isEmpty() {
    return rates.isEmpty();
  }

  /**
   * The fault for one request: a pure function of the seed and the request's sequence number.
   *
   * @param testSeed the seed used when the plan has none
   * @param sequence the request's sequence number, from 1
   * @return the fault to inject, or empty to answer normally
   */
  Optional<FaultKind> decide(long testSeed, long sequence) {
    if (rates.isEmpty()) {
      return Optional.empty();
    }
    long s = seed == null ? testSeed : seed;
    double draw = (mix(s ^ mix(sequence)) >>> 11) * 0x1.0p-53;
    double cumulative = 0;
    for (Map.Entry<FaultKind, Double> rate : rates.entrySet()) {
      cumulative += rate.getValue();
      if (draw < cumulative) {
        return Optional.of(rate.getKey());
      }
    }
    return Optional.empty();
  }

  /** SplitMix64's finaliser: a well-spread 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "FaultPlan" + rates + (seed == null ? "" : ", seed " + seed)
        + (rates.containsKey(FaultKind.SLOW_RESPONSE) ? ", slow " + slowDelay : "");
  }

  /** Builds a {@link FaultPlan}. */
  public static final class Builder {

    private final EnumMap<FaultKind, Double> rates = new EnumMap<>(FaultKind.class);
    private Duration slowDelay = Duration.ofSeconds(2);
    private Long seed;

    private Builder() {}

    /**
     * Sets the probability of a fault.
     *
     * @param kind the fault
     * @param probability 0 to 1; 0 removes the fault
     * @return this builder
     */
    public Builder rate(FaultKind kind, double probability) {
      Objects.requireNonNull(kind, "kind");
      if (!(probability >= 0 && probability <= 1)) {
        throw new IllegalArgumentException("rate of " + kind + " must be between 0 and 1");
      }
      if (probability == 0) {
        rates.remove(kind);
      } else {
        rates.put(kind, probability);
      }
      return this;
    }

    /**
     * Sets the delay of {@link FaultKind#SLOW_RESPONSE}.
     *
     * @param delay a positive delay, at most one minute
     * @return this builder
     */
    public Builder slowDelay(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative() || delay.isZero() || delay.compareTo(Duration.ofMinutes(1)) > 0) {
        throw new IllegalArgumentException("slowDelay must be between 1 ms and 1 minute");
      }
      this.slowDelay = delay;
      return this;
    }

    /**
     * Fixes the seed instead of using the test's.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     * @throws IllegalArgumentException if the rates add up to more than 1
     */
    public FaultPlan build() {
      double sum = rates.values().stream().mapToDouble(Double::doubleValue).sum();
      if (sum > 1.0 + 1e-9) {
        throw new IllegalArgumentException("fault rates add up to " + sum + "; at most 1 allowed");
      }
      return new FaultPlan(this);
    }
  }
}
