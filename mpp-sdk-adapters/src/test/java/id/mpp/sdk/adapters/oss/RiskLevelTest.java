package id.mpp.sdk.adapters.oss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiskLevelTest {

  @Test
  void requiredPermit_followsTheRiskLevel() {
    assertThat(RiskLevel.LOW.requiredPermit()).isEqualTo(PermitType.NIB);
    assertThat(RiskLevel.MEDIUM_LOW.requiredPermit()).isEqualTo(PermitType.STANDARD_CERTIFICATE);
    assertThat(RiskLevel.MEDIUM_HIGH.requiredPermit()).isEqualTo(PermitType.STANDARD_CERTIFICATE);
    assertThat(RiskLevel.HIGH.requiredPermit()).isEqualTo(PermitType.LICENCE);
  }

  @Test
  void issuedImmediately_whenLowOrMediumLow_isTrue() {
    assertThat(RiskLevel.values()).filteredOn(RiskLevel::issuedImmediately)
        .containsExactly(RiskLevel.LOW, RiskLevel.MEDIUM_LOW);
  }

  @Test
  void fromNative_whenOtherWord_isEmpty() {
    assertThat(RiskLevel.fromNative("MENENGAH_TINGGI")).contains(RiskLevel.MEDIUM_HIGH);
    assertThat(RiskLevel.fromNative("SEDANG")).isEmpty();
    assertThat(RiskLevel.fromNative(null)).isEmpty();
  }

  @Test
  void permitType_fromNative_whenOtherWord_isUnknown() {
    assertThat(PermitType.fromNative("IZIN")).isEqualTo(PermitType.LICENCE);
    assertThat(PermitType.fromNative("LAINNYA")).isEqualTo(PermitType.UNKNOWN);
  }
}
