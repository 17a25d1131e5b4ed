package id.mpp.sdk.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.MppValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-counted due dates. Default opening hours (OpeningHours.defaults()): Monday-Thursday
 * 08:00-12:00 and 13:00-16:00; Friday 08:00-11:30 and 13:00-16:30; Saturday 08:00-12:00 where
 * Saturday is a working day. A working day ends at its closing time.
 */
class SlaCalculatorTest {

  private static final WorkingCalendar WIB_CALENDAR = WorkingCalendar.of(SiteZone.WIB);
  private static final SlaCalculator WIB = SlaCalculator.of(WIB_CALENDAR);
  private static final SlaCalculator WIB_CUTI_WORKING =
      SlaCalculator.of(WIB_CALENDAR.withCutiBersamaAsDayOff(false));
  private static final SlaCalculator WITA = SlaCalculator.of(WorkingCalendar.of(SiteZone.WITA));

  private static Instant wib(int y, int mo, int d, int h, int mi) {
    return LocalDateTime.of(y, mo, d, h, mi).atZone(SiteZone.WIB.zoneId()).toInstant();
  }

  private static Instant wita(int y, int mo, int d, int h, int mi) {
    return LocalDateTime.of(y, mo, d, h, mi).atZone(SiteZone.WITA.zoneId()).toInstant();
  }

  // --- working days across Idul Fitri ---------------------------------------------------------

  @Test
  void dueAt_whenFiveWorkingDaysAcrossIdulFitri2025WithCutiOff_isFridayEleventhApril() {
    // day 0 = Wed 26 Mar. Thu 27 (1); Fri 28 cuti Nyepi; Sat 29 Nyepi; Sun 30; Mon 31 + Tue 1 Apr
    // Idul Fitri; Wed 2, Thu 3, Fri 4 cuti; Sat 5, Sun 6; Mon 7 cuti; Tue 8 (2), Wed 9 (3),
    // Thu 10 (4), Fri 11 (5) -> Friday closing time 16:30
    assertThat(WIB.dueAt(wib(2025, 3, 26, 10, 0), ProcessingTime.workingDays(5)))
        .isEqualTo(wib(2025, 4, 11, 16, 30));
  }

  @Test
  void dueAt_whenFiveWorkingDaysAcrossIdulFitri2025WithCutiWorking_isFridayFourthApril() {
    // day 0 = Wed 26 Mar. Thu 27 (1), Fri 28 (2); 29-30 weekend; 31 + 1 Idul Fitri;
    // Wed 2 (3), Thu 3 (4), Fri 4 (5) -> 16:30
    assertThat(WIB_CUTI_WORKING.dueAt(wib(2025, 3, 26, 10, 0), ProcessingTime.workingDays(5)))
        .isEqualTo(wib(2025, 4, 4, 16, 30));
  }

  @Test
  void dueAt_whenFiveWorkingDaysAcrossIdulFitri2026WithCutiOff_isTuesdayThirtyFirstMarch() {
    // day 0 = Tue 17 Mar. Wed 18 cuti; Thu 19 Nyepi; Fri 20 cuti; Sat 21 + Sun 22 Idul Fitri;
    // Mon 23 + Tue 24 cuti; Wed 25 (1), Thu 26 (2), Fri 27 (3), Mon 30 (4), Tue 31 (5) -> 16:00
    assertThat(WIB.dueAt(wib(2026, 3, 17, 9, 0), ProcessingTime.workingDays(5)))
        .isEqualTo(wib(2026, 3, 31, 16, 0));
  }

  @Test
  void dueAt_whenFiveWorkingDaysAcrossIdulFitri2026WithCutiWorking_isWednesdayTwentyFifth() {
    // day 0 = Tue 17 Mar. Wed 18 (1); Thu 19 Nyepi; Fri 20 (2); 21-22 weekend (Idul Fitri);
    // Mon 23 (3), Tue 24 (4), Wed 25 (5) -> 16:00
    assertThat(WIB_CUTI_WORKING.dueAt(wib(2026, 3, 17, 9, 0), ProcessingTime.workingDays(5)))
        .isEqualTo(wib(2026, 3, 25, 16, 0));
  }

