package id.mpp.sdk.tracking;

import static id.mpp.sdk.tracking.TrackerHarness.POLRES;
import static id.mpp.sdk.tracking.TrackerHarness.WIB;
import static id.mpp.sdk.tracking.TrackerHarness.form;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.time.ProcessingTime;
import id.mpp.sdk.time.SiteZone;
import id.mpp.sdk.time.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The SLA clock on applications: due dates from the service's processing time on the working
 * calendar (Idul Fitri and cuti bersama 2025 and 2026), the pause while the applicant revises,
 * near-breach and overdue queries, escalation, and the site's zone. Dates counted by hand from
 * the holiday table in the domain notes (§7), Monday-Thursday 08:00-16:00 and Friday
 * 08:00-16:30, breaks 12:00-13:00 (Friday 11:30-13:00).
 */
class SlaClockTest {

  private final TrackerHarness h = new TrackerHarness();
  private final Actor officer = Actor.counterOfficer("loket-5");

  private static Instant wib(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(WIB).toInstant();
  }

  private Application open(Tracker tracker, ProcessingTime time) {
    return tracker.create(form().withProcessingTime(time)
        .withNotifications(NotificationChannel.NONE, "id"), officer);
  }

  @Test
  void create_whenHandedInBeforeIdulFitri2025_isDueAfterTheHolidaysAndCutiBersama() {
    // Thu 27 Mar 2025 is day 0; 28 Mar cuti, 31 Mar-1 Apr Idul Fitri, 2-4 and 7 Apr cuti bersama
    h.clock.set(wib(2025, 3, 27, 10, 0));
    Application a = open(h.tracker(), ProcessingTime.workingDays(3));
    assertThat(a.sla().dueAt()).isEqualTo(wib(2025, 4, 10, 16, 0));
  }

  @Test
  void create_whenAgencyCountsCutiBersamaAsWorkingDays_isDueEarlier() {
    h.clock.set(wib(2025, 3, 27, 10, 0));
    Tracker tracker = h.builder().agencyCalendar(POLRES,
        WorkingCalendar.of(SiteZone.WIB).withCutiBersamaAsDayOff(false)).build();
    Application a = open(tracker, ProcessingTime.workingDays(3));
    // 28 Mar (cuti, worked), 2 Apr and 3 Apr (cuti, worked); 31 Mar-1 Apr are libur nasional
    assertThat(a.sla().dueAt()).isEqualTo(wib(2025, 4, 3, 16, 0));
  }

  @Test
  void create_whenHandedInBeforeIdulFitri2026_skipsNyepiIdulFitriAndCutiBersama() {
    // Tue 17 Mar 2026 is day 0; 18 cuti, 19 Nyepi, 20 cuti, 21-22 Idul Fitri, 23-24 cuti
    h.clock.set(wib(2026, 3, 17, 11, 0));
    Application a = open(h.tracker(), ProcessingTime.workingDays(2));
    assertThat(a.sla().dueAt()).isEqualTo(wib(2026, 3, 26, 16, 0));
  }

  @Test
  void create_whenHandedInAfterClosingTime_countsFromTheNextWorkingDay() {
    h.clock.set(wib(2026, 3, 6, 17, 0)); // Friday after 16:30
    Application a = open(h.tracker(), ProcessingTime.workingDays(1));
    // day 0 becomes Monday 9 March; due at the closing time of Tuesday 10 March
    assertThat(a.sla().dueAt()).isEqualTo(wib(2026, 3, 10, 16, 0));
  }

  @Test
  void create_whenNoProcessingTime_hasNoSlaClock() {
    Application a = h.tracker().create(form().withProcessingTime(null), officer);
    assertThat(a.findSla()).isEmpty();
  }

