package id.mpp.sdk.examples.howto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestWithSimulatorsIT {

  @Test
  void run_whenFaultsInjected_officeHoldsEachApplicationOnce() {
    TestWithSimulators.Seen seen = TestWithSimulators.run(new HowToOutput().stream);

    assertThat(seen.submitRequests()).isEqualTo(2);
    assertThat(seen.applicationsAfterReset()).isEqualTo(1);
    assertThat(seen.faultsInjected()).isPositive();
    assertThat(seen.requestsUnderFaults()).isEqualTo(seen.submittedUnderFaults()
        + seen.faultsInjected());
    assertThat(seen.applicationsUnderFaults()).isEqualTo(seen.submittedUnderFaults());
  }

  @Test
  void run_whenRepeated_injectsTheSameFaultsFromTheSeed() {
    TestWithSimulators.Seen first = TestWithSimulators.run(new HowToOutput().stream);
    TestWithSimulators.Seen second = TestWithSimulators.run(new HowToOutput().stream);

    assertThat(second).isEqualTo(first);
  }
}