  // --- the submission-day rule -----------------------------------------------------------------

  @Test
  void dueAt_whenHandedInBeforeClosing_submissionDayIsDayZero() {
    // day 0 = Mon 3 Mar 2025 (15:59 is before 16:00); Tue 4 (1)
    assertThat(WIB.dueAt(wib(2025, 3, 3, 15, 59), ProcessingTime.workingDays(1)))
        .isEqualTo(wib(2025, 3, 4, 16, 0));
  }

  @Test
  void dueAt_whenHandedInAtClosingTime_countsFromTheNextWorkingDay() {
    // 16:00 is closing time: day 0 = Tue 4 Mar; Wed 5 (1)
    assertThat(WIB.dueAt(wib(2025, 3, 3, 16, 0), ProcessingTime.workingDays(1)))
        .isEqualTo(wib(2025, 3, 5, 16, 0));
    assertThat(WIB.countedSubmissionDate(wib(2025, 3, 3, 16, 0)))
        .isEqualTo(LocalDate.of(2025, 3, 4));
  }

  @Test
  void dueAt_whenHandedInBeforeOpening_submissionDayStillDayZero() {
    assertThat(WIB.countedSubmissionDate(wib(2025, 3, 3, 6, 45)))
        .isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(WIB.dueAt(wib(2025, 3, 3, 6, 45), ProcessingTime.workingDays(1)))
        .isEqualTo(wib(2025, 3, 4, 16, 0));
  }

  @Test
  void dueAt_whenHandedInOnSaturday_countsFromMonday() {
    // Sat 8 Mar 2025 is not a working day: day 0 = Mon 10; Tue 11 (1)
    assertThat(WIB.countedSubmissionDate(wib(2025, 3, 8, 10, 0)))
        .isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(WIB.dueAt(wib(2025, 3, 8, 10, 0), ProcessingTime.workingDays(1)))
        .isEqualTo(wib(2025, 3, 11, 16, 0));
  }

  @Test
  void dueAt_whenHandedInOnIdulFitri_countsFromFirstWorkingDayAfterCutiBersama() {
    // Mon 31 Mar 2025 Idul Fitri: day 0 = Tue 8 Apr; Wed 9 (1), Thu 10 (2)
    assertThat(WIB.dueAt(wib(2025, 3, 31, 10, 0), ProcessingTime.workingDays(2)))
        .isEqualTo(wib(2025, 4, 10, 16, 0));
  }

  // --- Saturday-working sites -------------------------------------------------------------------

  @Test
  void dueAt_whenSaturdayWorkingSite_countsSaturdayEndingAtNoon() {
    SlaCalculator saturdays = SlaCalculator.of(WorkingCalendar.builder().zone(SiteZone.WIB)
        .saturdayWorking(true).build());
    // day 0 = Fri 7 Mar 2025; Sat 8 (1) closes 12:00
    assertThat(saturdays.dueAt(wib(2025, 3, 7, 10, 0), ProcessingTime.workingDays(1)))
        .isEqualTo(wib(2025, 3, 8, 12, 0));
    // Sat 8 (1), Mon 10 (2)
    assertThat(saturdays.dueAt(wib(2025, 3, 7, 10, 0), ProcessingTime.workingDays(2)))
        .isEqualTo(wib(2025, 3, 10, 16, 0));
    // Monday-Friday site: Mon 10 (1), Tue 11 (2)
    assertThat(WIB.dueAt(wib(2025, 3, 7, 10, 0), ProcessingTime.workingDays(2)))
        .isEqualTo(wib(2025, 3, 11, 16, 0));
  }