  @Test
  void perform_whenDocumentsReturned_pausesAndResumingMovesTheDueDate() {
    Tracker tracker = h.tracker();
    Application a = open(tracker, ProcessingTime.workingDays(3)); // Mon 2 Mar 2026 09:00
    assertThat(a.sla().dueAt()).isEqualTo(wib(2026, 3, 5, 16, 0));
    h.clock.set(wib(2026, 3, 3, 10, 0));
    Application paused = tracker.perform(a.trackingNumber(), "REQUEST_REVISION", officer,
        ActionOptions.defaults().withReason("Pas foto 4x6 belum dilampirkan"));
    assertThat(paused.sla().isPaused()).isTrue();
    assertThat(paused.sla().findPausedSince()).contains(wib(2026, 3, 3, 10, 0));
    h.clock.set(wib(2026, 3, 5, 10, 0));
    assertThat(tracker.listOverdue(ApplicationQuery.all(10))).isEmpty();
    Application resumed = tracker.perform(a.trackingNumber(), "RESUBMIT", Actor.applicant());
    // the pause covered the closing times of Tue 3 and Wed 4: two working days later
    assertThat(resumed.sla().isPaused()).isFalse();
    assertThat(resumed.sla().pauses()).hasSize(1);
    assertThat(resumed.sla().dueAt()).isEqualTo(wib(2026, 3, 9, 16, 0));
  }

  @Test
  void perform_whenPausedOnlyOverIdulFitriHolidays_keepsTheDueDate() {
    h.clock.set(wib(2026, 3, 17, 11, 0));
    Tracker tracker = h.tracker();
    Application a = open(tracker, ProcessingTime.workingDays(2));
    h.clock.set(wib(2026, 3, 17, 17, 0)); // after closing on day 0
    tracker.perform(a.trackingNumber(), "REQUEST_REVISION", officer,
        ActionOptions.defaults().withReason("Surat pengantar belum ada"));
    h.clock.set(wib(2026, 3, 25, 7, 30)); // before opening on the first working day after
    Application resumed = tracker.perform(a.trackingNumber(), "RESUBMIT", Actor.applicant());
    assertThat(resumed.sla().dueAt()).isEqualTo(wib(2026, 3, 26, 16, 0));
  }

  @Test
  void listNearBreach_whenEightyPercentOfWorkingTimeUsed_listsIt() {
    Tracker tracker = h.tracker();
    Application a = open(tracker, ProcessingTime.workingDays(3)); // Mon 2 Mar 09:00, due Thu 16:00
    // working time: Mon 6 h, Tue 7 h, Wed 7 h, Thu 7 h = 27 h; 80 % = 21.6 h, reached Thu 09:36
    assertThat(a.sla().nearBreachAt()).isEqualTo(wib(2026, 3, 5, 9, 36));
    h.clock.set(wib(2026, 3, 5, 9, 35));
    assertThat(tracker.listNearBreach(ApplicationQuery.all(10))).isEmpty();
    h.clock.set(wib(2026, 3, 5, 9, 36));
    assertThat(tracker.listNearBreach(ApplicationQuery.all(10))).extracting(
        Application::trackingNumber).containsExactly(a.trackingNumber());
    assertThat(tracker.listOverdue(ApplicationQuery.all(10))).isEmpty();
  }

  @Test
  void listOverdue_whenPastDue_listsItAndNoLongerAsNearBreach() {
    Tracker tracker = h.tracker();
    Application a = open(tracker, ProcessingTime.workingDays(3));
    h.clock.set(wib(2026, 3, 5, 16, 0));
    assertThat(tracker.listOverdue(ApplicationQuery.all(10))).extracting(
        Application::trackingNumber).containsExactly(a.trackingNumber());
    assertThat(tracker.listNearBreach(ApplicationQuery.all(10))).isEmpty();
  }

