package id.mpp.sdk.examples.howto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostAdaptersIT {

  private final HowToOutput out = new HowToOutput();

  @Test
  void run_whenOfficeGoesDown_reportsMissingSettingsRefusesTicketsAndRecovers() {
    String kiosk = HostAdapters.run(out.stream);

    assertThat(kiosk).isEqualTo("Nomor antrean layanan ini sementara tidak dapat diambil."
        + " Sistem instansi sedang tidak dapat dihubungi; silakan coba lagi nanti.");
    assertThat(out.text()).contains("1. discovery found adapters whose settings are missing")
        .contains("3. ticket N001").contains("4. the office answers 503: health DOWN")
        .contains("6. the office is back: health UP, ticket N002");
  }
}
