package id.mpp.sdk.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

class ComparisonsTest {

  private static Set<String> benchmarkMethods() throws IOException {
    try (InputStream in = ComparisonsTest.class.getResourceAsStream(
        "/META-INF/BenchmarkList")) {
      assertThat(in).as("the JMH annotation processor wrote the benchmark list").isNotNull();
      return BenchmarkList.readBenchmarkList(in).stream()
          .map(BenchmarkListEntry::getUsername)
          .map(name -> name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1))
          .collect(Collectors.toSet());
    }
  }

  @Test
  void all_everyComparisonNamesExistingBenchmarkMethods() throws IOException {
    Set<String> methods = benchmarkMethods();

    for (Comparison c : Comparisons.all()) {
      assertThat(methods).as(c.id() + " " + c.what()).contains(c.numerator(), c.denominator());
    }
  }

  @Test
  void all_everyBenchmarkMethodIsInSomeComparison() throws IOException {
    Set<String> compared = Comparisons.all().stream()
        .flatMap(c -> java.util.stream.Stream.of(c.numerator(), c.denominator()))
        .collect(Collectors.toSet());

    assertThat(compared).containsAll(benchmarkMethods());
  }
}
