package id.mpp.sdk.internal.report;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.internal.queue.Percentiles;
import id.mpp.sdk.queue.HourCount;
import id.mpp.sdk.queue.JourneyStep;
import id.mpp.sdk.queue.KpiQuery;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.QueueKpis;
import id.mpp.sdk.queue.ServiceKpis;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.StepStatus;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketQuery;
import id.mpp.sdk.report.MppReport.AgencyLine;
import id.mpp.sdk.report.MppReport.HourLine;
import id.mpp.sdk.report.MppReport.QueueTotals;
import id.mpp.sdk.report.MppReport.ServiceLine;
import id.mpp.sdk.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The queue part of a report. The figures per service are the queue desk's own KPIs
 * ({@link QueueDesk#kpis(KpiQuery)}), taken as they are. What the desk does not break down — the
 * times per service and hour, and the site's overall percentiles and share within target — is
 * computed here from the same tickets with the desk's own definitions: a step's waiting time is
 * {@link JourneyStep#waitingTime()} (every called step), its serving time
 * {@link JourneyStep#servingTime()} (served steps), its hour the hour it entered the queue in the
 * site's zone, percentiles by {@link Percentiles} (nearest rank).
 */
public final class QueueFigures {

  private final QueueTotals totals;
  private final List<ServiceLine> services;
  private final List<AgencyLine> agencies;
  private final List<HourLine> hours;

  private QueueFigures(QueueTotals totals, List<ServiceLine> services, List<AgencyLine> agencies,
      List<HourLine> hours) {
    this.totals = totals;
    this.services = services;
    this.agencies = agencies;
    this.hours = hours;
  }

  /**
   * Reads the figures of a period.
   *
   * @param desk the queue desk
   * @param period the report's dates (service days)
   * @param serviceNames the name of each service
   * @param agencyNames the name of each agency
   * @return the figures
   */
  public static QueueFigures read(QueueDesk desk, DateRange period,
      Function<ServiceCode, String> serviceNames, Function<AgencyId, String> agencyNames) {
    QueueKpis kpis = desk.kpis(new KpiQuery(period.from(), period.to(), null));
    List<Ticket> tickets = desk.listTickets(TicketQuery.days(period.from(), period.to()));
    ZoneId zone = desk.zone();
    Map<ServiceCode, Duration> targets = new HashMap<>();
    for (ServiceQueue s : desk.listServices()) {
      targets.put(s.code(), s.targetWait());
    }

    List<Duration> allWaits = new ArrayList<>();
    List<Duration> allServes = new ArrayList<>();
    int withinTarget = 0;
    Map<ServiceCode, Map<Integer, List<Duration>>> waitsByHour = new TreeMap<>();
    Map<ServiceCode, Map<Integer, List<Duration>>> servesByHour = new TreeMap<>();
    for (Ticket ticket : tickets) {
      for (JourneyStep step : ticket.journey()) {
        if (step.queuedAt() == null) {
          continue;
        }
        int hour = LocalTime.ofInstant(step.queuedAt(), zone).getHour();
        Duration target = targets.get(step.service());
        step.waitingTime().ifPresent(wait -> {
          allWaits.add(wait);
          waitsByHour.computeIfAbsent(step.service(), k -> new TreeMap<>())
              .computeIfAbsent(hour, k -> new ArrayList<>()).add(wait);
        });
        if (target != null && step.waitingTime().filter(w -> w.compareTo(target) <= 0)
            .isPresent()) {
          withinTarget++;
        }
        if (step.status() == StepStatus.DONE) {
          step.servingTime().ifPresent(serve -> {
            allServes.add(serve);
            servesByHour.computeIfAbsent(step.service(), k -> new TreeMap<>())
                .computeIfAbsent(hour, k -> new ArrayList<>()).add(serve);
          });
        }
      }
    }

    List<ServiceLine> serviceLines = new ArrayList<>();
    Map<AgencyId, long[]> byAgency = new TreeMap<>();
    List<HourLine> hourLines = new ArrayList<>();
    long issued = 0;
    long served = 0;
    long noShows = 0;
    for (ServiceKpis k : kpis.services()) {
      serviceLines.add(new ServiceLine(k.service(), serviceNames.apply(k.service()), k.agency(),
          k.arrivals(), k.served(), k.noShows(),
          k.served() + k.noShows() == 0 ? null : share(k.noShowRate()), k.waitP50(), k.waitP90(),
          k.serveP50(), k.serveP90()));
      long[] a = byAgency.computeIfAbsent(k.agency(), x -> new long[3]);
      a[0] += k.arrivals();
      a[1] += k.served();
      a[2] += k.noShows();
      issued += k.arrivals();
      served += k.served();
      noShows += k.noShows();
      Map<Integer, List<Duration>> waits = waitsByHour.getOrDefault(k.service(), Map.of());
      Map<Integer, List<Duration>> serves = servesByHour.getOrDefault(k.service(), Map.of());
      for (HourCount h : k.arrivalsPerHour()) {
        List<Duration> w = waits.getOrDefault(h.hour(), List.of());
        List<Duration> s = serves.getOrDefault(h.hour(), List.of());
        hourLines.add(new HourLine(k.service(), h.hour(), h.count(), Percentiles.of(w, 50),
            Percentiles.of(w, 90), Percentiles.of(s, 50), Percentiles.of(s, 90)));
      }
    }
    List<AgencyLine> agencyLines = new ArrayList<>();
    byAgency.forEach((agency, a) -> agencyLines.add(
        new AgencyLine(agency, agencyNames.apply(agency), a[0], a[1], a[2])));
    long called = served + noShows;
    QueueTotals totals = new QueueTotals(tickets.size(), issued, served, noShows,
        called == 0 ? null : ratio(noShows, called), Percentiles.of(allWaits, 50),
        Percentiles.of(allWaits, 90), Percentiles.of(allServes, 50), Percentiles.of(allServes, 90),
        allWaits.isEmpty() ? null : ratio(withinTarget, allWaits.size()));
    return new QueueFigures(totals, List.copyOf(serviceLines), List.copyOf(agencyLines),
        List.copyOf(hourLines));
  }

  /** @return the site's totals */
  public QueueTotals totals() {
    return totals;
  }

  /** @return one line per service, by service code */
  public List<ServiceLine> services() {
    return services;
  }

  /** @return one line per agency, by agency id */
  public List<AgencyLine> agencies() {
    return agencies;
  }

  /** @return one line per service and hour with arrivals */
  public List<HourLine> hours() {
    return hours;
  }

  private static BigDecimal share(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
  }

  private static BigDecimal ratio(long part, long whole) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }
}
