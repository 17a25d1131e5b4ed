package id.mpp.sdk.examples.howto;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.tracking.ApplicationStatus;
import org.junit.jupiter.api.Test;

class FirstAdapterIT {

  private final HowToOutput out = new HowToOutput();

  @Test
  void run_whenOfficeProcessesTheApplication_followsItToReadyForPickup() {
    AgencyStatusReport last = FirstAdapter.run(out.stream);

    assertThat(last.nativeStatus()).isEqualTo("TERBIT");
    assertThat(last.status()).isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
    assertThat(out.text()).contains("2. submitted: office reference IZN-000001, BARU = RECEIVED")
        .contains("3. one hour later: DIPROSES = IN_PROCESS")
        .contains("5. health: UP; requests the office saw: 3")
        .doesNotContain("1871014501900001");
  }
}
