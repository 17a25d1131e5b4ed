package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NikTest {

  @Test
  void parse_whenManValid_exposesParts() {
    Nik nik = Nik.parse("3201011708900001");
    assertThat(nik.provinceCode()).isEqualTo("32");
    assertThat(nik.regionCode()).isEqualTo("320101");
    assertThat(nik.female()).isFalse();
    assertThat(nik.birthDate(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(1990, 8, 17));
  }

  @Test
  void parse_whenWomanDayPlus40_isFemaleWithRealDay() {
    Nik nik = Nik.parse("3174055708050002");
    assertThat(nik.female()).isTrue();
    assertThat(nik.birthDate(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2005, 8, 17));
  }

  @Test
  void birthDate_whenTwentyFirstCenturyWouldBeFuture_resolvesNineteenth() {
    Nik nik = Nik.parse("3201011512300001");
    assertThat(nik.birthDate(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(1930, 12, 15));
  }

  @Test
  void birthDate_whenTwentyNineFebruaryOfYearZero_resolvesTo2000() {
    Nik nik = Nik.parse("3201012902000001");
    assertThat(nik.birthDate(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "320101310290001, nik.format",         // 15 digits
      "32010131029000012, nik.format",       // 17 digits
      "32010A3102900001, nik.format",        // a letter
      "'３２０１０１１７０８９０００01', nik.format", // full-width digits
      "' 3201011708900001', nik.format",     // leading space
      "'3201011708900001 ', nik.format",     // trailing space
      "3201013102900001, nik.birthDate",     // 31 February
      "3201012902010001, nik.birthDate",     // 29 Feb in a common year (1901 and 2001)
      "3201017202900001, nik.birthDate",     // day 72 = 32 for a woman
      "3201010013900001, nik.birthDate",     // month 13 and day 00
      "9901011708900001, nik.province",      // unknown province
      "3201011708900000, nik.serial",        // serial 0000
  })
  void parse_whenInvalid_namesRuleAndNeverTheValue(String text, String rule) {
    assertThatThrownBy(() -> Nik.parse(text))
        .isInstanceOf(MppValidationException.class)
        .satisfies(e -> {
          MppValidationException mve = (MppValidationException) e;
          assertThat(mve.violations()).singleElement()
              .satisfies(v -> assertThat(v.rule()).isEqualTo(rule))
              .satisfies(v -> assertThat(v.field()).isEqualTo("nik"));
          assertThat(e.getMessage()).doesNotContain(text.strip()).doesNotContain("170890");
        });
  }

  @Test
  void parse_whenNullByte_isRefused() {
    assertThat(Nik.isValid("320101170890000\u0000")).isFalse();
  }

  @Test
  void parse_whenWomanDays41To71_areValid() {
    for (int day = 41; day <= 71; day++) {
      String text = "320101" + day + "01900001";
      assertThat(Nik.isValid(text)).as(text).isTrue();
    }
  }

  @Test
  void parse_whenLeapYearTwentyNineFebruary_isValid() {
    assertThat(Nik.isValid("3201012902040001")).isTrue();
    assertThat(Nik.isValid("3201016902960001")).isTrue();
  }

  @Test
  void toString_masksAllButRegionAndLastTwo() {
    Nik nik = Nik.parse("3201011708900001");
    assertThat(nik.toString()).isEqualTo("Nik[3201**********01]");
    assertThat(nik.toString()).doesNotContain("3201011708900001");
  }

  @Test
  void parse_whenIndonesianLocale_messageIsIndonesian() {
    assertThatThrownBy(() -> Nik.parse("123", MppValidator.INDONESIAN))
        .hasMessageContaining("NIK harus terdiri dari tepat 16 digit");
  }
}