  @Test
  void dueAt_whenSaturdaySiteAndHandedInSaturdayAfternoon_countsFromMonday() {
    SlaCalculator saturdays = SlaCalculator.of(WorkingCalendar.builder().zone(SiteZone.WIB)
        .saturdayWorking(true).build());
    // Sat 8 Mar 2025 13:00 is after the 12:00 closing: day 0 = Mon 10; Tue 11 (1)
    assertThat(saturdays.dueAt(wib(2025, 3, 8, 13, 0), ProcessingTime.workingDays(1)))
        .isEqualTo(wib(2025, 3, 11, 16, 0));
  }

  // --- working hours ------------------------------------------------------------------------------

  @Test
  void dueAt_whenWorkingHoursAcrossFridayBreak_skipsSholatJumat() {
    // Fri 7 Mar 2025 10:00-11:30 = 1.5 h; break 11:30-13:00; 13:00 + 2.5 h = 15:30
    assertThat(WIB.dueAt(wib(2025, 3, 7, 10, 0), ProcessingTime.workingHours(4)))
        .isEqualTo(wib(2025, 3, 7, 15, 30));
  }

  @Test
  void dueAt_whenWorkingHoursAcrossWeekend_continuesMondayMorning() {
    // Fri 7 Mar: 10:00-11:30 (1.5 h) + 13:00-16:30 (3.5 h) = 5 h; Mon 10: 08:00 + 3 h = 11:00
    assertThat(WIB.dueAt(wib(2025, 3, 7, 10, 0), ProcessingTime.workingHours(8)))
        .isEqualTo(wib(2025, 3, 10, 11, 0));
  }

  @Test
  void dueAt_whenWorkingHoursRunOutAtBreak_isTheBreakStart() {
    // Mon 10 Mar 2025 08:00 + 4 h = 12:00, not 13:00
    assertThat(WIB.dueAt(wib(2025, 3, 10, 8, 0), ProcessingTime.workingHours(4)))
        .isEqualTo(wib(2025, 3, 10, 12, 0));
  }

  @Test
  void dueAt_whenWorkingHoursStartAfterClosing_startsAtNextOpening() {
    // Mon 10 Mar 2025 17:00 -> Tue 11 08:00 + 2 h = 10:00
    assertThat(WIB.dueAt(wib(2025, 3, 10, 17, 0), ProcessingTime.workingHours(2)))
        .isEqualTo(wib(2025, 3, 11, 10, 0));
  }

  @Test
  void dueAt_whenWorkingHoursAcrossIdulFitri2025_skipsTheHolidays() {
    // Thu 27 Mar 2025 15:00: 1 h left that day; next working day Tue 8 Apr: 08:00 + 1 h = 09:00
    assertThat(WIB.dueAt(wib(2025, 3, 27, 15, 0), ProcessingTime.workingHours(2)))
        .isEqualTo(wib(2025, 4, 8, 9, 0));
  }

  @Test
  void workingTimeBetween_whenFridayToMonday_countsOpeningTimeOnly() {
    // Fri 7 Mar 10:00 -> Mon 10 11:00: 1.5 + 3.5 + 3 = 8 h
    assertThat(WIB.workingTimeBetween(wib(2025, 3, 7, 10, 0), wib(2025, 3, 10, 11, 0)))
        .isEqualTo(Duration.ofHours(8));
  }

  @Test
  void workingTimeBetween_whenReversed_isNegative() {
    assertThat(WIB.workingTimeBetween(wib(2025, 3, 10, 11, 0), wib(2025, 3, 7, 10, 0)))
        .isEqualTo(Duration.ofHours(-8));
  }

  @Test
  void workingTimeBetween_whenPaused_subtractsPausedOpeningTime() {
    // Mon 10 Mar 08:00 -> 16:00 = 7 h; pause 10:00-14:00 covers 10-12 and 13-14 = 3 h
    Pause pause = Pause.of(wib(2025, 3, 10, 10, 0), wib(2025, 3, 10, 14, 0));
    assertThat(WIB.workingTimeBetween(wib(2025, 3, 10, 8, 0), wib(2025, 3, 10, 16, 0),
        List.of(pause))).isEqualTo(Duration.ofHours(4));
  }

  // --- zone boundaries ----------------------------------------------------------------------------

