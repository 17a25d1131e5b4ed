package id.mpp.sdk.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.mpp.sdk.benchmarks.report.Comparison.Metric;
import id.mpp.sdk.benchmarks.report.Goal.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatioTableTest {

  private static final Comparison READ = new Comparison("B1", "JSON read", "J.sdkRead",
      "J.baselineRead", "bare mapper", Metric.SCORE, Goal.ratioAtMost(1.10));

  private static BenchmarkResult result(String name, Map<String, String> params, int threads,
      String unit, Estimate score) {
    return new BenchmarkResult("id.mpp." + name, "avgt", threads, params, unit, score,
        Optional.empty(), Optional.of(Estimate.of(score.value() * 2, 0)));
  }

  @Test
  void of_whenParamsDiffer_pairsOnlySameConditions() {
    List<BenchmarkResult> results = List.of(
        result("J.sdkRead", Map.of("size", "300B"), 1, "ns/op", Estimate.of(105, 2)),
        result("J.sdkRead", Map.of("size", "2KB"), 1, "ns/op", Estimate.of(660, 10)),
        result("J.baselineRead", Map.of("size", "300B"), 1, "ns/op", Estimate.of(100, 2)),
        result("J.baselineRead", Map.of("size", "2KB"), 1, "ns/op", Estimate.of(600, 10)));

    RatioTable table = RatioTable.of(List.of(READ), results);

    assertThat(table.rows()).hasSize(2);
    assertThat(table.rows().get(0).caseLabel()).isEqualTo("size=300B");
    assertThat(table.rows().get(0).ratio().value()).isCloseTo(1.05, within(1e-12));
    assertThat(table.rows().get(1).ratio().value()).isCloseTo(1.10, within(1e-12));
  }

  @Test
  void of_whenThreadsDiffer_doesNotPair() {
    List<BenchmarkResult> results = List.of(
        result("J.sdkRead", Map.of(), 4, "ns/op", Estimate.of(105, 2)),
        result("J.baselineRead", Map.of(), 1, "ns/op", Estimate.of(100, 2)));

    RatioTable table = RatioTable.of(List.of(READ), results);

    assertThat(table.rows()).isEmpty();
    assertThat(table.notMeasured()).containsExactly(READ);
  }

  @Test
  void of_whenGoalIsAddedTime_convertsNanosecondsToMicroseconds() {
    Comparison added = new Comparison("B3", "resilience", "R.sdk", "R.direct", "direct call",
        Metric.SCORE, Goal.addedAtMostMicros(1));
    List<BenchmarkResult> results = List.of(
        result("R.sdk", Map.of(), 1, "ns/op", Estimate.of(1_700, 30)),
        result("R.direct", Map.of(), 1, "ns/op", Estimate.of(1_000, 40)));

    RatioTable.Row row = RatioTable.of(List.of(added), results).rows().get(0);

    assertThat(row.addedMicros().value()).isCloseTo(0.7, within(1e-12));
    assertThat(row.addedMicros().error()).isCloseTo(0.05, within(1e-12));
    assertThat(row.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void of_whenMetricIsAllocation_comparesBytesPerOperation() {
    Comparison alloc = new Comparison("B1", "JSON read", "J.sdkRead", "J.baselineRead",
        "bare mapper", Metric.ALLOC, Goal.ratioAtMost(1.20));
    List<BenchmarkResult> results = List.of(
        result("J.sdkRead", Map.of(), 1, "ns/op", Estimate.of(150, 2)),
        result("J.baselineRead", Map.of(), 1, "ns/op", Estimate.of(100, 2)));

    RatioTable.Row row = RatioTable.of(List.of(alloc), results).rows().get(0);

    assertThat(row.unit()).isEqualTo("B/op");
    assertThat(row.ratio().value()).isCloseTo(1.5, within(1e-12));
    assertThat(row.addedMicros()).isNull();
  }

  @Test
  void of_whenUnitsDiffer_refusesAndNamesBoth() {
    List<BenchmarkResult> results = List.of(
        result("J.sdkRead", Map.of(), 1, "us/op", Estimate.of(1, 0.1)),
        result("J.baselineRead", Map.of(), 1, "ns/op", Estimate.of(900, 10)));

    assertThatThrownBy(() -> RatioTable.of(List.of(READ), results))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("J.sdkRead").hasMessageContaining("J.baselineRead");
  }

  @Test
  void toMarkdown_showsBaselineNameRatioIntervalAndVerdict() {
    List<BenchmarkResult> results = List.of(
        result("J.sdkRead", Map.of(), 1, "ns/op", Estimate.of(130, 2)),
        result("J.baselineRead", Map.of(), 1, "ns/op", Estimate.of(100, 2)));

    String md = RatioTable.of(List.of(READ), results).toMarkdown();

    assertThat(md).contains("| B1 | JSON read | - | score | 130 ± 2.00 ns/op | bare mapper "
        + "| 100 ± 2.00 ns/op | 1.30 ± 0.0328 |".replace("0.0328", "0.033"));
    assertThat(md).contains("| ratio ≤ 1.10 | MISSED |");
    assertThat(md).contains("0 met, 1 missed, 0 unclear, 0 information.");
  }

  @Test
  void number_keepsThreeSignificantDigits() {
    assertThat(RatioTable.number(1234.56)).isEqualTo("1235");
    assertThat(RatioTable.number(12.345)).isEqualTo("12.3");
    assertThat(RatioTable.number(1.2345)).isEqualTo("1.23");
    assertThat(RatioTable.number(0.012345)).isEqualTo("0.012");
  }
}
