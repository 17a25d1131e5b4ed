package id.mpp.sdk.report;

import static id.mpp.sdk.report.SimulatedDay.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.survey.SkmElement;
import id.mpp.sdk.survey.SkmResponse;
import id.mpp.sdk.survey.SurveyBook;
import id.mpp.sdk.survey.SurveyStore;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReporterTest {

  private SimulatedDay day;

  @BeforeAll
  void runTheDay() {
    day = new SimulatedDay().run();
  }

  @Test
  void report_withoutTrackerAndSurvey_hasEmptySectionsAndZeroResponses() {
    MppReport report = Reporter.builder().queue(day.desk).clock(day.clock).build()
        .report(ReportPeriod.day(DAY));

    assertThat(report.applications()).isEmpty();
    assertThat(report.sla()).isEmpty();
    assertThat(report.overdue()).isEmpty();
    assertThat(report.survey().site()).isNull();
    assertThat(report.survey().sample().responses()).isZero();
    assertThat(report.survey().sample().population()).isEqualTo(8);
    assertThat(report.siteName()).isEqualTo("mpp-kota-bandung");
  }

  @Test
  void report_forTheMonth_holdsTheDayAndTheWeekBeforesApplicationsNotHandedInThatMonth() {
    MppReport month = Reporter.builder().queue(day.desk).tracker(day.tracker).survey(day.book)
        .clock(day.clock).build().report(ReportPeriod.month(YearMonth.of(2026, 3)));

    assertThat(month.queue().visitors()).isEqualTo(8);
    assertThat(month.survey().site().respondents()).isEqualTo(5);
    // A1 and A2 were handed in in February
    assertThat(month.applications()).extracting(MppReport.StatusCount::count)
        .containsExactly(1L, 1L);
  }

  @Test
  void report_forFebruary_countsTheWeekBeforesApplications() {
    MppReport february = Reporter.builder().queue(day.desk).tracker(day.tracker)
        .clock(day.clock).build().report(ReportPeriod.month(YearMonth.of(2026, 2)));

    // A1 and B3 never acted on (submitted); A2, B1 and B2 ready
    assertThat(february.queue().visitors()).isZero();
    assertThat(february.applications()).extracting(s -> s.status().name() + "=" + s.count())
        .containsExactly("SUBMITTED=2", "READY_FOR_PICKUP=3");
    // A2 was due and ready on Friday 27 February
    assertThat(february.sla()).singleElement().satisfies(line -> {
      assertThat(line.onTime()).isEqualTo(1);
      assertThat(line.late()).isEqualTo(1);
    });
  }

  @Test
  void report_forTheYear_holdsEveryMonthOfIt() {
    Reporter reporter = Reporter.builder().queue(day.desk).tracker(day.tracker).survey(day.book)
        .clock(day.clock).build();

    MppReport year = reporter.report(ReportPeriod.year(Year.of(2026)));

    assertThat(year.period().granularity()).isEqualTo(ReportPeriod.Granularity.YEAR);
    assertThat(year.queue().visitors()).isEqualTo(8);
    assertThat(year.survey().site().respondents()).isEqualTo(5);
    // February's five applications and March's two, each counted once
    assertThat(year.applications()).extracting(MppReport.StatusCount::count)
        .containsExactlyElementsOf(java.util.stream.Stream.of(YearMonth.of(2026, 2),
                YearMonth.of(2026, 3))
            .flatMap(m -> reporter.report(ReportPeriod.month(m)).applications().stream())
            .collect(java.util.stream.Collectors.groupingBy(MppReport.StatusCount::status,
                java.util.TreeMap::new,
                java.util.stream.Collectors.summingLong(MppReport.StatusCount::count)))
            .values());
    assertThat(year.applications().stream().mapToLong(MppReport.StatusCount::count).sum())
        .isEqualTo(7);
  }

  @Test
  void report_forTheYearBefore_isEmpty() {
    MppReport year = Reporter.builder().queue(day.desk).tracker(day.tracker).survey(day.book)
        .clock(day.clock).build().report(ReportPeriod.year(Year.of(2025)));

    assertThat(year.queue().visitors()).isZero();
    assertThat(year.applications()).isEmpty();
    assertThat(year.survey().site()).isNull();
  }

  @Test
  void surveyBook_whenApplicationOfARatedTicketIsRated_acceptsItOnceForTheApplication() {
    // C1 was handed in under ticket C001, which was rated at the counter; a day of its own,
    // as this test records a response
    SimulatedDay day = new SimulatedDay().run();
    SkmResponse response = SkmResponse.builder().application(day.c1)
        .answeredAt(day.clock.instant()).score(SkmElement.PRODUK_LAYANAN, 4).build();

    day.book.record(response);

    assertThat(day.book.findByApplication(day.c1.trackingNumber())).contains(response);
    assertThat(response.service()).isEqualTo(SimulatedDay.SKCK);
    assertThat(response.agency()).isEqualTo(SimulatedDay.POLRES);
    assertThatThrownBy(() -> day.book.record(response))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(SurveyStore.DUPLICATE));
  }

  @Test
  void surveyBook_ticketBuilder_takesServiceAgencyAndCounterOfTheTicket() {
    SkmResponse rated = day.book.findByTicket(day.s1.id()).orElseThrow();

    assertThat(rated.service()).isEqualTo(SimulatedDay.SKCK);
    assertThat(rated.agency()).isEqualTo(SimulatedDay.POLRES);
    assertThat(rated.counter()).isEqualTo(SimulatedDay.P1);
  }

  @Test
  void build_whenQueueAndClockMissing_namesBoth() {
    assertThatThrownBy(() -> Reporter.builder().build())
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field).containsExactly("queue", "clock"));
  }

  @Test
  void build_whenSurveyBookOfAnotherSiteOrZone_isRefused() {
    SurveyBook other = SurveyBook.builder().site(SiteId.of("mpp-lain"))
        .zone(ZoneId.of("Asia/Makassar")).clock(day.clock).build();

    assertThatThrownBy(() -> Reporter.builder().queue(day.desk).survey(other).clock(day.clock)
        .build())
        .isInstanceOfSatisfying(MppValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::rule).containsExactly("report.site", "report.zone"));
  }
}
