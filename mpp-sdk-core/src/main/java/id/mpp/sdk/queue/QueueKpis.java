package id.mpp.sdk.queue;

import id.mpp.sdk.json.WireDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Queue KPIs of a site over a period, per service (ordered by service code).
 *
 * @param site the site
 * @param from the first day
 * @param to the last day
 * @param services the KPIs of every service with at least one arrival
 */
public record QueueKpis(SiteId site, LocalDate from, LocalDate to, List<ServiceKpis> services)
    implements WireDocument {

  /** Checks the parts and copies the list. */
  public QueueKpis {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    services = List.copyOf(services);
  }
}
