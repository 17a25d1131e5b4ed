package id.mpp.sdk.adapters.kejaksaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.MppValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlateNumberTest {

  @Test
  void parse_whenSpacedAndLowerCase_normalises() {
    assertThat(PlateNumber.parse("be 1234 xy").value()).isEqualTo("BE1234XY");
  }

  @Test
  void toString_whenPrinted_showsOnlyTheRegion() {
    assertThat(PlateNumber.parse("B 1234 XYZ").toString()).isEqualTo("PlateNumber[B ****]")
        .doesNotContain("1234");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1234", "ABC 1 X", "B 12345 X", "B 1 WXYZ", "B-1234-XY"})
  void parse_whenNotAPlate_isRefusedWithoutTheValue(String text) {
    Throwable thrown = catchThrowable(() -> PlateNumber.parse(text));

    assertThat(thrown).isInstanceOf(MppValidationException.class);
    assertThat(((MppValidationException) thrown).violations()).singleElement()
        .satisfies(v -> {
          assertThat(v.rule()).isEqualTo("plate.format");
          if (!text.isEmpty()) {
            assertThat(v.message()).doesNotContain(text);
          }
        });
  }
}
