package id.mpp.sdk.internal.report;

import id.mpp.sdk.report.MppReport;
import id.mpp.sdk.report.ReportTable;
import id.mpp.sdk.survey.ElementScore;
import id.mpp.sdk.survey.IkmGrade;
import id.mpp.sdk.survey.IkmResult;
import id.mpp.sdk.time.SiteZone;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders an {@link MppReport} as one self-contained HTML page: inline CSS and inline SVG charts,
 * no scripts, nothing fetched (a Content-Security-Policy forbids it), every text escaped. Each
 * chart sits beside a table with the same numbers.
 */
public final class HtmlReport {

  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;\
      color:#111827;background:#f9fafb}
      header{background:#1e3a8a;color:#fff;padding:20px 32px}
      header h1{margin:0 0 4px;font-size:24px}
      header p{margin:2px 0;opacity:.9}
      main{padding:16px 32px;max-width:1100px}
      section{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:16px 20px;\
      margin:16px 0}
      h2{font-size:18px;margin:0 0 12px}
      .cards{display:flex;flex-wrap:wrap;gap:12px}
      .card{flex:1 1 150px;border:1px solid #e5e7eb;border-radius:8px;padding:10px 14px;\
      background:#fff}
      .card .label{display:block;font-size:13px;color:#4b5563}
      .card .value{display:block;font-size:26px;font-weight:600;margin-top:4px}
      .card .note{display:block;font-size:13px;color:#4b5563}
      table{border-collapse:collapse;width:100%;margin-top:12px;font-size:14px}
      caption{text-align:left;font-weight:600;padding:4px 0}
      th,td{border-bottom:1px solid #e5e7eb;padding:6px 8px;text-align:left;vertical-align:top}
      th{background:#f3f4f6}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      .chart{max-width:760px;display:block;margin:8px 0;font-size:13px}
      .grade-A{color:#15803d}.grade-B{color:#2563eb}.grade-C{color:#b45309}.grade-D{color:#b91c1c}
      footer{padding:16px 32px;color:#4b5563;font-size:13px}
      @media print{body{background:#fff}section{break-inside:avoid}}
      """;

  private final MppReport report;
  private final Locale locale;
  private final Text text;
  private final ZoneId zone;
  private final StringBuilder out = new StringBuilder(32_768);

  private HtmlReport(MppReport report, Locale locale) {
    this.report = report;
    this.locale = locale;
    this.text = new Text(locale);
    this.zone = ZoneId.of(report.zone());
  }

  /**
   * Renders the page.
   *
   * @param report the report
   * @param locale {@code id} for Bahasa Indonesia, anything else for English
   * @return the HTML document
   */
  public static String render(MppReport report, Locale locale) {
    return new HtmlReport(report, locale).page();
  }

  private String page() {
    String title = heading() + " – " + report.siteName() + " – "
        + report.period().label(text.locale());
    out.append("<!DOCTYPE html>\n<html lang=\"").append(text.indonesian() ? "id" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"MPP SDK\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n<style>").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    header();
    out.append("<main>\n");
    summary();
    queueByService();
    queueByAgency();
    timesByHour();
    applications();
    sla();
    overdue();
    ikm();
    out.append("</main>\n<footer><p>").append(Html.escape(text.t(
        "IKM dihitung menurut PermenPANRB No. 14/2017: NRR per unsur atas responden yang "
            + "menjawabnya, penimbang 1/9, IKM = indeks × 25, dibulatkan sekali di akhir. "
            + "Jumlah sampel menurut tabel Krejcie dan Morgan. Waktu dalam menit; p50 = median, "
            + "p90 = persentil ke-90.",
        "IKM computed as PermenPANRB No. 14/2017 prescribes: NRR per element over the "
            + "respondents who answered it, weight 1/9, IKM = index × 25, rounded once at the "
            + "end. Sample size by the Krejcie and Morgan table. Times in minutes; p50 = median, "
            + "p90 = 90th percentile.")))
        .append("</p><p>").append(Html.escape(text.t("Dibuat oleh MPP SDK.",
            "Made by the MPP SDK."))).append("</p></footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private String heading() {
    return switch (report.period().granularity()) {
      case DAY -> text.t("Laporan Harian Mal Pelayanan Publik", "Daily report of the public service mall");
      case MONTH -> text.t("Laporan Bulanan Mal Pelayanan Publik", "Monthly report of the public service mall");
      case YEAR, UNKNOWN -> text.t("Laporan Tahunan Mal Pelayanan Publik", "Annual report of the public service mall");
    };
  }

  private String zoneName() {
    try {
      return SiteZone.of(zone).abbreviation();
    } catch (RuntimeException e) {
      return zone.getId();
    }
  }

  private void header() {
    DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", text.locale());
    out.append("<header>\n<h1>").append(Html.escape(heading())).append("</h1>\n")
        .append("<p id=\"site\">").append(Html.escape(report.siteName())).append("</p>\n")
        .append("<p id=\"period\">").append(Html.escape(report.period().label(text.locale())))
        .append(" (").append(Html.escape(zoneName())).append(")</p>\n")
        .append("<p id=\"generated\">").append(Html.escape(text.t("Dibuat", "Generated")))
        .append(' ').append(Html.escape(when.format(report.generatedAt().atZone(zone)) + " "
            + zoneName())).append("</p>\n</header>\n");
  }

  private void summary() {
    Grid grid = grid(ReportTable.SUMMARY);
    Map<String, List<Object>> rows = new TreeMap<>();
    for (List<Object> row : grid.rows()) {
      rows.put((String) row.get(0), row);
    }
    out.append("<section id=\"summary\">\n<h2>").append(Html.escape(grid.title()))
        .append("</h2>\n<div class=\"cards\">\n");
    for (String metric : List.of("visitors", "tickets", "served", "noShowRate", "waitP50",
        "waitP90", "slaCompliance", "overdue")) {
      List<Object> row = rows.get(metric);
      card(metric, (String) row.get(1), text.number(row.get(2)), null, null);
    }
    IkmResult ikm = report.survey().site();
    card("ikm", "IKM", ikm == null ? "–" : text.number(ikm.value()),
        ikm == null ? null : ikm.grade().name() + " · " + ikm.grade().label(text.locale()),
        ikm == null ? null : "grade-" + ikm.grade().name());
    out.append("</div>\n");
    table(grid);
    out.append("</section>\n");
  }

  private void card(String metric, String label, String value, String note, String cssClass) {
    out.append("<div class=\"card\" data-metric=\"").append(metric).append("\">")
        .append("<span class=\"label\">").append(Html.escape(label)).append("</span>")
        .append("<span class=\"value").append(cssClass == null ? "" : " " + cssClass)
        .append("\">").append(Html.escape(value)).append("</span>");
    if (note != null) {
      out.append("<span class=\"note").append(cssClass == null ? "" : " " + cssClass)
          .append("\">").append(Html.escape(note)).append("</span>");
    }
    out.append("</div>\n");
  }

  private void queueByService() {
    Grid grid = grid(ReportTable.QUEUE_BY_SERVICE);
    open(grid);
    List<Svg.Bar> tickets = new ArrayList<>();
    List<Svg.Bar> waits = new ArrayList<>();
    for (MppReport.ServiceLine s : report.services()) {
      tickets.add(Svg.Bar.of(s.serviceName(), BigDecimal.valueOf(s.ticketsIssued()),
          text.number(s.ticketsIssued()), Svg.BLUE));
      BigDecimal p50 = Text.minutes(s.waitP50());
      BigDecimal p90 = Text.minutes(s.waitP90());
      waits.add(new Svg.Bar(s.serviceName(), p50, "p50 " + text.number(p50), Svg.BLUE, p90,
          "p90 " + text.number(p90)));
    }
    out.append(Svg.horizontalBars("chart-tickets-by-service",
        text.t("Tiket per layanan", "Tickets per service"), tickets, null, List.of()));
    out.append(Svg.horizontalBars("chart-wait-by-service",
        text.t("Waktu tunggu per layanan (menit): p50 gelap, p90 terang",
            "Waiting time per service (minutes): p50 dark, p90 light"), waits, null, List.of()));
    table(grid);
    close();
  }

  private void queueByAgency() {
    Grid grid = grid(ReportTable.QUEUE_BY_AGENCY);
    open(grid);
    List<Svg.Bar> bars = report.agencies().stream().map(a -> Svg.Bar.of(a.agencyName(),
        BigDecimal.valueOf(a.ticketsIssued()), text.number(a.ticketsIssued()), Svg.BLUE))
        .toList();
    out.append(Svg.horizontalBars("chart-tickets-by-agency",
        text.t("Tiket per instansi", "Tickets per agency"), bars, null, List.of()));
    table(grid);
    close();
  }

  private void timesByHour() {
    Grid grid = grid(ReportTable.TIMES_BY_HOUR);
    open(grid);
    TreeMap<Integer, Long> perHour = new TreeMap<>();
    report.hours().forEach(h -> perHour.merge(h.hour(), h.ticketsIssued(), Long::sum));
    List<Svg.Column> columns = new ArrayList<>();
    if (!perHour.isEmpty()) {
      for (int hour = perHour.firstKey(); hour <= perHour.lastKey(); hour++) {
        long count = perHour.getOrDefault(hour, 0L);
        columns.add(new Svg.Column(String.format(Locale.ROOT, "%02d", hour),
            BigDecimal.valueOf(count), text.number(count)));
      }
    }
    out.append(Svg.columns("chart-tickets-by-hour",
        text.t("Tiket per jam (semua layanan)", "Tickets per hour (all services)"), columns));
    table(grid);
    close();
  }

  private void applications() {
    Grid grid = grid(ReportTable.APPLICATIONS_BY_STATUS);
    open(grid);
    List<Svg.Bar> bars = report.applications().stream().map(s -> Svg.Bar.of(
        s.status().label(text.locale()), BigDecimal.valueOf(s.count()), text.number(s.count()),
        Svg.BLUE)).toList();
    out.append(Svg.horizontalBars("chart-applications-by-status", grid.title(), bars, null,
        List.of()));
    table(grid);
    close();
  }

  private void sla() {
    Grid grid = grid(ReportTable.SLA_BY_SERVICE);
    open(grid);
    List<Svg.Bar> bars = new ArrayList<>();
    for (MppReport.SlaLine s : report.sla()) {
      BigDecimal percent = Text.percent(s.compliance());
      bars.add(Svg.Bar.of(s.serviceName(), percent, text.number(percent) + " %", Svg.GREEN));
    }
    out.append(Svg.horizontalBars("chart-sla-by-service",
        text.t("Kepatuhan SLA per layanan (%)", "SLA compliance per service (%)"), bars,
        BigDecimal.valueOf(100), List.of()));
    table(grid);
    close();
  }

  private void overdue() {
    Grid grid = grid(ReportTable.OVERDUE);
    open(grid);
    table(grid);
    close();
  }

  private void ikm() {
    IkmResult site = report.survey().site();
    out.append("<section id=\"ikm\">\n<h2>").append(Html.escape(text.t(
        "Survei Kepuasan Masyarakat (IKM)", "Community satisfaction survey (IKM)")))
        .append("</h2>\n");
    if (site == null) {
      out.append("<p>").append(Html.escape(text.t("Belum ada tanggapan SKM pada periode ini.",
          "No SKM response in this period."))).append("</p>\n");
    } else {
      out.append("<div class=\"cards\">\n");
      card("ikm-site", text.t("IKM unit (lokasi)", "IKM of the site"), text.number(site.value()),
          site.grade().name() + " · " + site.grade().label(text.locale()),
          "grade-" + site.grade().name());
      card("ikm-lowest", text.t("Unsur terendah (perbaiki dulu)",
          "Lowest element (improve first)"), String.join(", ", site.lowestElements().stream()
              .map(e -> e.label(text.locale())).toList()), null, null);
      card("ikm-respondents", text.t("Responden", "Respondents"),
          text.number((long) site.respondents()), null, null);
      out.append("</div>\n");
    }
    var sample = report.survey().sample();
    out.append("<p id=\"sample\">").append(Html.escape(text.t(
        "Sampel minimal menurut Krejcie dan Morgan untuk " + text.number(sample.population())
            + " pengunjung: " + text.number((long) sample.required()) + " responden; terkumpul "
            + text.number((long) sample.responses()) + (sample.reached() ? " (tercapai)."
                : " (kurang " + text.number((long) sample.shortfall()) + ")."),
        "Minimum sample by Krejcie and Morgan for " + text.number(sample.population())
            + " visitors: " + text.number((long) sample.required()) + " respondents; collected "
            + text.number((long) sample.responses()) + (sample.reached() ? " (reached)."
                : " (" + text.number((long) sample.shortfall()) + " short)."))))
        .append("</p>\n");
    List<Svg.Bar> agencies = report.survey().agencies().stream().map(a -> Svg.Bar.of(
        a.agencyName(), a.ikm().value(), text.number(a.ikm().value()) + " "
            + a.ikm().grade().name(), gradeColour(a.ikm().grade()))).toList();
    List<Svg.Guide> limits = List.of(new Svg.Guide(IkmGrade.C.lowest(), "C"),
        new Svg.Guide(IkmGrade.B.lowest(), "B"), new Svg.Guide(IkmGrade.A.lowest(), "A"));
    out.append(Svg.horizontalBars("chart-ikm-by-agency",
        text.t("IKM per instansi (batas mutu C, B, A)", "IKM per agency (grade limits C, B, A)"),
        agencies, BigDecimal.valueOf(100), limits));
    table(grid(ReportTable.IKM_BY_AGENCY));
    table(grid(ReportTable.IKM_BY_SERVICE));
    if (site != null) {
      List<Svg.Bar> elements = new ArrayList<>();
      for (ElementScore e : site.elements()) {
        if (e.nrr() != null) {
          elements.add(Svg.Bar.of("U" + e.element().regulationNumber() + " "
              + e.element().label(text.locale()), e.nrr(), text.number(e.nrr()),
              site.lowestElements().contains(e.element()) ? Svg.RED : Svg.BLUE));
        }
      }
      out.append(Svg.horizontalBars("chart-ikm-elements",
          text.t("NRR per unsur (skala 1-4; merah = terendah)",
              "NRR per element (scale 1-4; red = lowest)"), elements, BigDecimal.valueOf(4),
          List.of()));
    }
    table(grid(ReportTable.IKM_ELEMENTS));
    out.append("</section>\n");
  }

  private static String gradeColour(IkmGrade grade) {
    return switch (grade) {
      case A -> Svg.GREEN;
      case B -> Svg.BLUE;
      case C -> Svg.AMBER;
      case D, UNKNOWN -> Svg.RED;
    };
  }

  private Grid grid(ReportTable table) {
    return ReportTables.build(report, table, locale);
  }

  private void open(Grid grid) {
    out.append("<section id=\"").append(grid.id()).append("\">\n<h2>")
        .append(Html.escape(grid.title())).append("</h2>\n");
  }

  private void close() {
    out.append("</section>\n");
  }

  private void table(Grid grid) {
    out.append("<table data-table=\"").append(grid.id()).append("\">\n<caption>")
        .append(Html.escape(grid.title())).append("</caption>\n<thead><tr>");
    for (int i = 0; i < grid.header().size(); i++) {
      out.append(grid.numeric().get(i) ? "<th class=\"num\">" : "<th>")
          .append(Html.escape(grid.header().get(i))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    if (grid.rows().isEmpty()) {
      out.append("<tr class=\"empty\"><td colspan=\"").append(grid.header().size()).append("\">")
          .append(Html.escape(text.t("Tidak ada data", "No data"))).append("</td></tr>\n");
    }
    for (List<Object> row : grid.rows()) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        boolean numeric = grid.numeric().get(i);
        out.append(numeric ? "<td class=\"num\">" : "<td>")
            .append(Html.escape(numeric ? text.number(row.get(i))
                : row.get(i) == null ? "–" : row.get(i).toString()))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }
}
