package id.mpp.sdk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.validation.MppValidator;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IkmGradeTest {

  @ParameterizedTest
  @CsvSource({"25.00,D", "64.99,D", "65.00,C", "76.60,C", "76.61,B", "88.30,B", "88.31,A",
      "100.00,A"})
  void of_whenOnAnIntervalLimit_givesTheTablesGrade(String value, IkmGrade expected) {
    assertThat(IkmGrade.of(new BigDecimal(value))).isEqualTo(expected);
  }

  @Test
  void of_whenMoreThanTwoDecimals_classifiesTheRoundedValue() {
    // 76.605 rounds HALF_UP to 76.61: B, although 76.605 < 76.61
    assertThat(IkmGrade.of(new BigDecimal("76.605"))).isEqualTo(IkmGrade.B);
  }

  @Test
  void of_whenBelow25_isRefused() {
    assertThatThrownBy(() -> IkmGrade.of(new BigDecimal("24.99")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void label_whenIndonesian_isKinerjaUnitPelayanan() {
    assertThat(IkmGrade.C.label(MppValidator.INDONESIAN)).isEqualTo("Kurang Baik");
    assertThat(IkmGrade.A.label(MppValidator.INDONESIAN)).isEqualTo("Sangat Baik");
  }

  @Test
  void perception_isFourForAOneForD() {
    assertThat(IkmGrade.A.perception()).isEqualTo(4);
    assertThat(IkmGrade.D.perception()).isEqualTo(1);
  }
}
