package id.mpp.sdk.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBenchmarkTest {

  private static JsonBenchmark benchmark(String size) {
    JsonBenchmark b = new JsonBenchmark();
    b.size = size;
    b.setUp();
    return b;
  }

  @ParameterizedTest
  @ValueSource(strings = {"300B", "2KB"})
  void setUp_whenSizeGiven_inputsHaveThatSize(String size) {
    int bytes = benchmark(size).meanInputBytes();

    if (size.equals("300B")) {
      assertThat(bytes).isBetween(250, 350);
    } else {
      assertThat(bytes).isBetween(1_800, 2_400);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"300B", "2KB"})
  void writes_whenSameInput_sdkAndBaselineWriteTheSameBytes(String size) throws Exception {
    JsonBenchmark sdk = benchmark(size);
    JsonBenchmark bare = benchmark(size);

    assertThat(sdk.sdkWriteRecord()).isEqualTo(bare.baselineWriteRecord());
    assertThat(sdk.sdkWritePojo()).isEqualTo(bare.baselineWritePojo());
  }

  @ParameterizedTest
  @ValueSource(strings = {"300B", "2KB"})
  void reads_whenSameInput_sdkAndBaselineBindEqualRecords(String size) throws Exception {
    JsonBenchmark sdk = benchmark(size);
    JsonBenchmark bare = benchmark(size);

    assertThat(sdk.sdkReadRecord()).isEqualTo(bare.baselineReadRecord());
    assertThat(sdk.sdkReadPojo()).usingRecursiveComparison().isEqualTo(bare.baselineReadPojo());
  }
}