  @Test
  void dueAt_whenSameInstantIsBeforeClosingInWibButAtClosingInWita_differsByADay() {
    // Fri 7 Mar 2025 15:30 WIB = 16:30 WITA (Friday closing time)
    Instant instant = wib(2025, 3, 7, 15, 30);
    assertThat(instant).isEqualTo(wita(2025, 3, 7, 16, 30));
    // WIB: day 0 = Fri 7; Mon 10 (1) -> 16:00 WIB
    assertThat(WIB.dueAt(instant, ProcessingTime.workingDays(1)))
        .isEqualTo(wib(2025, 3, 10, 16, 0));
    // WITA: at closing time -> day 0 = Mon 10; Tue 11 (1) -> 16:00 WITA
    assertThat(WITA.dueAt(instant, ProcessingTime.workingDays(1)))
        .isEqualTo(wita(2025, 3, 11, 16, 0));
  }

  @Test
  void dueAt_whenFridayLateWibIsSaturdayWita_calendarDaysCountFromTheLocalDate() {
    // Fri 7 Mar 2025 23:30 WIB = Sat 8 Mar 00:30 WITA
    Instant instant = wib(2025, 3, 7, 23, 30);
    assertThat(instant).isEqualTo(wita(2025, 3, 8, 0, 30));
    // WIB: day 0 = Fri 7, 1 calendar day -> end of Sat 8 = Sun 9 00:00 WIB
    assertThat(WIB.dueAt(instant, ProcessingTime.calendarDays(1)))
        .isEqualTo(wib(2025, 3, 9, 0, 0));
    // WITA: day 0 = Sat 8 -> end of Sun 9 = Mon 10 00:00 WITA
    assertThat(WITA.dueAt(instant, ProcessingTime.calendarDays(1)))
        .isEqualTo(wita(2025, 3, 10, 0, 0));
  }

  // --- pauses -----------------------------------------------------------------------------------

  @Test
  void dueAt_whenNoPause_isBaseline() {
    // day 0 = Mon 3 Mar 2025; Tue 4 (1), Wed 5 (2), Thu 6 (3), Fri 7 (4), Mon 10 (5)
    assertThat(WIB.dueAt(wib(2025, 3, 3, 10, 0), ProcessingTime.workingDays(5), List.of()))
        .isEqualTo(wib(2025, 3, 10, 16, 0));
  }

  @Test
  void dueAt_whenPausedOverTwoClosingTimes_movesByTwoWorkingDays() {
    // paused Wed 5 10:00 -> Fri 7 10:00: closings of Wed 5 and Thu 6 do not count.
    // Tue 4 (1), Fri 7 (2), Mon 10 (3), Tue 11 (4), Wed 12 (5)
    Pause revision = Pause.of(wib(2025, 3, 5, 10, 0), wib(2025, 3, 7, 10, 0));
    assertThat(WIB.dueAt(wib(2025, 3, 3, 10, 0), ProcessingTime.workingDays(5),
        List.of(revision))).isEqualTo(wib(2025, 3, 12, 16, 0));
  }

  @Test
  void dueAt_whenPausedWithinOneDay_costsNoWorkingDay() {
    Pause shortPause = Pause.of(wib(2025, 3, 4, 10, 0), wib(2025, 3, 4, 11, 0));
    assertThat(WIB.dueAt(wib(2025, 3, 3, 10, 0), ProcessingTime.workingDays(5),
        List.of(shortPause))).isEqualTo(wib(2025, 3, 10, 16, 0));
  }

  @Test
  void dueAt_whenPauseStartsAtClosingAndEndsAtNextClosing_costsOnlyTheSecondDay() {
    // pause (Tue 4 16:00, Wed 5 16:00]: Tue counts, Wed does not.
    // Tue 4 (1), Thu 6 (2), Fri 7 (3), Mon 10 (4), Tue 11 (5)
    Pause pause = Pause.of(wib(2025, 3, 4, 16, 0), wib(2025, 3, 5, 16, 0));
    assertThat(WIB.dueAt(wib(2025, 3, 3, 10, 0), ProcessingTime.workingDays(5), List.of(pause)))
        .isEqualTo(wib(2025, 3, 11, 16, 0));
  }

