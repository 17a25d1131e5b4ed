package id.mpp.sdk.report;

import static id.mpp.sdk.report.SimulatedDay.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.queue.KpiQuery;
import id.mpp.sdk.queue.ServiceKpis;
import id.mpp.sdk.survey.IkmResult;
import id.mpp.sdk.survey.SurveyQuery;
import id.mpp.sdk.time.DateRange;
import id.mpp.sdk.tracking.ApplicationQuery;
import id.mpp.sdk.validation.MppValidator;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTML report of a simulated day, parsed back: the numbers shown must be the numbers the
 * engines computed, and the ones the script gives by hand.
 *
 * <p>The script ({@link SimulatedDay}), times in WIB on Monday 2 March 2026:
 *
 * <pre>
 * ticket  service  issued  called  served  ended          wait  serve
 * A001    KTP      08:00   08:10   08:10   08:20 done      10    10
 * A002    KTP      08:00   08:20   08:20   08:35 done      20    15
 * A003    KTP      08:00   08:35   08:35   09:05 done      35    30
 * A004    KTP      09:00   09:05   09:05   09:10 done       5     5
 * B001    KK       08:00   08:15   08:15   08:30 done      15    15
 * B002    KK       08:00   08:30   -       08:35 no-show   30     -
 * C001    SKCK     08:00   08:25   08:25   09:15 done      25    50
 * C002    SKCK     08:00   09:15   09:15   09:40 done      75    25
 * </pre>
 *
 * Percentiles are nearest-rank (the queue desk's): p50 of n values is the ceil(n/2)-th smallest,
 * p90 the ceil(0.9 n)-th.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatedDayReportTest {

  private SimulatedDay day;
  private MppReport report;
  private Document page;

  @BeforeAll
  void runTheDay() {
    day = new SimulatedDay().run();
    Reporter reporter = Reporter.builder().queue(day.desk).tracker(day.tracker).survey(day.book)
        .siteName("MPP Kota Bandung").clock(day.clock).build();
    report = reporter.report(ReportPeriod.day(DAY));
    page = Jsoup.parse(ReportExport.html(report, MppValidator.INDONESIAN));
  }

  private String card(String metric) {
    return page.selectFirst("[data-metric=" + metric + "] .value").text();
  }

  private List<List<String>> rows(String table) {
    return page.select("table[data-table=" + table + "] tbody tr").stream()
        .map(tr -> tr.select("td").eachText()).toList();
  }

  private static String minutes(Duration d) {
    return d == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f",
        d.getSeconds() / 60.0).replace('.', ',');
  }

  @Test
  void cards_visitorsNoShowsAndWaitingTimes_matchTheScript() {
    // 8 tickets; 7 served, 1 no-show: 1 / 8 = 12,5 %
    // all waits 5 10 15 20 25 30 35 75: p50 = 4th = 20, p90 = 8th = 75
    assertThat(card("visitors")).isEqualTo("8");
    assertThat(card("tickets")).isEqualTo("8");
    assertThat(card("served")).isEqualTo("7");
    assertThat(card("noShowRate")).isEqualTo("12,5");
    assertThat(card("waitP50")).isEqualTo("20,0");
    assertThat(card("waitP90")).isEqualTo("75,0");
  }

  @Test
  void summaryTable_servingTimesAndShareWithinTarget_matchTheScript() {
    // serves 5 10 15 15 25 30 50: p50 = 4th = 15, p90 = 7th = 50
    // within the waiting target: KTP (15) 10 and 5; KK (20) 15; SKCK (30) 25: 4 of 8 = 50 %
    List<List<String>> summary = rows("summary");
    assertThat(summary).contains(List.of("serveP50", "Waktu layanan p50 (menit)", "15,0"),
        List.of("serveP90", "Waktu layanan p90 (menit)", "50,0"),
        List.of("withinTarget", "Dilayani dalam target waktu tunggu (%)", "50,0"));
  }

  @Test
  void queueByService_rowsEqualTheQueueDesksKpis() {
    List<ServiceKpis> kpis = day.desk.kpis(KpiQuery.day(DAY)).services();
    List<List<String>> rows = rows("queue-by-service");

    assertThat(rows).hasSize(kpis.size());
    for (int i = 0; i < kpis.size(); i++) {
      ServiceKpis k = kpis.get(i);
      assertThat(rows.get(i)).as(k.service().value()).containsExactly(k.service().value(),
          rows.get(i).get(1), k.agency().value(), String.valueOf(k.arrivals()),
          String.valueOf(k.served()), String.valueOf(k.noShows()),
          k.served() + k.noShows() == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f",
              k.noShowRate() * 100).replace('.', ','),
          minutes(k.waitP50()), minutes(k.waitP90()), minutes(k.serveP50()),
          minutes(k.serveP90()));
    }
  }

  @Test
  void queueByService_rowsMatchTheScriptByHand() {
    // KK: waits 15 30 -> p50 15, p90 30; one no-show of two called: 50 %
    // KTP: waits 5 10 20 35 -> p50 10, p90 35; serves 5 10 15 30 -> p50 10, p90 30
    // SKCK: waits 25 75; serves 25 50
    assertThat(rows("queue-by-service")).containsExactly(
        List.of("DUKCAPIL-KK", "Kartu Keluarga", "dukcapil", "2", "1", "1", "50,0", "15,0",
            "30,0", "15,0", "15,0"),
        List.of("DUKCAPIL-KTP-EL", "Perekaman KTP-el", "dukcapil", "4", "4", "0", "0,0", "10,0",
            "35,0", "10,0", "30,0"),
        List.of("POLRI-SKCK-BARU", "SKCK baru", "polres", "2", "2", "0", "0,0", "25,0", "75,0",
            "25,0", "50,0"));
  }

  @Test
  void queueByAgency_sumsItsServices() {
    assertThat(rows("queue-by-agency")).containsExactly(
        List.of("dukcapil", "Disdukcapil Kota Bandung", "6", "5", "1"),
        List.of("polres", "Polrestabes Bandung", "2", "2", "0"));
  }

  @Test
  void timesByHour_splitsKtpIntoEightAndNineOClock() {
    // KTP 08:00: waits 10 20 35 -> p50 20, p90 35; serves 10 15 30 -> p50 15, p90 30
    // KTP 09:00: A004 alone, wait 5, serve 5
    assertThat(rows("times-by-hour")).contains(
        List.of("DUKCAPIL-KTP-EL", "08:00", "3", "20,0", "35,0", "15,0", "30,0"),
        List.of("DUKCAPIL-KTP-EL", "09:00", "1", "5,0", "5,0", "5,0", "5,0"));
    assertThat(page.select("svg#chart-tickets-by-hour g text").eachText())
        .containsExactly("7", "08", "1", "09");
  }

  @Test
  void ikm_cardsEqualTheSurveyBooksIkm() {
    IkmResult ikm = day.book.findIkm(SurveyQuery.of(DateRange.day(DAY))).orElseThrow();

    assertThat(card("ikm")).isEqualTo(ikm.value().toPlainString().replace('.', ','));
    assertThat(card("ikm-site")).isEqualTo(card("ikm"));
    assertThat(page.selectFirst("[data-metric=ikm-site] .note").text())
        .isEqualTo(ikm.grade().name() + " · " + ikm.grade().label(MppValidator.INDONESIAN));
  }

  @Test
  void ikm_siteValueMatchesTheHandCalculation() {
    // 5 respondents: A001 all 4, A002 all 3, A003 all 3 but U3 = 1, C001 all 2, C002 all 3
    // without U4. NRR: U3 = (4+3+1+2+3)/5 = 2.6; U4 = (4+3+3+2)/4 = 3; the other seven
    // 15/5 = 3. Sum 7*3 + 2.6 + 3 = 26.6; IKM = 25 * 26.6 / 9 = 73.888... -> 73,89 (C)
    assertThat(card("ikm-site")).isEqualTo("73,89");
    assertThat(page.selectFirst("[data-metric=ikm-site] .note").text())
        .isEqualTo("C · Kurang Baik");
    assertThat(card("ikm-lowest")).isEqualTo("Waktu Penyelesaian");
  }

  @Test
  void ikmByAgency_matchesTheHandCalculation() {
    // dukcapil: U3 (4+3+1)/3 = 8/3, others 10/3: sum 88/3; IKM 25*88/27 = 81.481... -> 81,48 B
    // polres: U4 2/1 = 2, others (2+3)/2 = 2.5: sum 22; IKM 25*22/9 = 61.111... -> 61,11 D
    assertThat(rows("ikm-by-agency")).containsExactly(
        List.of("dukcapil", "Disdukcapil Kota Bandung", "3", "81,48", "B", "Baik",
            "Waktu Penyelesaian"),
        List.of("polres", "Polrestabes Bandung", "2", "61,11", "D", "Tidak Baik", "Biaya/Tarif"));
  }

  @Test
  void sample_eightVisitorsNeedEightRespondents() {
    // N = 8 is below the first row (10): everyone; 5 answered, 3 short
    assertThat(page.selectFirst("#sample").text()).isEqualTo(
        "Sampel minimal menurut Krejcie dan Morgan untuk 8 pengunjung: 8 responden; "
            + "terkumpul 5 (kurang 3).");
  }

  @Test
  void applicationsByStatus_countsOnlyThoseHandedInThatDay() {
    // C1 submitted, C2 in process; the week-before applications do not count
    assertThat(rows("applications-by-status")).containsExactly(
        List.of("SUBMITTED", "Diajukan", "1"), List.of("IN_PROCESS", "Diproses", "1"));
  }

  @Test
  void sla_dueThatDay_oneOnTimeTwoLate() {
    // B1, B2, B3 handed in Friday 10:00 with 1 working day: due Monday (16:00 WIB, the end of
    // the working day). B1 ready 09:00, B2 ready 16:30, B3 never: on time 1 of 3 = 33,3 %
    for (var a : List.of(day.b1, day.b2, day.b3)) {
      assertThat(a.sla().dueAt()).isAfter(DAY.atTime(9, 0).atZone(SimulatedDay.WIB).toInstant())
          .isBefore(DAY.atTime(16, 30).atZone(SimulatedDay.WIB).toInstant());
    }
    assertThat(rows("sla-by-service")).containsExactly(
        List.of("POLRI-SKCK-BARU", "SKCK baru", "polres", "3", "1", "2", "33,3"));
    assertThat(card("slaCompliance")).isEqualTo("33,3");
  }

  @Test
  void overdue_listsWhatTheTrackerSaysIsOverdueMostOverdueFirst() {
    List<String> expected = day.tracker.listOverdue(ApplicationQuery.all(100)).stream()
        .map(a -> a.trackingNumber().toString()).toList();

    assertThat(expected).containsExactlyInAnyOrder(day.a1.trackingNumber().toString(),
        day.b3.trackingNumber().toString());
    assertThat(rows("overdue")).extracting(r -> r.get(0))
        .containsExactly(day.a1.trackingNumber().toString(), day.b3.trackingNumber().toString());
    assertThat(card("overdue")).isEqualTo("2");
  }

  @Test
  void page_isSelfContained() {
    assertThat(page.select("script, link, img, iframe")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(page.select("svg.chart")).hasSizeGreaterThanOrEqualTo(7);
  }

  @Test
  void page_carriesNoPersonalData() {
    String html = page.outerHtml();

    assertThat(html).doesNotContain("Siti Aminah").doesNotContain("3273011708900001");
  }

  @Test
  void json_ofTheDay_readsBackEqual() {
    String json = ReportExport.json(report);

    assertThat(id.mpp.sdk.json.MppJson.defaults().read(json, MppReport.class)).isEqualTo(report);
    assertThat(json).doesNotContain("Siti Aminah");
  }

  @Test
  void csv_ofTheDay_summaryMatchesTheCards() {
    String csv = ReportExport.csv(report, ReportTable.SUMMARY, MppValidator.INDONESIAN);

    assertThat(csv).contains("visitors,Pengunjung,8\r\n")
        .contains("noShowRate,Tingkat tidak hadir (%),12.5\r\n")
        .contains("ikm,IKM,73.89\r\n")
        .contains("slaCompliance,Kepatuhan SLA (%),33.3\r\n");
  }
}
