package id.mpp.sdk.adapters.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SnapResponseCodeTest {

  @Test
  void parse_whenInquirySuccess_splitsStatusServiceAndCase() {
    SnapResponseCode code = SnapResponseCode.parse("2002400");

    assertThat(code.httpStatus()).isEqualTo(200);
    assertThat(code.serviceCode()).isEqualTo("24");
    assertThat(code.caseCode()).isEqualTo("00");
    assertThat(code.isSuccess()).isTrue();
  }

  @Test
  void parse_whenPaidBill_matchesCase() {
    SnapResponseCode code = SnapResponseCode.parse("4042514");

    assertThat(code.isSuccess()).isFalse();
    assertThat(code.is(404, "14")).isTrue();
    assertThat(code.is(404, "19")).isFalse();
  }

  @Test
  void toString_whenBuilt_isSevenDigits() {
    assertThat(SnapResponseCode.of(409, "25", "00")).hasToString("4092500");
  }

  @Test
  void parse_whenNotSevenDigits_rejects() {
    assertThatIllegalArgumentException().isThrownBy(() -> SnapResponseCode.parse("200240"));
    assertThatIllegalArgumentException().isThrownBy(() -> SnapResponseCode.parse("20024OO"));
    assertThatIllegalArgumentException().isThrownBy(() -> SnapResponseCode.parse(null));
  }

  @Test
  void parse_whenStatusNotHttp_rejects() {
    assertThatIllegalArgumentException().isThrownBy(() -> SnapResponseCode.parse("0002400"));
  }
}
