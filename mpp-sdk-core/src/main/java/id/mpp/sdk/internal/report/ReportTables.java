package id.mpp.sdk.internal.report;

import id.mpp.sdk.report.MppReport;
import id.mpp.sdk.report.MppReport.AgencyIkm;
import id.mpp.sdk.report.MppReport.ServiceIkm;
import id.mpp.sdk.report.MppReport.SlaLine;
import id.mpp.sdk.report.ReportTable;
import id.mpp.sdk.survey.ElementScore;
import id.mpp.sdk.survey.IkmResult;
import id.mpp.sdk.survey.SkmElement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns an {@link MppReport} into its tables, one {@link Grid} per {@link ReportTable}, with
 * headers in the reader's language. Durations become minutes (one decimal), shares become
 * percentages (one decimal); nothing else is computed here except the overall SLA compliance.
 */
public final class ReportTables {

  private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MppReport report;
  private final Text text;

  private ReportTables(MppReport report, Locale locale) {
    this.report = report;
    this.text = new Text(locale);
  }

  /**
   * Builds one table.
   *
   * @param report the report
   * @param table which table
   * @param locale the reader's language
   * @return the table
   */
  public static Grid build(MppReport report, ReportTable table, Locale locale) {
    return new ReportTables(report, locale).grid(table);
  }

  /**
   * The share of applications due in the period that were finished on time, over all services.
   *
   * @param report the report
   * @return {@code sum(onTime) / sum(due)} to four decimals, or {@code null} when none was due
   */
  public static BigDecimal overallCompliance(MppReport report) {
    long due = report.sla().stream().mapToLong(SlaLine::due).sum();
    long onTime = report.sla().stream().mapToLong(SlaLine::onTime).sum();
    return due == 0 ? null
        : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
  }

  private Grid grid(ReportTable table) {
    return switch (table) {
      case SUMMARY -> summary();
      case QUEUE_BY_SERVICE -> queueByService();
      case QUEUE_BY_AGENCY -> queueByAgency();
      case TIMES_BY_HOUR -> timesByHour();
      case APPLICATIONS_BY_STATUS -> applicationsByStatus();
      case SLA_BY_SERVICE -> slaByService();
      case OVERDUE -> overdue();
      case IKM_BY_AGENCY -> ikmByAgency();
      case IKM_BY_SERVICE -> ikmByService();
      case IKM_ELEMENTS -> ikmElements();
    };
  }

