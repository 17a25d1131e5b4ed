package id.mpp.sdk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.time.SiteZone;
import id.mpp.sdk.time.WorkingCalendar;
import id.mpp.sdk.validation.Nik;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QueueDeskBuilderTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final SiteId SITE = SiteId.of("mpp-builder-test");
  private final ManualClock clock = ManualClock.at(LocalDateTime.of(2026, 3, 2, 8, 0), WIB);

  @Test
  void build_whenSiteIsMissing_namesIt() {
    assertThatThrownBy(() -> QueueDesk.builder().clock(clock).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("site is required");
  }

  @Test
  void build_whenClockIsMissing_namesIt() {
    assertThatThrownBy(() -> QueueDesk.builder().site(SITE, WIB).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock is required");
  }

  @Test
  void build_whenCalendarIsOfAnotherZone_refuses() {
    WorkingCalendar wita = WorkingCalendar.of(SiteZone.WITA);
    assertThatThrownBy(() -> QueueDesk.builder().site(SITE, WIB).clock(clock).calendar(wita)
        .build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not the site's zone");
  }

  @Test
  void build_whenZoneIsNotIndonesian_worksWithoutBookings() {
    QueueDesk desk = QueueDesk.builder().site(SITE, ZoneId.of("UTC")).clock(clock).build();
    assertThatThrownBy(() -> desk.listSessions(ServiceCode.of("X-1"), LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 3))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("WorkingCalendar");
  }

  @Test
  void issue_withNikWithoutHasher_refusesBeforeWriting() {
    QueueDesk desk = QueueDesk.builder().site(SITE, WIB).clock(clock).build();
    assertThatThrownBy(() -> desk.issue(IssueRequest.walkIn(ServiceCode.of("X-1"))
        .nik(Nik.parse("3201011708900001")), CommandOptions.system()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("PersonalDataHasher")
        .hasMessageNotContaining("3201011708900001");
    assertThat(desk.events(0, 10)).isEmpty();
  }

  @Test
  void rules_whenAStreakBoundIsZero_namesTheSetting() {
    assertThatThrownBy(() -> QueueRules.builder().maxPrecedenceStreak(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPrecedenceStreak");
  }

  @Test
  void rules_whenKeysWouldBeKeptLessThanADay_namesTheSetting() {
    assertThatThrownBy(() -> QueueRules.builder().idempotencyRetention(Duration.ofHours(1))
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idempotencyRetention");
  }

  @Test
  void today_isTheDateInTheSiteZone() {
    ManualClock lateUtc = ManualClock.at(LocalDateTime.of(2026, 3, 1, 18, 30), ZoneId.of("UTC"));
    QueueDesk desk = QueueDesk.builder().site(SITE, WIB).clock(lateUtc).build();
    assertThat(desk.today()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(LocalTime.ofInstant(lateUtc.instant(), WIB)).isEqualTo(LocalTime.of(1, 30));
  }
}
