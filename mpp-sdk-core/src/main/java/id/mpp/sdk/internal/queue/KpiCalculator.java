package id.mpp.sdk.internal.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.HourCount;
import id.mpp.sdk.queue.JourneyStep;
import id.mpp.sdk.queue.KpiQuery;
import id.mpp.sdk.queue.QueueKpis;
import id.mpp.sdk.queue.ServiceKpis;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes {@link QueueKpis} from the journey steps of a period's tickets. */
public final class KpiCalculator {

  private KpiCalculator() {
  }

  private static final class Acc {
    AgencyId agency;
    int arrivals;
    final int[] hours = new int[24];
    int served;
    int noShows;
    int cancelled;
    int expired;
    int transferred;
    final List<Duration> waits = new ArrayList<>();
    final List<Duration> serves = new ArrayList<>();
  }

  /**
   * Computes the KPIs.
   *
   * @param site the site
   * @param query the period and agency
   * @param tickets the tickets of the period
   * @param services the site's services (for their targets)
   * @param zone the site's zone (for hours of the day)
   * @return the KPIs per service
   */
  public static QueueKpis compute(SiteId site, KpiQuery query, List<Ticket> tickets,
      List<ServiceQueue> services, ZoneId zone) {
    Map<ServiceCode, Acc> bySevice = new TreeMap<>();
    for (Ticket t : tickets) {
      for (JourneyStep step : t.journey()) {
        if (step.queuedAt() == null
            || (query.agency() != null && !query.agency().equals(step.agency()))) {
          continue;
        }
        Acc a = bySevice.computeIfAbsent(step.service(), k -> new Acc());
        a.agency = step.agency();
        a.arrivals++;
        a.hours[LocalTime.ofInstant(step.queuedAt(), zone).getHour()]++;
        step.waitingTime().ifPresent(a.waits::add);
        switch (step.status()) {
          case DONE -> {
            a.served++;
            step.servingTime().ifPresent(a.serves::add);
          }
          case NO_SHOW -> a.noShows++;
          case CANCELLED -> a.cancelled++;
          case EXPIRED -> a.expired++;
          case TRANSFERRED -> a.transferred++;
          default -> {
          }
        }
      }
    }
    Map<ServiceCode, ServiceQueue> targets = new HashMap<>();
    for (ServiceQueue s : services) {
      targets.put(s.code(), s);
    }
    List<ServiceKpis> result = new ArrayList<>();
    for (Map.Entry<ServiceCode, Acc> e : bySevice.entrySet()) {
      Acc a = e.getValue();
      List<HourCount> hours = new ArrayList<>();
      for (int h = 0; h < 24; h++) {
        if (a.hours[h] > 0) {
          hours.add(new HourCount(h, a.hours[h]));
        }
      }
      ServiceQueue s = targets.get(e.getKey());
      double withinWait = s == null ? 0 : share(a.waits, s.targetWait());
      double withinServe = s == null ? 0 : share(a.serves, s.targetServe());
      int called = a.served + a.noShows;
      result.add(new ServiceKpis(e.getKey(), a.agency, a.arrivals, hours, a.served, a.noShows,
          a.cancelled, a.expired, a.transferred, Percentiles.of(a.waits, 50),
          Percentiles.of(a.waits, 90), Percentiles.of(a.serves, 50), Percentiles.of(a.serves, 90),
          called == 0 ? 0 : (double) a.noShows / called, withinWait, withinServe));
    }
    return new QueueKpis(site, query.from(), query.to(), result);
  }

  private static double share(List<Duration> values, Duration target) {
    if (values.isEmpty()) {
      return 0;
    }
    int within = 0;
    for (Duration d : values) {
      if (d.compareTo(target) <= 0) {
        within++;
      }
    }
    return (double) within / values.size();
  }
}
