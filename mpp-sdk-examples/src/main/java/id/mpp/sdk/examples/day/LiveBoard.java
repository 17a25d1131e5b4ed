package id.mpp.sdk.examples.day;

import id.mpp.sdk.queue.Announcement;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketQuery;
import id.mpp.sdk.queue.TicketState;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The live view of the day: a progress bar, the counters with the number each serves, and the
 * numbers last called in each zone. On a terminal that understands ANSI it redraws in place
 * (at most ten times a real second); otherwise it prints one plain line each simulated half hour.
 */
final class LiveBoard {

  private static final int BAR = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream out;
  private final Words words;
  private final boolean ansi;
  private int drawnLines;
  private long lastDraw;

  LiveBoard(PrintStream out, Words words, boolean ansi) {
    this.out = out;
    this.words = words;
    this.ansi = ansi;
  }

  /**
   * Whether standard output is a terminal that redraws in place.
   *
   * @return true for a console whose {@code TERM} is set and not {@code dumb}
   */
  static boolean terminalSupportsAnsi() {
    String term = System.getenv("TERM");
    return System.console() != null && term != null && !term.isBlank() && !term.equals("dumb");
  }

  /**
   * Shows the day at its current minute.
   *
   * @param day the day
   */
  void show(SimulatedDay day) {
    LocalTime now = LocalTime.ofInstant(day.clock().instant(), SimulatedDay.WIB)
        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    if (!ansi) {
      if (now.getMinute() % 30 == 0) {
        out.println(status(day, now));
      }
      return;
    }
    long t = System.nanoTime();
    if (t - lastDraw < REDRAW_NANOS && !now.equals(SimulatedDay.END)) {
      return;
    }
    lastDraw = t;
    List<String> lines = new ArrayList<>();
    lines.add(bar(now) + "  " + status(day, now));
    lines.addAll(counters(day));
    lines.add(called(day));
    StringBuilder sb = new StringBuilder();
    if (drawnLines > 0) {
      sb.append("\033[").append(drawnLines).append('F');
    }
    for (String line : lines) {
      sb.append("\033[2K").append(line).append('\n');
    }
    out.print(sb);
    out.flush();
    drawnLines = lines.size();
  }

  private String status(SimulatedDay day, LocalTime now) {
    DayLedger l = day.ledger();
    List<Ticket> today = day.hub().queue().listTickets(TicketQuery.day(SimulatedDay.DATE));
    long waiting = today.stream().filter(x -> x.state() == TicketState.WAITING
        || x.state() == TicketState.DELAYED).count();
    long done = today.stream().filter(x -> x.state() == TicketState.DONE).count();
    return String.format("%s WIB  %s %d/%d  %s %d  %s %d  %s %d", now,
        words.of("arrived", "datang"), l.arrived, l.visitors, words.of("waiting", "menunggu"),
        waiting, words.of("done", "selesai"), done, words.of("applications", "permohonan"),
        l.applicationsCreated);
  }

  private static String bar(LocalTime now) {
    long total = Duration.between(SimulatedDay.OPEN, SimulatedDay.END).toMinutes();
    long gone = Math.max(0, Duration.between(SimulatedDay.OPEN, now).toMinutes());
    int full = (int) (BAR * Math.min(gone, total) / total);
    return "[" + "#".repeat(full) + ".".repeat(BAR - full) + "] "
        + String.format("%3d%%", 100 * Math.min(gone, total) / total);
  }

  private List<String> counters(SimulatedDay day) {
    List<String> lines = new ArrayList<>();
    StringBuilder row = new StringBuilder();
    int i = 0;
    for (CounterId c : day.counters()) {
      Ticket t = day.atCounter().get(c);
      String agency = c.value().substring(0, c.value().indexOf("-loket-"));
      row.append(String.format("  %-2d %-22s %-5s", i + 1, agency, t == null ? "-" : t.number()));
      if (++i % 3 == 0) {
        lines.add(row.toString());
        row.setLength(0);
      }
    }
    if (row.length() > 0) {
      lines.add(row.toString());
    }
    return lines;
  }

  private String called(SimulatedDay day) {
    StringBuilder sb = new StringBuilder(words.of("  called:", "  dipanggil:"));
    for (String zone : List.of("lantai-1", "lantai-2")) {
      for (Announcement a : day.hub().queue().recentlyCalled(zone, 3)) {
        sb.append("  ").append(a.number()).append(" > ").append(words.of("counter ", "loket "))
            .append(day.hub().queue().getCounter(a.counter()).definition().number());
      }
    }
    return sb.toString();
  }
}
