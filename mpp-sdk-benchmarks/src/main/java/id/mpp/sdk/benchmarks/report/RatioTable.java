package id.mpp.sdk.benchmarks.report;

import id.mpp.sdk.benchmarks.report.Goal.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Pairs the results of a JMH run by {@link Comparison} and judges each goal; renders the table as
 * Markdown.
 */
public final class RatioTable {

  private final List<Row> rows;
  private final List<Comparison> notMeasured;

  private RatioTable(List<Row> rows, List<Comparison> notMeasured) {
    this.rows = List.copyOf(rows);
    this.notMeasured = List.copyOf(notMeasured);
  }

  /**
   * Builds the table. Each numerator result is paired with the denominator result measured under
   * the same conditions (parameters both have, threads).
   *
   * @param comparisons the comparisons to make
   * @param results the results of one or more runs
   * @return the table
   */
  public static RatioTable of(List<Comparison> comparisons, List<BenchmarkResult> results) {
    List<Row> rows = new ArrayList<>();
    List<Comparison> missing = new ArrayList<>();
    for (Comparison c : comparisons) {
      int before = rows.size();
      for (BenchmarkResult num : results) {
        if (!num.shortName().equals(c.numerator())) {
          continue;
        }
        for (BenchmarkResult den : results) {
          if (den.shortName().equals(c.denominator()) && num.sameConditions(den)) {
            row(c, num, den).ifPresent(rows::add);
          }
        }
      }
      if (rows.size() == before) {
        missing.add(c);
      }
    }
    return new RatioTable(rows, missing);
  }

  private static Optional<Row> row(Comparison c, BenchmarkResult num, BenchmarkResult den) {
    Optional<Estimate> a = metric(num, c.metric());
    Optional<Estimate> b = metric(den, c.metric());
    if (a.isEmpty() || b.isEmpty() || b.get().value() == 0) {
      return Optional.empty();
    }
    String unit = c.metric() == Comparison.Metric.ALLOC ? "B/op" : num.unit();
    String denUnit = c.metric() == Comparison.Metric.ALLOC ? "B/op" : den.unit();
    if (!unit.equals(denUnit)) {
      throw new IllegalArgumentException(c.numerator() + " is in " + unit + " but "
          + c.denominator() + " is in " + denUnit + "; give both the same @OutputTimeUnit");
    }
    Estimate ratio = a.get().dividedBy(b.get());
    Estimate added = null;
    Double toMicros = c.metric() == Comparison.Metric.ALLOC ? null : microsPerOp(unit);
    if (toMicros != null) {
      added = a.get().minus(b.get()).times(toMicros);
    }
    Verdict verdict = c.goal().judge(ratio, added);
    return Optional.of(new Row(c, caseOf(num), a.get(), b.get(), unit, ratio, added, verdict));
  }

  private static Optional<Estimate> metric(BenchmarkResult r, Comparison.Metric metric) {
    return switch (metric) {
      case SCORE -> Optional.of(r.score());
      case P50 -> r.p50();
      case ALLOC -> r.allocBytesPerOp();
    };
  }

  /**
   * @param unit a JMH time unit per operation, e.g. {@code ns/op}
   * @return the factor to microseconds, or {@code null} for a throughput unit
   */
  static Double microsPerOp(String unit) {
    return switch (unit) {
      case "ns/op" -> 1e-3;
      case "us/op" -> 1.0;
      case "ms/op" -> 1e3;
      case "s/op" -> 1e6;
      default -> null;
    };
  }

  private static String caseOf(BenchmarkResult r) {
    String params = new TreeMap<>(r.params()).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
    String threads = r.threads() == 1 ? "" : r.threads() + " threads";
    if (params.isEmpty()) {
      return threads;
    }
    return threads.isEmpty() ? params : params + ", " + threads;
  }

  /** @return the rows, in the order of the comparisons */
  public List<Row> rows() {
    return rows;
  }

  /** @return comparisons with no pair of results in the files */
  public List<Comparison> notMeasured() {
    return notMeasured;
  }

  /** @return how many rows have each verdict */
  public Map<Verdict, Integer> tally() {
    Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      tally.put(v, 0);
    }
    for (Row r : rows) {
      tally.merge(r.verdict(), 1, Integer::sum);
    }
    return tally;
  }

  /** @return the table as Markdown, with a summary line and the comparisons not measured */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("| id | comparison | case | metric | SDK path | baseline | baseline score "
        + "| ratio ± error | interval | added µs/op | goal | verdict |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      Comparison c = r.comparison();
      sb.append("| ").append(c.id())
          .append(" | ").append(c.what())
          .append(" | ").append(r.caseLabel().isEmpty() ? "-" : r.caseLabel())
          .append(" | ").append(c.metric().label())
          .append(" | ").append(score(r.numerator(), r.unit()))
          .append(" | ").append(c.baselineName())
          .append(" | ").append(score(r.denominator(), r.unit()))
          .append(" | ").append(plusMinus(r.ratio()))
          .append(" | ").append(interval(r.ratio()))
          .append(" | ").append(r.addedMicros() == null ? "-" : plusMinus(r.addedMicros()))
          .append(" | ").append(c.goal().describe())
          .append(" | ").append(r.verdict().label())
          .append(" |\n");
    }
    Map<Verdict, Integer> t = tally();
    sb.append('\n').append(String.format(Locale.ROOT,
        "%d met, %d missed, %d unclear, %d information.%n", t.get(Verdict.MET),
        t.get(Verdict.MISSED), t.get(Verdict.UNCLEAR), t.get(Verdict.INFORMATION)));
    if (!notMeasured.isEmpty()) {
      sb.append("\nNot measured in these results: ");
      sb.append(notMeasured.stream().map(c -> c.id() + " " + c.what())
          .distinct().collect(Collectors.joining("; ")));
      sb.append(".\n");
    }
    return sb.toString();
  }

  static String plusMinus(Estimate e) {
    return e.hasError() ? number(e.value()) + " ± " + number(e.error())
        : number(e.value()) + " ± ?";
  }

  private static String interval(Estimate e) {
    return e.hasError() ? "[" + number(e.lower()) + ", " + number(e.upper()) + "]" : "?";
  }

  private static String score(Estimate e, String unit) {
    return plusMinus(e) + " " + unit;
  }

  /**
   * Formats a number with three significant digits (more for large values), without exponent.
   *
   * @param d the number
   * @return the text
   */
  static String number(double d) {
    double abs = Math.abs(d);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%.0f", d);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", d);
    }
    if (abs >= 1 || abs == 0) {
      return String.format(Locale.ROOT, "%.2f", d);
    }
    if (abs >= 0.01) {
      return String.format(Locale.ROOT, "%.3f", d);
    }
    return String.format(Locale.ROOT, "%.2g", d);
  }

  /**
   * One judged pair of results.
   *
   * @param comparison the comparison
   * @param caseLabel the parameters and threads, empty for none
   * @param numerator the SDK (or control) score
   * @param denominator the baseline score
   * @param unit the unit of both scores
   * @param ratio numerator ÷ denominator
   * @param addedMicros numerator − denominator in µs/op, {@code null} when not times
   * @param verdict the verdict of the goal
   */
  public record Row(
      Comparison comparison,
      String caseLabel,
      Estimate numerator,
      Estimate denominator,
      String unit,
      Estimate ratio,
      Estimate addedMicros,
      Verdict verdict) {

    /** Checks the components. */
    public Row {
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(caseLabel, "caseLabel");
      Objects.requireNonNull(verdict, "verdict");
    }
  }
}
