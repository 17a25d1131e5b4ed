package id.mpp.sdk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"DUKCAPIL-KTP-EL", "POLRI-SKCK-BARU", "BPJS.KES_01", "KK", "A1",
      "KEMENAG-NIKAH-2"})
  void of_whenUpperCasePartsJoined_isValid(String text) {
    assertThat(ServiceCode.of(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dukcapil-ktp-el", "Dukcapil-KTP", "KTP EL", "KTP/EL", "-SKCK",
      "SKCK-", "SKCK--BARU", "SKCK._BARU", "A", "", "ＳＫＣＫ", "SKÇK"})
  void of_whenFormatWrong_refusesWithFormatRule(String text) {
    assertThatThrownBy(() -> ServiceCode.of(text))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("serviceCode", "serviceCode.format")));
  }

  @Test
  void of_whenFortyCharactersValidAndFortyOneRefused() {
    assertThat(ServiceCode.of("S".repeat(40)).value()).hasSize(40);
    assertThatThrownBy(() -> ServiceCode.of("S".repeat(41)))
        .isInstanceOf(MppValidationException.class);
  }

  @Test
  void compareTo_ordersByCode() {
    assertThat(ServiceCode.of("DUKCAPIL-KK")).isLessThan(ServiceCode.of("POLRI-SKCK"));
  }

  @Test
  void json_roundTrip_isThePlainString() {
    ServiceCode code = ServiceCode.of("POLRI-SKCK-BARU");
    assertThat(MppJson.defaults().write(code)).isEqualTo("\"POLRI-SKCK-BARU\"");
    assertThat(MppJson.defaults().read("\"POLRI-SKCK-BARU\"", ServiceCode.class)).isEqualTo(code);
  }
}
