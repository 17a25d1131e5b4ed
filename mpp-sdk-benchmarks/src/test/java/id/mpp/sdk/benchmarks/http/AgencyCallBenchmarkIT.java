package id.mpp.sdk.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.benchmarks.json.AgencyDtos.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgencyCallBenchmarkIT {

  private final AgencyCallBenchmark benchmark = new AgencyCallBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @AfterEach
  void tearDown() {
    benchmark.tearDown();
  }

  @Test
  void everyMethod_whenCalled_reachesTheAgencyOnceAndBindsTheSameStatus() throws Exception {
    long before = benchmark.agency().requests();

    assertThat(benchmark.baselineGet()).isEqualTo(benchmark.sdkGet());
    assertThat(benchmark.baselinePost()).isEqualTo(benchmark.sdkPost());
    assertThat(benchmark.controlNewClientGet().status()).isNotEqualTo(Status.UNKNOWN);

    assertThat(benchmark.agency().requests() - before).isEqualTo(5);
    assertThat(benchmark.agency().refused()).isZero();
  }
}
