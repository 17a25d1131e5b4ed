package id.mpp.sdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.validation.MppValidator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static Document render(MppReport report, java.util.Locale locale) {
    return Jsoup.parse(ReportExport.html(report, locale));
  }

  private static String card(Document page, String metric) {
    return page.selectFirst("[data-metric=" + metric + "] .value").text();
  }

  private static List<String> row(Document page, String table, int index) {
    return page.select("table[data-table=" + table + "] tbody tr").get(index).select("td")
        .eachText();
  }

  @Test
  void html_hasNoScriptAndFetchesNothing() {
    Document page = render(ReportFixtures.report("Perekaman KTP-el"), MppValidator.INDONESIAN);

    assertThat(page.select("script, link, iframe, img, object, embed")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
    assertThat(page.select("[onload], [onclick], [onerror]")).isEmpty();
  }

  @Test
  void html_whenNamesHoldMarkup_showsThemAsText() {
    String evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    Document page = render(ReportFixtures.report(evil), MppValidator.INDONESIAN);

    assertThat(page.select("script, img")).isEmpty();
    assertThat(row(page, "queue-by-service", 0).get(1)).isEqualTo(evil);
    assertThat(page.select("svg#chart-tickets-by-service text").eachText())
        .anyMatch(t -> t.startsWith("<script>"));
  }

  @Test
  void html_indonesian_cardsShowNumbersInIndonesianFormat() {
    Document page = render(ReportFixtures.report("Perekaman KTP-el"), MppValidator.INDONESIAN);

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
    assertThat(card(page, "visitors")).isEqualTo("1.234");
    assertThat(card(page, "waitP50")).isEqualTo("12,5");
    assertThat(card(page, "noShowRate")).isEqualTo("3,3");
    assertThat(page.selectFirst("[data-metric=visitors] .label").text()).isEqualTo("Pengunjung");
  }

  @Test
  void html_english_labelsAndNumbersInEnglish() {
    Document page = render(ReportFixtures.report("Perekaman KTP-el"), MppValidator.ENGLISH);

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Daily report of the public service mall");
    assertThat(page.selectFirst("#period").text()).isEqualTo("2 March 2026 (WIB)");
    assertThat(card(page, "visitors")).isEqualTo("1,234");
  }

  @Test
  void html_header_namesSitePeriodAndLocalTime() {
    Document page = render(ReportFixtures.report("Perekaman KTP-el"), MppValidator.INDONESIAN);

    assertThat(page.selectFirst("h1").text()).isEqualTo("Laporan Harian Mal Pelayanan Publik");
    assertThat(page.selectFirst("#site").text()).isEqualTo("MPP Kota Bandung");
    assertThat(page.selectFirst("#period").text()).isEqualTo("2 Maret 2026 (WIB)");
    // 10:00 UTC = 17:00 WIB
    assertThat(page.selectFirst("#generated").text()).isEqualTo("Dibuat 2 Maret 2026 17:00 WIB");
  }

  @Test
  void html_everyTableIsShownWithItsRows() {
    MppReport report = ReportFixtures.report("Perekaman KTP-el");
    Document page = render(report, MppValidator.INDONESIAN);

    for (ReportTable table : ReportTable.values()) {
      assertThat(page.select("table[data-table=" + table.id() + "]")).as(table.id()).hasSize(1);
    }
    assertThat(row(page, "queue-by-service", 0)).containsExactly("DUKCAPIL-KTP-EL",
        "Perekaman KTP-el", "dukcapil", "800", "760", "25", "3,2", "12,5", "31,0", "6,4", "12,0");
    assertThat(row(page, "queue-by-service", 1)).endsWith("–", "–");
    assertThat(page.select("table[data-table=times-by-hour] tbody tr")).hasSize(3);
  }

  @Test
  void html_ikm_showsSiteValueGradeAndLowestElement() {
    MppReport report = ReportFixtures.report("Perekaman KTP-el");
    Document page = render(report, MppValidator.INDONESIAN);

    String value = report.survey().site().value().toPlainString().replace('.', ',');
    assertThat(card(page, "ikm-site")).isEqualTo(value);
    assertThat(page.selectFirst("[data-metric=ikm-site] .note").text())
        .isEqualTo(report.survey().site().grade().name() + " · "
            + report.survey().site().grade().label(MppValidator.INDONESIAN));
    assertThat(card(page, "ikm-lowest")).isEqualTo("Waktu Penyelesaian");
    assertThat(row(page, "ikm-by-agency", 1)).containsExactly("polres", "Polrestabes", "2",
        report.survey().agencies().get(1).ikm().value().toPlainString().replace('.', ','),
        "D", "Tidak Baik", "Waktu Penyelesaian");
  }

  @Test
  void html_charts_areInlineSvgWithOneBarPerService() {
    Document page = render(ReportFixtures.report("Perekaman KTP-el"), MppValidator.INDONESIAN);

    Element chart = page.selectFirst("svg#chart-tickets-by-service");
    assertThat(chart).isNotNull();
    assertThat(chart.select("g rect")).hasSize(2);
    assertThat(chart.select("g text").eachText()).contains("800", "500");
    // hours 08 and 09: 300 + 500 = 800 and 500
    assertThat(page.select("svg#chart-tickets-by-hour g text").eachText())
        .containsExactly("800", "08", "500", "09");
  }

  @Test
  void html_whenNoData_saysSoInsteadOfEmptyTables() {
    MppReport empty = new MppReport("mpp-a", null, "Asia/Makassar",
        ReportPeriod.month(java.time.YearMonth.of(2026, 3)), java.time.Instant.EPOCH,
        new MppReport.QueueTotals(0, 0, 0, 0, null, null, null, null, null, null), null, null,
        null, null, null, null, new MppReport.SurveySection(null, null, null,
            id.mpp.sdk.survey.SampleAdequacy.of(0, 0)));

    Document page = render(empty, MppValidator.INDONESIAN);

    assertThat(page.select("table[data-table=queue-by-service] tbody tr.empty").text())
        .isEqualTo("Tidak ada data");
    assertThat(card(page, "ikm")).isEqualTo("–");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Laporan Bulanan Mal Pelayanan Publik");
    assertThat(page.selectFirst("#period").text()).isEqualTo("Maret 2026 (WITA)");
  }
}
