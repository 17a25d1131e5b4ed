package id.mpp.sdk.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteZoneTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "WIB, Asia/Jakarta, +07:00, WIB",
      "WIB_PONTIANAK, Asia/Pontianak, +07:00, WIB",
      "WITA, Asia/Makassar, +08:00, WITA",
      "WIT, Asia/Jayapura, +09:00, WIT",
  })
  void zoneId_whenEachZone_isTheTzDatabaseZone(SiteZone zone, String id, String offset,
      String abbreviation) {
    assertThat(zone.zoneId()).isEqualTo(ZoneId.of(id));
    assertThat(zone.offsetAt(Instant.parse("2025-06-01T00:00:00Z")))
        .isEqualTo(ZoneOffset.of(offset));
    assertThat(zone.abbreviation()).isEqualTo(abbreviation);
    assertThat(SiteZone.parse(id)).isEqualTo(zone);
    assertThat(SiteZone.of(ZoneId.of(id))).isEqualTo(zone);
  }

  @Test
  void of_whenFixedOffsetOrForeignZone_refuses() {
    assertThatThrownBy(() -> SiteZone.of(ZoneOffset.ofHours(7)))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations().get(0).rule()).isEqualTo("siteZone.unknown"));
    assertThatThrownBy(() -> SiteZone.parse("Asia/Singapore"))
        .isInstanceOf(MppValidationException.class);
  }

  @Test
  void dateOf_whenFridayLateEveningWib_isSaturdayInWita() {
    Instant instant = LocalDateTime.of(2025, 3, 7, 23, 30).atZone(SiteZone.WIB.zoneId())
        .toInstant();
    LocalDate wib = WorkingCalendar.of(SiteZone.WIB).dateOf(instant);
    LocalDate wita = WorkingCalendar.of(SiteZone.WITA).dateOf(instant);
    assertThat(wib.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(wita).isEqualTo(LocalDate.of(2025, 3, 8));
    assertThat(instant.atZone(SiteZone.WITA.zoneId()).toLocalTime().toString())
        .isEqualTo("00:30");
    assertThat(WorkingCalendar.of(SiteZone.WIB).isWorkingDay(wib)).isTrue();
    assertThat(WorkingCalendar.of(SiteZone.WITA).isWorkingDay(wita)).isFalse();
  }
}
