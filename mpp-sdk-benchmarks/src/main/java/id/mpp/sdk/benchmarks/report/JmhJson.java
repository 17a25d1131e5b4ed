package id.mpp.sdk.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Reads the JSON that JMH writes with {@code -rf json}.
 *
 * <p>In sample mode ({@code Mode.SampleTime}) JMH reports percentiles without an error; this
 * reader takes the median of each measurement iteration from {@code rawDataHistogram} and gives the
 * pooled median the confidence half-width of those per-iteration medians, computed as JMH computes
 * the error of a mean (Student's t at 99.9 %).
 */
public final class JmhJson {

  /** The confidence level JMH uses for {@code scoreError}. */
  static final double CONFIDENCE = 0.999;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JmhJson() {
  }

  /**
   * Reads a result file.
   *
   * @param file the JSON file
   * @return one result per benchmark and parameter set, in file order
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it is not a JMH result file
   */
  public static List<BenchmarkResult> read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /**
   * Parses result JSON.
   *
   * @param json the JSON text
   * @return one result per benchmark and parameter set, in file order
   * @throws IllegalArgumentException if it is not a JMH result array
   */
  public static List<BenchmarkResult> parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON", e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("a JMH result file is a JSON array");
    }
    List<BenchmarkResult> results = new ArrayList<>();
    for (JsonNode run : root) {
      results.add(toResult(run));
    }
    return List.copyOf(results);
  }

  private static BenchmarkResult toResult(JsonNode run) {
    String benchmark = required(run, "benchmark").asText();
    String mode = required(run, "mode").asText();
    int threads = run.path("threads").asInt(1);
    Map<String, String> params = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = run.path("params").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      params.put(e.getKey(), e.getValue().asText());
    }
    JsonNode primary = required(run, "primaryMetric");
    Estimate score = estimate(primary);
    Optional<Estimate> p50 = mode.equals("sample") ? median(primary) : Optional.empty();
    JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
    Optional<Estimate> allocation = alloc.isObject() ? Optional.of(estimate(alloc))
        : Optional.empty();
    return new BenchmarkResult(benchmark, mode, threads, params,
        required(primary, "scoreUnit").asText(), score, p50, allocation);
  }

  private static Estimate estimate(JsonNode metric) {
    double score = required(metric, "score").asDouble();
    JsonNode error = metric.path("scoreError");
    // JMH writes "NaN" as a string when there is a single iteration
    double e = error.isNumber() ? error.asDouble() : Double.NaN;
    return Estimate.of(score, e);
  }

  private static Optional<Estimate> median(JsonNode primary) {
    JsonNode pooled = primary.path("scorePercentiles").path("50.0");
    if (!pooled.isNumber()) {
      return Optional.empty();
    }
    ListStatistics perIteration = new ListStatistics();
    for (JsonNode fork : primary.path("rawDataHistogram")) {
      for (JsonNode iteration : fork) {
        List<double[]> histogram = new ArrayList<>();
        for (JsonNode bin : iteration) {
          histogram.add(new double[] {bin.get(0).asDouble(), bin.get(1).asDouble()});
        }
        if (!histogram.isEmpty()) {
          perIteration.addValue(Percentiles.median(histogram));
        }
      }
    }
    double error = perIteration.getN() > 1 ? perIteration.getMeanErrorAt(CONFIDENCE) : Double.NaN;
    return Optional.of(Estimate.of(pooled.asDouble(), error));
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("a JMH result has no '" + field + "'");
    }
    return value;
  }
}
