package id.mpp.sdk.adapters.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SnapVirtualAccountTest {

  @Test
  void padPartnerServiceId_whenFiveDigits_leftPadsWithThreeSpaces() {
    assertThat(SnapVirtualAccount.padPartnerServiceId("12345")).isEqualTo("   12345");
  }

  @Test
  void padPartnerServiceId_whenEightDigits_keepsIt() {
    assertThat(SnapVirtualAccount.padPartnerServiceId("88881234")).isEqualTo("88881234");
  }

  @Test
  void padPartnerServiceId_whenNineDigitsOrLetters_rejects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SnapVirtualAccount.padPartnerServiceId("123456789"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SnapVirtualAccount.padPartnerServiceId("12a45"));
  }

  @Test
  void virtualAccountNo_whenBuilt_isPaddedIdPlusCustomerNo() {
    SnapVirtualAccount account = SnapVirtualAccount.of("12345", "0000000001");

    assertThat(account.partnerServiceId()).isEqualTo("   12345");
    assertThat(account.virtualAccountNo()).isEqualTo("   123450000000001");
  }

  @Test
  void constructor_whenPartnerServiceIdNotPadded_rejects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SnapVirtualAccount("12345", "1"));
  }

  @Test
  void constructor_whenCustomerNoTooLong_rejects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SnapVirtualAccount.of("12345", "123456789012345678901"));
  }
}
