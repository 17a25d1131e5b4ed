package id.mpp.sdk.benchmarks.report;

import java.util.Locale;

/**
 * A goal of one comparison, judged on the confidence interval, never on the point value alone: a
 * goal is met when the whole interval is inside it, missed when the whole interval is outside,
 * and unclear otherwise (more iterations or a quieter machine would decide it).
 */
public sealed interface Goal {

  /**
   * Judges a comparison.
   *
   * @param ratio the ratio numerator ÷ denominator with its error
   * @param addedMicros the difference numerator − denominator in microseconds per operation, or
   *     {@code null} when the scores are not times
   * @return the verdict
   */
  Verdict judge(Estimate ratio, Estimate addedMicros);

  /** @return the goal as the table shows it, e.g. {@code ratio ≤ 1.10} */
  String describe();

  /**
   * The numerator may cost at most {@code limit} times the denominator (times, allocation).
   *
   * @param limit the largest ratio
   * @return the goal
   */
  static Goal ratioAtMost(double limit) {
    return new RatioAtMost(limit);
  }

  /**
   * The ratio must be at least {@code limit}: a throughput goal, or a negative control that must
   * be much slower than the cached path.
   *
   * @param limit the smallest ratio
   * @return the goal
   */
  static Goal ratioAtLeast(double limit) {
    return new RatioAtLeast(limit);
  }

  /**
   * The numerator may add at most {@code micros} microseconds per operation to the denominator.
   *
   * @param micros the largest added time
   * @return the goal
   */
  static Goal addedAtMostMicros(double micros) {
    return new AddedAtMost(micros);
  }

  /** @return no goal: the ratio is reported as information */
  static Goal information() {
    return new Information();
  }

  /** The outcome of a goal. */
  enum Verdict {
    /** The whole interval is inside the goal. */
    MET("met"),
    /** The whole interval is outside the goal. */
    MISSED("MISSED"),
    /** The interval straddles the goal, or the error is unknown. */
    UNCLEAR("unclear"),
    /** No goal. */
    INFORMATION("info");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    /** @return the word the table shows */
    public String label() {
      return label;
    }
  }

  /** @param limit the largest ratio */
  record RatioAtMost(double limit) implements Goal {
    @Override
    public Verdict judge(Estimate ratio, Estimate addedMicros) {
      if (ratio.hasError() && ratio.upper() <= limit) {
        return Verdict.MET;
      }
      if (ratio.hasError() ? ratio.lower() > limit : ratio.value() > limit) {
        return Verdict.MISSED;
      }
      return Verdict.UNCLEAR;
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "ratio ≤ %.2f", limit);
    }
  }

  /** @param limit the smallest ratio */
  record RatioAtLeast(double limit) implements Goal {
    @Override
    public Verdict judge(Estimate ratio, Estimate addedMicros) {
      if (ratio.hasError() && ratio.lower() >= limit) {
        return Verdict.MET;
      }
      if (ratio.hasError() ? ratio.upper() < limit : ratio.value() < limit) {
        return Verdict.MISSED;
      }
      return Verdict.UNCLEAR;
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "ratio ≥ %s", trim(limit));
    }
  }

  /** @param micros the largest added time per operation */
  record AddedAtMost(double micros) implements Goal {
    @Override
    public Verdict judge(Estimate ratio, Estimate addedMicros) {
      if (addedMicros == null) {
        return Verdict.UNCLEAR;
      }
      if (addedMicros.hasError() && addedMicros.upper() <= micros) {
        return Verdict.MET;
      }
      if (addedMicros.hasError() ? addedMicros.lower() > micros : addedMicros.value() > micros) {
        return Verdict.MISSED;
      }
      return Verdict.UNCLEAR;
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "adds ≤ %s µs", trim(micros));
    }
  }

  /** No goal. */
  record Information() implements Goal {
    @Override
    public Verdict judge(Estimate ratio, Estimate addedMicros) {
      return Verdict.INFORMATION;
    }

    @Override
    public String describe() {
      return "information";
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
