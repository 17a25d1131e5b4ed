package id.mpp.sdk.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.tracking.ApplicationStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusMappingTest {

  private final StatusMapping mapping = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "DITERIMA")
      .map(ApplicationStatus.IN_PROCESS, "VERIFIKASI", "PROSES")
      .build();

  @Test
  void toCanonical_whenCaseAndSpacesDiffer_mapsIt() {
    assertThat(mapping.toCanonical("  proses ")).isEqualTo(ApplicationStatus.IN_PROCESS);
  }

  @Test
  void toCanonical_whenUnmapped_isUnknown() {
    assertThat(mapping.toCanonical("ARSIP")).isEqualTo(ApplicationStatus.UNKNOWN);
    assertThat(mapping.isMapped("ARSIP")).isFalse();
  }

  @Test
  void report_whenNative_fillsCanonical() {
    AgencyStatusReport r = mapping.report("REF-1", "DITERIMA", Instant.EPOCH, null);

    assertThat(r.status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(r.nativeStatus()).isEqualTo("DITERIMA");
  }

  @Test
  void builder_whenNativeMappedTwice_refuses() {
    assertThatThrownBy(() -> StatusMapping.builder()
        .map(ApplicationStatus.RECEIVED, "ok").map(ApplicationStatus.COMPLETED, "OK").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mapped twice");
  }

  @Test
  void fromProperties_whenValuesInvalid_reportsEveryKey() {
    assertThatThrownBy(() -> StatusMapping.fromProperties(
        Map.of("SELESAI", "DONE", "TOLAK", "UNKNOWN", "PROSES", "in_process")))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("SELESAI", "TOLAK"));
  }

  @Test
  void fromProperties_whenValid_maps() {
    StatusMapping m = StatusMapping.fromProperties(Map.of("SELESAI", "completed"));

    assertThat(m.toCanonical("selesai")).isEqualTo(ApplicationStatus.COMPLETED);
  }
}