  @Test
  void dueAt_whenPausesOverlapAndUnordered_mergesThem() {
    // together they cover Wed 5 10:00 -> Fri 7 10:00, as in the two-day case
    List<Pause> pauses = List.of(
        Pause.of(wib(2025, 3, 6, 9, 0), wib(2025, 3, 7, 10, 0)),
        Pause.of(wib(2025, 3, 5, 10, 0), wib(2025, 3, 6, 12, 0)));
    assertThat(WIB.dueAt(wib(2025, 3, 3, 10, 0), ProcessingTime.workingDays(5), pauses))
        .isEqualTo(wib(2025, 3, 12, 16, 0));
  }

  @Test
  void dueAt_whenPauseAfterDue_doesNotMoveIt() {
    Pause late = Pause.of(wib(2025, 3, 11, 9, 0), wib(2025, 3, 14, 9, 0));
    assertThat(WIB.dueAt(wib(2025, 3, 3, 10, 0), ProcessingTime.workingDays(5), List.of(late)))
        .isEqualTo(wib(2025, 3, 10, 16, 0));
  }

  @Test
  void dueAt_whenPauseBeforeStart_isIgnored() {
    Pause earlier = Pause.of(wib(2025, 2, 24, 9, 0), wib(2025, 2, 28, 9, 0));
    assertThat(WIB.dueAt(wib(2025, 3, 3, 10, 0), ProcessingTime.workingDays(5), List.of(earlier)))
        .isEqualTo(wib(2025, 3, 10, 16, 0));
  }

  @Test
  void dueAt_whenWorkingHoursPausedAcrossBreak_subtractsOnlyOpeningTime() {
    // Mon 3 Mar 08:00, 7 h = Mon 16:00 without pause. Pause 10:00-14:00 removes 10-12 and
    // 13-14 (3 h): Mon gives 8-10 + 14-16 = 4 h; Tue 4 08:00 + 3 h = 11:00
    Pause pause = Pause.of(wib(2025, 3, 3, 10, 0), wib(2025, 3, 3, 14, 0));
    assertThat(WIB.dueAt(wib(2025, 3, 3, 8, 0), ProcessingTime.workingHours(7), List.of(pause)))
        .isEqualTo(wib(2025, 3, 4, 11, 0));
  }

  @Test
  void dueAt_whenOngoingPauseEndsNow_dueMovesWithTheClock() {
    ManualClock clock = ManualClock.at(LocalDateTime.of(2025, 3, 5, 10, 0), SiteZone.WIB.zoneId());
    Instant start = wib(2025, 3, 3, 10, 0);
    Instant pausedAt = clock.instant();
    // still paused one working day later: the closing of Wed 5 is lost -> due moves to Tue 11
    clock.advance(Duration.ofDays(1));
    assertThat(WIB.dueAt(start, ProcessingTime.workingDays(5),
        List.of(Pause.of(pausedAt, clock.instant())))).isEqualTo(wib(2025, 3, 11, 16, 0));
    // a day later still: Thu 6 closing lost too -> Wed 12
    clock.advance(Duration.ofDays(1));
    assertThat(WIB.dueAt(start, ProcessingTime.workingDays(5),
        List.of(Pause.of(pausedAt, clock.instant())))).isEqualTo(wib(2025, 3, 12, 16, 0));
  }

