package id.mpp.sdk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.validation.MppValidator;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {

  @Test
  void year_coversFirstOfJanuaryToThirtyFirstOfDecember() {
    ReportPeriod year = ReportPeriod.year(Year.of(2026));

    assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(year.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(year.dates().days()).isEqualTo(365);
  }

  @Test
  void month_whenFebruaryOfALeapYear_hasTwentyNineDays() {
    ReportPeriod february = ReportPeriod.month(YearMonth.of(2028, 2));

    assertThat(february.to()).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @ParameterizedTest(name = "{0} {1}..{2}")
  @CsvSource({"DAY, 2026-03-02, 2026-03-03", "MONTH, 2026-03-02, 2026-03-31",
      "MONTH, 2026-03-01, 2026-04-30", "YEAR, 2026-01-01, 2026-12-30",
      "YEAR, 2026-02-01, 2027-01-31", "UNKNOWN, 2026-03-02, 2026-03-02"})
  void new_whenDatesAreNotExactlyOneDayMonthOrYear_isRefusedNamingThePeriod(
      ReportPeriod.Granularity granularity, LocalDate from, LocalDate to) {
    assertThatThrownBy(() -> new ReportPeriod(granularity, from, to))
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> {
              assertThat(v.field()).isEqualTo("period");
              assertThat(v.rule()).isEqualTo("report.period");
            }));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"id, 2 Maret 2026, Maret 2026, 2026", "en, 2 March 2026, March 2026, 2026"})
  void label_namesThePeriodInTheReadersLanguage(String language, String day, String month,
      String year) {
    Locale locale = Locale.forLanguageTag(language);

    assertThat(ReportPeriod.day(LocalDate.of(2026, 3, 2)).label(locale)).isEqualTo(day);
    assertThat(ReportPeriod.month(YearMonth.of(2026, 3)).label(locale)).isEqualTo(month);
    assertThat(ReportPeriod.year(Year.of(2026)).label(locale)).isEqualTo(year);
  }

  @Test
  void label_whenOldJavaCodeForIndonesian_isStillIndonesian() {
    assertThat(ReportPeriod.month(YearMonth.of(2026, 8)).label(new Locale("in")))
        .isEqualTo(ReportPeriod.month(YearMonth.of(2026, 8)).label(MppValidator.INDONESIAN))
        .isEqualTo("Agustus 2026");
  }
}
