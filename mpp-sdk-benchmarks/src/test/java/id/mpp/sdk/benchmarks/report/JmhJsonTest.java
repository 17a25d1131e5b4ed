package id.mpp.sdk.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmhJsonTest {

  static final String AVGT = """
      {"benchmark": "id.mpp.sdk.benchmarks.json.JsonBenchmark.sdkReadRecord",
       "mode": "avgt", "threads": 1, "params": {"size": "300B"},
       "primaryMetric": {"score": 1234.5, "scoreError": 12.5, "scoreUnit": "ns/op"},
       "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 2048.0, "scoreError": "NaN",
                                                   "scoreUnit": "B/op"}}}
      """;

  @Test
  void parse_whenAverageTime_readsScoreErrorParamsAndAllocation() {
    BenchmarkResult r = JmhJson.parse("[" + AVGT + "]").get(0);

    assertThat(r.shortName()).isEqualTo("JsonBenchmark.sdkReadRecord");
    assertThat(r.mode()).isEqualTo("avgt");
    assertThat(r.params()).isEqualTo(Map.of("size", "300B"));
    assertThat(r.unit()).isEqualTo("ns/op");
    assertThat(r.score()).isEqualTo(Estimate.of(1234.5, 12.5));
    assertThat(r.allocBytesPerOp()).get().extracting(Estimate::value).isEqualTo(2048.0);
    assertThat(r.allocBytesPerOp().get().hasError()).isFalse();
    assertThat(r.p50()).isEmpty();
  }

  @Test
  void parse_whenSampleTime_medianErrorComesFromPerIterationMedians() {
    // two forks × two iterations; per-iteration medians 100, 110, 90, 100 (mean 100, sd 8.165)
    String json = """
        [{"benchmark": "x.HttpBenchmark.sdkGet", "mode": "sample", "threads": 1,
          "primaryMetric": {"score": 120.0, "scoreError": 5.0, "scoreUnit": "us/op",
            "scorePercentiles": {"50.0": 100.0, "99.0": 300.0},
            "rawDataHistogram": [
              [[[90.0, 1], [100.0, 5], [300.0, 1]], [[110.0, 4], [120.0, 1]]],
              [[[80.0, 1], [90.0, 3], [95.0, 1]], [[100.0, 2], [101.0, 1]]]]}}]
        """;

    BenchmarkResult r = JmhJson.parse(json).get(0);

    assertThat(r.p50()).isPresent();
    assertThat(r.p50().get().value()).isEqualTo(100.0);
    // t(0.9995, 3) = 12.924; 12.924 × 8.165 / sqrt(4) = 52.76
    assertThat(r.p50().get().error()).isCloseTo(52.76, within(0.05));
  }

  @Test
  void parse_whenSingleIteration_errorIsUnknown() {
    String json = """
        [{"benchmark": "x.A.b", "mode": "thrpt", "threads": 4,
          "primaryMetric": {"score": 5.0, "scoreError": "NaN", "scoreUnit": "ops/us"}}]
        """;

    BenchmarkResult r = JmhJson.parse(json).get(0);

    assertThat(r.threads()).isEqualTo(4);
    assertThat(r.higherIsBetter()).isTrue();
    assertThat(r.score().hasError()).isFalse();
  }

  @Test
  void parse_whenNotAnArray_refuses() {
    assertThatThrownBy(() -> JmhJson.parse("{}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_whenPrimaryMetricMissing_namesTheField() {
    assertThatThrownBy(() -> JmhJson.parse("[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\"}]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("primaryMetric");
  }

  @Test
  void median_whenBinsUnsorted_usesCumulativeCountsInValueOrder() {
    double median = Percentiles.median(List.of(new double[] {300, 1}, new double[] {100, 2},
        new double[] {200, 2}));

    assertThat(median).isEqualTo(200.0);
  }
}