  @Test
  void pause_whenEndBeforeStart_refuses() {
    assertThatThrownBy(() -> Pause.of(wib(2025, 3, 5, 10, 0), wib(2025, 3, 5, 9, 0)))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations().get(0).rule()).isEqualTo("pause.order"));
  }

  @Test
  void workingDaysElapsed_whenMidway_countsClosedDaysAfterDayZero() {
    Instant start = wib(2025, 3, 3, 10, 0);
    // at Thu 6 10:00: Tue 4 and Wed 5 have closed -> day 2 of 5
    assertThat(WIB.workingDaysElapsed(start, wib(2025, 3, 6, 10, 0), List.of())).isEqualTo(2);
    // at Mon 3 17:00 only day 0 has ended
    assertThat(WIB.workingDaysElapsed(start, wib(2025, 3, 3, 17, 0), List.of())).isZero();
    // with Wed 5 paused -> 1
    assertThat(WIB.workingDaysElapsed(start, wib(2025, 3, 6, 10, 0),
        List.of(Pause.of(wib(2025, 3, 5, 9, 0), wib(2025, 3, 6, 9, 0))))).isEqualTo(1);
  }

  // --- minutes, calendar days, LAPOR! timers, missing data ----------------------------------------

  @Test
  void dueAt_whenMinutesWithPause_addsThePauseLength() {
    // 10:00 + 60 min, paused 10:15-10:45 (30 min) -> 11:30
    Pause pause = Pause.of(wib(2025, 3, 3, 10, 15), wib(2025, 3, 3, 10, 45));
    assertThat(WIB.dueAt(wib(2025, 3, 3, 10, 0), ProcessingTime.minutes(60), List.of(pause)))
        .isEqualTo(wib(2025, 3, 3, 11, 30));
  }

  @Test
  void dueAt_whenMinutesOnAHoliday_countsWallClock() {
    assertThat(WIB.dueAt(wib(2025, 3, 31, 23, 30), ProcessingTime.minutes(45)))
        .isEqualTo(wib(2025, 4, 1, 0, 15));
  }

  @Test
  void dueAt_whenCalendarDaysAcrossIdulFitri_countsEveryDay() {
    // day 0 = Wed 26 Mar 2025; 14 days later is Wed 9 Apr; due at its end = Thu 10 00:00
    assertThat(WIB.dueAt(wib(2025, 3, 26, 10, 0), ProcessingTime.calendarDays(14)))
        .isEqualTo(wib(2025, 4, 10, 0, 0));
  }

  @Test
  void dueAt_whenCalendarDaysInYearWithoutData_needsNoHolidayData() {
    assertThat(WIB.dueAt(wib(2030, 1, 7, 10, 0), ProcessingTime.calendarDays(3)))
        .isEqualTo(wib(2030, 1, 11, 0, 0));
  }

  @Test
  void dueAt_whenLaporThreeWorkingDaysOverChristmas2025_skipsNatalAndCuti() {
    Instant submitted = wib(2025, 12, 22, 9, 0);
    // day 0 = Mon 22 Dec; Tue 23 (1), Wed 24 (2), Thu 25 Natal, Fri 26 cuti, Mon 29 (3)
    assertThat(WIB.dueAt(submitted, ProcessingTime.workingDays(3)))
        .isEqualTo(wib(2025, 12, 29, 16, 0));
    // cuti working: Tue 23 (1), Wed 24 (2), Fri 26 (3) -> Friday 16:30
    assertThat(WIB_CUTI_WORKING.dueAt(submitted, ProcessingTime.workingDays(3)))
        .isEqualTo(wib(2025, 12, 26, 16, 30));
  }

  @Test
  void dueAt_whenLaporTenWorkingDaysRunIntoYearWithoutData_throwsNamingTheYear() {
    // day 0 = Mon 21 Dec 2026; Tue 22 (1), Wed 23 (2), Thu 24 cuti, Fri 25 Natal, Mon 28 (3),
    // Tue 29 (4), Wed 30 (5), Thu 31 (6); then 2027 has no data
    assertThatThrownBy(() -> WIB.dueAt(wib(2026, 12, 21, 9, 0), ProcessingTime.workingDays(10)))
        .isInstanceOfSatisfying(HolidayDataMissingException.class,
            e -> assertThat(e.year()).isEqualTo(2027));
    assertThat(WIB.dueAt(wib(2026, 12, 21, 9, 0), ProcessingTime.workingDays(6)))
        .isEqualTo(wib(2026, 12, 31, 16, 0));
  }
}