  private Grid summary() {
    MppReport.QueueTotals q = report.queue();
    IkmResult ikm = report.survey().site();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("visitors", text.t("Pengunjung", "Visitors"), q.visitors()));
    rows.add(row("tickets", text.t("Tiket (per layanan)", "Tickets (per service)"),
        q.ticketsIssued()));
    rows.add(row("served", text.t("Dilayani", "Served"), q.served()));
    rows.add(row("noShows", text.t("Tidak hadir", "No-shows"), q.noShows()));
    rows.add(row("noShowRate", text.t("Tingkat tidak hadir (%)", "No-show rate (%)"),
        Text.percent(q.noShowRate())));
    rows.add(row("waitP50", text.t("Waktu tunggu p50 (menit)", "Waiting time p50 (minutes)"),
        Text.minutes(q.waitP50())));
    rows.add(row("waitP90", text.t("Waktu tunggu p90 (menit)", "Waiting time p90 (minutes)"),
        Text.minutes(q.waitP90())));
    rows.add(row("serveP50", text.t("Waktu layanan p50 (menit)", "Serving time p50 (minutes)"),
        Text.minutes(q.serveP50())));
    rows.add(row("serveP90", text.t("Waktu layanan p90 (menit)", "Serving time p90 (minutes)"),
        Text.minutes(q.serveP90())));
    rows.add(row("withinTarget", text.t("Dilayani dalam target waktu tunggu (%)",
        "Served within the waiting-time target (%)"), Text.percent(q.withinTarget())));
    rows.add(row("applications", text.t("Permohonan masuk", "Applications handed in"),
        report.applications().stream().mapToLong(MppReport.StatusCount::count).sum()));
    rows.add(row("slaCompliance", text.t("Kepatuhan SLA (%)", "SLA compliance (%)"),
        Text.percent(overallCompliance(report))));
    rows.add(row("overdue", text.t("Permohonan terlambat", "Overdue applications"),
        (long) report.overdue().size()));
    rows.add(row("ikm", text.t("IKM", "IKM (satisfaction index)"),
        ikm == null ? null : ikm.value()));
    rows.add(row("ikmGrade", text.t("Mutu pelayanan", "Service quality grade"),
        ikm == null ? null : ikm.grade().name() + " (" + ikm.grade().label(text.locale()) + ")"));
    rows.add(row("respondents", text.t("Responden SKM", "SKM respondents"),
        (long) report.survey().sample().responses()));
    rows.add(row("sampleRequired", text.t("Sampel minimal (Krejcie-Morgan)",
        "Minimum sample (Krejcie-Morgan)"), (long) report.survey().sample().required()));
    rows.add(row("sampleReached", text.t("Sampel tercapai", "Sample reached"),
        text.yesNo(report.survey().sample().reached())));
    return new Grid(ReportTable.SUMMARY.id(), text.t("Ringkasan", "Summary"),
        List.of(text.t("Kode", "Code"), text.t("Indikator", "Measure"), text.t("Nilai", "Value")),
        List.of(false, false, true), rows);
  }

  private Grid queueByService() {
    List<List<Object>> rows = report.services().stream().map(s -> row(s.service().value(),
        s.serviceName(), s.agency().value(), s.ticketsIssued(), s.served(), s.noShows(),
        Text.percent(s.noShowRate()), Text.minutes(s.waitP50()), Text.minutes(s.waitP90()),
        Text.minutes(s.serveP50()), Text.minutes(s.serveP90()))).toList();
    return new Grid(ReportTable.QUEUE_BY_SERVICE.id(),
        text.t("Antrian per layanan", "Queue per service"),
        List.of(text.t("Kode layanan", "Service code"), text.t("Layanan", "Service"),
            text.t("Instansi", "Agency"), text.t("Tiket", "Tickets"), text.t("Dilayani", "Served"),
            text.t("Tidak hadir", "No-shows"), text.t("Tidak hadir (%)", "No-show rate (%)"),
            text.t("Tunggu p50 (menit)", "Wait p50 (min)"),
            text.t("Tunggu p90 (menit)", "Wait p90 (min)"),
            text.t("Layanan p50 (menit)", "Service p50 (min)"),
            text.t("Layanan p90 (menit)", "Service p90 (min)")),
        numeric(3, 11), rows);
  }

  private Grid queueByAgency() {
    List<List<Object>> rows = report.agencies().stream().map(a -> row(a.agency().value(),
        a.agencyName(), a.ticketsIssued(), a.served(), a.noShows())).toList();
    return new Grid(ReportTable.QUEUE_BY_AGENCY.id(),
        text.t("Antrian per instansi", "Queue per agency"),
        List.of(text.t("Kode instansi", "Agency code"), text.t("Instansi", "Agency"),
            text.t("Tiket", "Tickets"), text.t("Dilayani", "Served"),
            text.t("Tidak hadir", "No-shows")),
        numeric(2, 5), rows);
  }

  private Grid timesByHour() {
    List<List<Object>> rows = report.hours().stream().map(h -> row(h.service().value(),
        String.format(Locale.ROOT, "%02d:00", h.hour()), h.ticketsIssued(),
        Text.minutes(h.waitP50()), Text.minutes(h.waitP90()), Text.minutes(h.serveP50()),
        Text.minutes(h.serveP90()))).toList();
    return new Grid(ReportTable.TIMES_BY_HOUR.id(),
        text.t("Waktu tunggu dan layanan per jam", "Waiting and serving times per hour"),
        List.of(text.t("Kode layanan", "Service code"), text.t("Jam", "Hour"),
            text.t("Tiket", "Tickets"), text.t("Tunggu p50 (menit)", "Wait p50 (min)"),
            text.t("Tunggu p90 (menit)", "Wait p90 (min)"),
            text.t("Layanan p50 (menit)", "Service p50 (min)"),
            text.t("Layanan p90 (menit)", "Service p90 (min)")),
        numeric(2, 7), rows);
  }

  private Grid applicationsByStatus() {
    List<List<Object>> rows = report.applications().stream().map(s -> row(s.status().name(),
        s.status().label(text.locale()), s.count())).toList();
    return new Grid(ReportTable.APPLICATIONS_BY_STATUS.id(),
        text.t("Permohonan menurut status", "Applications by status"),
        List.of(text.t("Kode status", "Status code"), text.t("Status", "Status"),
            text.t("Jumlah", "Count")),
        numeric(2, 3), rows);
  }

  private Grid slaByService() {
    List<List<Object>> rows = report.sla().stream().map(s -> row(s.service().value(),
        s.serviceName(), s.agency().value(), s.due(), s.onTime(), s.late(),
        Text.percent(s.compliance()))).toList();
    return new Grid(ReportTable.SLA_BY_SERVICE.id(),
        text.t("Kepatuhan SLA per layanan", "SLA compliance per service"),
        List.of(text.t("Kode layanan", "Service code"), text.t("Layanan", "Service"),
            text.t("Instansi", "Agency"), text.t("Jatuh tempo", "Due"),
            text.t("Tepat waktu", "On time"), text.t("Terlambat", "Late"),
            text.t("Kepatuhan (%)", "Compliance (%)")),
        numeric(3, 7), rows);
  }

  private Grid overdue() {
    ZoneId zone = ZoneId.of(report.zone());
    List<List<Object>> rows = report.overdue().stream().map(o -> row(
        o.trackingNumber().toString(), o.service().value(), o.agency().value(),
        o.status().label(text.locale()),
        o.submittedOn() == null ? null : o.submittedOn().toString(),
        LOCAL_TIME.format(o.dueAt().atZone(zone)), Text.days(o.overdueBy()))).toList();
    return new Grid(ReportTable.OVERDUE.id(),
        text.t("Permohonan terlambat", "Overdue applications"),
        List.of(text.t("Nomor lacak", "Tracking number"), text.t("Kode layanan", "Service code"),
            text.t("Instansi", "Agency"), text.t("Status", "Status"),
            text.t("Tanggal masuk", "Handed in"), text.t("Jatuh tempo", "Due"),
            text.t("Terlambat (hari)", "Overdue (days)")),
        numeric(6, 7), rows);
  }

  private Grid ikmByAgency() {
    List<List<Object>> rows = new ArrayList<>();
    for (AgencyIkm a : report.survey().agencies()) {
      rows.add(ikmRow(List.of(a.agency().value(), a.agencyName()), a.ikm()));
    }
    return new Grid(ReportTable.IKM_BY_AGENCY.id(), text.t("IKM per instansi", "IKM per agency"),
        ikmHeader(text.t("Kode instansi", "Agency code"), text.t("Instansi", "Agency")),
        ikmNumeric(2), rows);
  }

  private Grid ikmByService() {
    List<List<Object>> rows = new ArrayList<>();
    for (ServiceIkm s : report.survey().services()) {
      rows.add(ikmRow(List.of(s.service().value(), s.serviceName(), s.agency().value()),
          s.ikm()));
    }
    return new Grid(ReportTable.IKM_BY_SERVICE.id(), text.t("IKM per layanan", "IKM per service"),
        ikmHeader(text.t("Kode layanan", "Service code"), text.t("Layanan", "Service"),
            text.t("Instansi", "Agency")),
        ikmNumeric(3), rows);
  }

  private List<Object> ikmRow(List<Object> unit, IkmResult ikm) {
    List<Object> row = new ArrayList<>(unit);
    row.add((long) ikm.respondents());
    row.add(ikm.value());
    row.add(ikm.grade().name());
    row.add(ikm.grade().label(text.locale()));
    row.add(String.join(", ", ikm.lowestElements().stream()
        .map(e -> e.label(text.locale())).toList()));
    return row;
  }

  private List<String> ikmHeader(String... unit) {
    List<String> header = new ArrayList<>(Arrays.asList(unit));
    header.add(text.t("Responden", "Respondents"));
    header.add("IKM");
    header.add(text.t("Mutu", "Grade"));
    header.add(text.t("Kinerja", "Performance"));
    header.add(text.t("Unsur terendah (perbaiki dulu)", "Lowest element (improve first)"));
    return header;
  }

  private static List<Boolean> ikmNumeric(int unitColumns) {
    List<Boolean> numeric = new ArrayList<>();
    for (int i = 0; i < unitColumns; i++) {
      numeric.add(false);
    }
    numeric.addAll(List.of(true, true, false, false, false));
    return numeric;
  }

  private Grid ikmElements() {
    IkmResult ikm = report.survey().site();
    List<List<Object>> rows = new ArrayList<>();
    if (ikm != null) {
      for (ElementScore e : ikm.elements()) {
        SkmElement element = e.element();
        rows.add(row(element.name(), "U" + element.regulationNumber() + " "
            + element.label(text.locale()), (long) e.answered(), e.total(), e.nrr(),
            e.weightedNrr()));
      }
    }
    return new Grid(ReportTable.IKM_ELEMENTS.id(),
        text.t("Nilai per unsur SKM", "SKM score per element"),
        List.of(text.t("Kode unsur", "Element code"), text.t("Unsur", "Element"),
            text.t("Menjawab", "Answered"), text.t("Jumlah nilai", "Sum of scores"), "NRR",
            text.t("NRR tertimbang", "Weighted NRR")),
        numeric(2, 6), rows);
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /** Columns {@code from} (inclusive) to {@code size} (exclusive) are numeric. */
  private static List<Boolean> numeric(int from, int size) {
    List<Boolean> numeric = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      numeric.add(i >= from);
    }
    return numeric;
  }
}
