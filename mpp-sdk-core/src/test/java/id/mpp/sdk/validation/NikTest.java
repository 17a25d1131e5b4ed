package id.mpp.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.json.MppJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
      "'٣٢٠١٠١١٧٠٨٩٠٠٠٠١', nik.format",      // Arabic-Indic digits
      "'3201011708 900001', nik.format",     // a space inside
      "3201-01-170890-0001, nik.format",     // separators
      "3201016902010001, nik.birthDate",     // a woman's 29 Feb in a common year
      "3201014002900001, nik.birthDate",     // day 40: neither a man's nor a woman's day
      "3201017104900001, nik.birthDate",     // a woman's 31 April
      "1001011708900001, nik.province",      // 10 is no province
      "9701011708900001, nik.province",      // 97 is not yet a province
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

  @Test
  void parse_whenWomanTwentyNineFebruaryOfLeapYear_isFemaleWithRealDate() {
    Nik nik = Nik.parse("3578106902000003");
    assertThat(nik.female()).isTrue();
    assertThat(nik.birthDate(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void parse_whenProvinceCodeOfBeforeThePapuaSplit_isStillValid() {
    assertThat(Nik.isValid("9171011708900001")).isTrue();
    assertThat(Nik.isValid("9471011708900001")).isTrue();
  }

  @Test
  void parse_whenNewestPapuaProvinces_areValid() {
    for (String province : new String[] {"92", "93", "94", "95", "96"}) {
      assertThat(Nik.isValid(province + "01011708900001")).as(province).isTrue();
    }
  }

  @Test
  void validNik_throughValidator_reportsEachRuleInIndonesian() {
    record Form(@ValidNik String nik) {
    }
    assertThat(MppValidator.defaults()
        .violations(new Form("3201017202900001"), MppValidator.INDONESIAN))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("nik", "nik.birthDate"));
    assertThat(MppValidator.defaults()
        .violations(new Form("9901011708900001"), MppValidator.INDONESIAN))
        .extracting(Violation::message)
        .containsExactly("NIK harus diawali kode provinsi yang dikenal");
  }

  @Test
  void json_roundTrip_isThePlainDigitString() {
    Nik nik = Nik.parse("3201011708900001");
    String json = MppJson.defaults().write(nik);
    assertThat(json).isEqualTo("\"3201011708900001\"");
    assertThat(MppJson.defaults().read(json, Nik.class)).isEqualTo(nik);
  }
}
