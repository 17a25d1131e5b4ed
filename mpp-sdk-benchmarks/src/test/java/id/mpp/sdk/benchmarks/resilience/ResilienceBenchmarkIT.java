package id.mpp.sdk.benchmarks.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.AgencyUnavailableException;
import id.mpp.sdk.http.RejectionReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResilienceBenchmarkIT {

  private final ResilienceBenchmark benchmark = new ResilienceBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @AfterEach
  void tearDown() {
    benchmark.tearDown();
  }

  @Test
  void sdkStack_whenPermissive_runsTheWorkAndAdmitsEveryCall() {
    for (int i = 0; i < 1_000; i++) {
      assertThat(benchmark.sdkStack()).isEqualTo(benchmark.direct());
    }
    assertThat(benchmark.r4jDecorators()).isEqualTo(benchmark.direct());
  }

  @Test
  void sdkStackOpenCircuit_refusesWithCircuitOpen() {
    assertThat(benchmark.sdkStackOpenCircuit()).contains(RejectionReason.CIRCUIT_OPEN);
  }

  @Test
  void sdkClientOpenCircuit_refusesWithoutReachingTheAgency() {
    long before = benchmark.agencyRequests();

    Object result = benchmark.sdkClientOpenCircuit();

    assertThat(result).isInstanceOfSatisfying(AgencyUnavailableException.class,
        e -> assertThat(e.circuitOpen()).isTrue());
    assertThat(benchmark.agencyRequests()).isEqualTo(before);
  }
}