  @Test
  void checkSlaOnce_whenNearBreachThenOverdue_escalatesEachLevelOnceThroughTheListener() {
    Tracker tracker = h.tracker();
    Application a = open(tracker, ProcessingTime.workingDays(3));
    h.clock.set(wib(2026, 3, 5, 10, 0));
    assertThat(tracker.checkSlaOnce()).isEqualTo(new SlaReport(1, 0));
    assertThat(tracker.checkSlaOnce()).isEqualTo(new SlaReport(0, 0));
    tracker.runOutboxOnce();
    h.clock.set(wib(2026, 3, 5, 16, 1));
    assertThat(tracker.checkSlaOnce()).isEqualTo(new SlaReport(0, 1));
    assertThat(tracker.checkSlaOnce()).isEqualTo(new SlaReport(0, 0));
    tracker.runOutboxOnce();
    assertThat(h.escalations).extracting(Escalation::level)
        .containsExactly(SlaEscalation.NEAR_BREACH, SlaEscalation.OVERDUE);
    assertThat(h.escalations.get(1).application().trackingNumber())
        .isEqualTo(a.trackingNumber());
    assertThat(tracker.listEvents(a.trackingNumber())).extracting(StatusEvent::type)
        .containsExactly(StatusEvent.Type.CREATED, StatusEvent.Type.SLA_NEAR_BREACH,
            StatusEvent.Type.AGENCY_ACKNOWLEDGED, StatusEvent.Type.SLA_OVERDUE);
    assertThat(tracker.get(a.trackingNumber()).sla().escalation())
        .isEqualTo(SlaEscalation.OVERDUE);
  }

  @Test
  void checkSlaOnce_whenListenerFails_retriesTheEscalationLater() {
    int[] calls = {0};
    Tracker tracker = h.builder().escalationListener(e -> {
      if (calls[0]++ == 0) {
        throw new IllegalStateException("supervisor inbox offline");
      }
      h.escalations.add(e);
    }).build();
    open(tracker, ProcessingTime.workingDays(3));
    h.clock.set(wib(2026, 3, 5, 16, 1));
    tracker.checkSlaOnce();
    tracker.runOutboxOnce();
    h.clock.set(wib(2026, 3, 5, 16, 2));
    tracker.runOutboxOnce();
    assertThat(calls[0]).isEqualTo(2);
    assertThat(h.escalations).extracting(Escalation::level)
        .containsExactly(SlaEscalation.OVERDUE);
  }

  @Test
  void perform_whenResultReady_stopsTheClockAndRecordsWhetherItWasMet() {
    Tracker tracker = h.tracker();
    Application a = open(tracker, ProcessingTime.workingDays(3));
    h.clock.set(wib(2026, 3, 4, 11, 0));
    Application ready = tracker.perform(a.trackingNumber(), "MARK_READY", officer);
    assertThat(ready.sla().stoppedAt()).isEqualTo(wib(2026, 3, 4, 11, 0));
    assertThat(ready.sla().findMet()).contains(true);
    h.clock.set(wib(2026, 3, 10, 9, 0));
    assertThat(tracker.listOverdue(ApplicationQuery.all(10))).isEmpty();
    assertThat(tracker.checkSlaOnce()).isEqualTo(new SlaReport(0, 0));
  }

  @Test
  void create_whenWitaSiteAfterMidnight_datesTheNumberAndDueDateInTheSitesZone() {
    ZoneId wita = SiteZone.WITA.zoneId();
    h.clock.set(Instant.parse("2026-03-02T16:30:00Z")); // 23:30 WIB, but 00:30 WITA on Tue 3 Mar
    Tracker tracker = h.builder().zone(wita).calendar(WorkingCalendar.of(SiteZone.WITA)).build();
    Application a = open(tracker, ProcessingTime.workingDays(1));
    assertThat(a.trackingNumber().date()).isEqualTo(LocalDate.of(2026, 3, 3));
    // day 0 is Tue 3 Mar (before opening); due at 16:00 WITA on Wed 4 Mar = 08:00 UTC
    assertThat(a.sla().dueAt()).isEqualTo(Instant.parse("2026-03-04T08:00:00Z"));
  }

  @Test
  void create_whenProcessingTimeInMinutes_dueOnTheWallClock() {
    Application a = open(h.tracker(), ProcessingTime.minutes(60));
    assertThat(a.sla().dueAt()).isEqualTo(wib(2026, 3, 2, 10, 0));
    assertThat(a.sla().nearBreachAt()).isEqualTo(wib(2026, 3, 2, 9, 48));
  }
}
