package id.mpp.sdk.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

  @Test
  void month_coversFirstToLastDay() {
    DateRange february = DateRange.month(YearMonth.of(2028, 2));

    assertThat(february.from()).isEqualTo(LocalDate.of(2028, 2, 1));
    assertThat(february.to()).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(february.days()).isEqualTo(29);
  }

  @Test
  void year_coversTheWholeYear() {
    assertThat(DateRange.year(Year.of(2026)).days()).isEqualTo(365);
  }

  @Test
  void startAndEnd_areMidnightsInTheZone() {
    DateRange day = DateRange.day(LocalDate.of(2026, 3, 2));

    // WIT is UTC+9: 2 March 00:00 WIT = 1 March 15:00 UTC
    assertThat(day.startInclusive(WIT)).isEqualTo(Instant.parse("2026-03-01T15:00:00Z"));
    assertThat(day.endExclusive(WIT)).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
  }

  @Test
  void contains_whenInstantAtTheEnd_isOutside() {
    DateRange day = DateRange.day(LocalDate.of(2026, 3, 2));

    assertThat(day.contains(Instant.parse("2026-03-02T14:59:59Z"), WIT)).isTrue();
    assertThat(day.contains(Instant.parse("2026-03-02T15:00:00Z"), WIT)).isFalse();
  }

  @Test
  void of_whenToBeforeFrom_isRefusedNamingTo() {
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
        .isInstanceOfSatisfying(MppValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("to"));
  }
}
