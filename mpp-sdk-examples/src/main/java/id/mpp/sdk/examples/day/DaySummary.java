package id.mpp.sdk.examples.day;

import id.mpp.sdk.report.MppReport;
import id.mpp.sdk.report.MppReport.SlaLine;
import id.mpp.sdk.queue.TicketState;
import id.mpp.sdk.survey.IkmResult;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints the day's summary on the console, in English or Bahasa Indonesia. */
final class DaySummary {

  private final Words w;
  private final Locale locale;

  DaySummary(Locale locale) {
    this.w = new Words(locale);
    this.locale = locale;
  }

  void print(DayResult r, PrintStream out) {
    MppReport report = r.report();
    DayLedger l = r.ledger();
    out.println();
    out.println("== " + w.of("The day at ", "Ringkasan hari di ") + report.siteName() + ", "
        + SimulatedDay.DATE.format(java.time.format.DateTimeFormatter.ofPattern(
            "EEEE d MMMM uuuu", locale)) + " ==");
    line(out, w.of("Visitors", "Pengunjung"), String.format("%d (%s %d, %s %d/%d); %s %d; %s %d",
        l.visitors, w.of("walk-in", "datang langsung"), l.walkIns,
        w.of("booked and checked in", "booking dan check-in"), l.checkIns, l.bookings,
        w.of("refused, agency down", "ditolak, instansi gangguan"), l.refused,
        w.of("left before their call", "pulang sebelum dipanggil"), l.gaveUp));
    long issued = r.tickets().values().stream().mapToLong(Long::longValue).sum();
    line(out, w.of("Tickets", "Tiket"), String.format("%d: %s %d, %s %d, %s %d, %s %d", issued,
        w.of("done", "selesai"), r.tickets(TicketState.DONE),
        w.of("no-show", "tidak hadir"), r.tickets(TicketState.NO_SHOW),
        w.of("cancelled", "dibatalkan"), r.tickets(TicketState.CANCELLED),
        w.of("expired", "kedaluwarsa"), r.tickets(TicketState.EXPIRED)));
    line(out, w.of("Tickets per agency", "Tiket per instansi"), report.agencies().stream()
        .map(a -> a.agencyName() + " " + a.ticketsIssued()).collect(Collectors.joining(", ")));
    line(out, w.of("Waiting time", "Waktu tunggu"), "p50 " + minutes(report.queue().waitP50())
        + ", p90 " + minutes(report.queue().waitP90()));
    line(out, w.of("No-show rate", "Tingkat tidak hadir"), percent(report.queue().noShowRate()));
    line(out, w.of("Applications", "Permohonan"), report.applications().isEmpty() ? "-"
        : report.applications().stream().map(s -> s.status() + " " + s.count())
            .collect(Collectors.joining(", ")));
    long due = report.sla().stream().mapToLong(SlaLine::due).sum();
    long onTime = report.sla().stream().mapToLong(SlaLine::onTime).sum();
    line(out, "SLA", due == 0 ? w.of("none due today", "tidak ada yang jatuh tempo hari ini")
        : String.format("%s (%d/%d %s)", percent(BigDecimal.valueOf(onTime)
            .divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP)), onTime, due,
            w.of("on time", "tepat waktu")));
    IkmResult ikm = report.survey().site();
    line(out, "IKM", ikm == null ? "-" : String.format("%s (%s, %s), %d %s", ikm.value(),
        ikm.grade(), ikm.grade().label(locale), ikm.respondents(),
        w.of("respondents", "responden")));
    line(out, w.of("Counter calls to agencies", "Panggilan loket ke instansi"), String.format("%d (%s %d); %s: %s",
        l.agencyCalls, w.of("failed", "gagal"), l.agencyCallsFailed,
        w.of("requests at the simulators", "permintaan di simulator"),
        r.simulatorRequests().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "))));
    line(out, w.of("Adapter health at close", "Kesehatan adaptor saat tutup"),
        r.healthAtClose().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")));
    if (!r.skippedAdapters().isEmpty()) {
      line(out, w.of("Adapters not simulated", "Adaptor tanpa simulator"),
          String.join(", ", r.skippedAdapters()));
    }
    line(out, w.of("HTML report", "Laporan HTML"), r.html().toAbsolutePath().toString());
    out.flush();
  }

  private static void line(PrintStream out, String label, String value) {
    out.printf("%-28s %s%n", label, value);
  }

  private String minutes(Duration d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.1f %s", d.toSeconds() / 60.0,
        w.of("min", "menit"));
  }

  private static String percent(BigDecimal share) {
    return share == null ? "-" : share.multiply(BigDecimal.valueOf(100))
        .setScale(1, RoundingMode.HALF_UP) + " %";
  }
}
