package id.mpp.sdk.internal.report;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.report.MppReport.OverdueLine;
import id.mpp.sdk.report.MppReport.SlaLine;
import id.mpp.sdk.report.MppReport.StatusCount;
import id.mpp.sdk.time.DateRange;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.ApplicationQuery;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.tracking.StatusEvent;
import id.mpp.sdk.tracking.Tracker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The tracking part of a report, read from a {@link Tracker}: applications handed in during the
 * period by status, SLA compliance per service, and the overdue list.
 *
 * <p>SLA compliance counts the applications with an SLA clock whose due time falls in the period
 * and that were either finished or past due at the report time. An application is finished when
 * it first reached {@link ApplicationStatus#READY_FOR_PICKUP}, {@link ApplicationStatus#COMPLETED}
 * or {@link ApplicationStatus#REJECTED} (the agency decided); it is on time when that happened at
 * or before its due time. Cancelled applications, and applications whose clock is stopped
 * (berkas dikembalikan) and not finished, are left out.
 */
public final class TrackingFigures {

  private static final int PAGE = 500;
  private static final Set<ApplicationStatus> FINISHED = EnumSet.of(
      ApplicationStatus.READY_FOR_PICKUP, ApplicationStatus.COMPLETED, ApplicationStatus.REJECTED);

  private final List<StatusCount> applications;
  private final List<SlaLine> sla;
  private final List<OverdueLine> overdue;

  private TrackingFigures(List<StatusCount> applications, List<SlaLine> sla,
      List<OverdueLine> overdue) {
    this.applications = applications;
    this.sla = sla;
    this.overdue = overdue;
  }

  /**
   * Reads the figures.
   *
   * @param tracker the tracker
   * @param period the report's dates
   * @param zone the site's zone
   * @param now the report time
   * @param serviceNames the name of each service, by code
   * @return the figures
   */
  public static TrackingFigures read(Tracker tracker, DateRange period, ZoneId zone, Instant now,
      Function<ServiceCode, String> serviceNames) {
    Instant start = period.startInclusive(zone);
    Instant end = period.endExclusive(zone);
    EnumMap<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
    Map<ServiceCode, long[]> slaByService = new TreeMap<>();
    Map<ServiceCode, AgencyId> agencies = new TreeMap<>();
    eachPage(ApplicationQuery.all(PAGE), tracker::list, a -> {
      if (!a.submittedAt().isBefore(start) && a.submittedAt().isBefore(end)) {
        byStatus.merge(a.status(), 1L, Long::sum);
      }
      if (a.sla() == null || a.sla().dueAt().isBefore(start) || !a.sla().dueAt().isBefore(end)
          || a.status() == ApplicationStatus.CANCELLED) {
        return;
      }
      Optional<Instant> finished = finishedAt(tracker.listEvents(a.trackingNumber()));
      if (finished.isEmpty() && (a.sla().isPaused() || a.sla().dueAt().isAfter(now))) {
        return;
      }
      long[] counts = slaByService.computeIfAbsent(a.service(), k -> new long[2]);
      agencies.put(a.service(), a.agency());
      boolean onTime = finished.isPresent() && !finished.get().isAfter(a.sla().dueAt());
      counts[onTime ? 0 : 1]++;
    });
    List<StatusCount> statuses = new ArrayList<>();
    byStatus.forEach((status, count) -> statuses.add(new StatusCount(status, count)));
    List<SlaLine> slaLines = new ArrayList<>();
    slaByService.forEach((service, counts) -> {
      long due = counts[0] + counts[1];
      slaLines.add(new SlaLine(service, serviceNames.apply(service), agencies.get(service), due,
          counts[0], counts[1], BigDecimal.valueOf(counts[0])
              .divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP)));
    });
    List<OverdueLine> overdueLines = new ArrayList<>();
    eachPage(ApplicationQuery.all(PAGE), tracker::listOverdue, a -> overdueLines.add(
        new OverdueLine(a.trackingNumber(), a.service(), a.agency(), a.status(),
            a.submittedAt().atZone(zone).toLocalDate(), a.sla().dueAt(),
            Duration.between(a.sla().dueAt(), now))));
    overdueLines.sort(Comparator.comparing(OverdueLine::overdueBy).reversed()
        .thenComparing(o -> o.trackingNumber().compact()));
    return new TrackingFigures(List.copyOf(statuses), List.copyOf(slaLines),
        List.copyOf(overdueLines));
  }

  /** @return applications handed in during the period, by current status */
  public List<StatusCount> applications() {
    return applications;
  }

  /** @return SLA compliance per service */
  public List<SlaLine> sla() {
    return sla;
  }

  /** @return the overdue applications, most overdue first */
  public List<OverdueLine> overdue() {
    return overdue;
  }

  private static Optional<Instant> finishedAt(List<StatusEvent> events) {
    return events.stream().filter(e -> FINISHED.contains(e.toStatus()))
        .map(StatusEvent::occurredAt).min(Comparator.naturalOrder());
  }

  private static void eachPage(ApplicationQuery first,
      Function<ApplicationQuery, List<Application>> lister, Consumer<Application> each) {
    ApplicationQuery query = first;
    while (true) {
      List<Application> page = lister.apply(query);
      page.forEach(each);
      if (page.size() < query.limit()) {
        return;
      }
      query = query.withAfter(page.get(page.size() - 1).trackingNumber());
    }
  }
}
