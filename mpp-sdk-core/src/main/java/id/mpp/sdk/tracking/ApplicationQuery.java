package id.mpp.sdk.tracking;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which applications to list, in ascending tracking-number order (by
 * {@link TrackingNumber#compact()}), one page at a time. Every filter left {@code null} or empty
 * matches everything.
 *
 * @param statuses the statuses to include; empty for any
 * @param agency only this agency's, or {@code null}
 * @param service only this service's, or {@code null}
 * @param withAgencyReference only those the agency acknowledged (for polling)
 * @param dueBefore only those whose SLA is due at or before this instant, or {@code null}
 * @param nearBreachBefore only those whose SLA near-breach point is at or before this instant, or
 *     {@code null}
 * @param after only those after this tracking number (the previous page's last), or {@code null}
 * @param limit the page size, 1–1000
 */
public record ApplicationQuery(Set<ApplicationStatus> statuses, AgencyId agency,
    ServiceCode service, boolean withAgencyReference, Instant dueBefore,
    Instant nearBreachBefore, TrackingNumber after, int limit) {

  /** Copies the statuses and checks the limit. */
  public ApplicationQuery {
    statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1-1000, was " + limit);
    }
  }

  /**
   * Every application, in pages.
   *
   * @param limit the page size
   * @return the query
   */
  public static ApplicationQuery all(int limit) {
    return new ApplicationQuery(Set.of(), null, null, false, null, null, null, limit);
  }

  /**
   * The applications whose status is not terminal.
   *
   * @param limit the page size
   * @return the query
   */
  public static ApplicationQuery open(int limit) {
    EnumSet<ApplicationStatus> open = EnumSet.noneOf(ApplicationStatus.class);
    for (ApplicationStatus s : ApplicationStatus.values()) {
      if (!s.isTerminal() && s != ApplicationStatus.UNKNOWN) {
        open.add(s);
      }
    }
    return all(limit).withStatuses(open);
  }

  /**
   * @param newStatuses the statuses
   * @return a copy listing only these statuses
   */
  public ApplicationQuery withStatuses(Set<ApplicationStatus> newStatuses) {
    return new ApplicationQuery(newStatuses, agency, service, withAgencyReference, dueBefore,
        nearBreachBefore, after, limit);
  }

  /**
   * @param newAgency the agency
   * @return a copy listing only this agency's applications
   */
  public ApplicationQuery withAgency(AgencyId newAgency) {
    return new ApplicationQuery(statuses, Objects.requireNonNull(newAgency, "agency"), service,
        withAgencyReference, dueBefore, nearBreachBefore, after, limit);
  }

  /**
   * @param newService the service
   * @return a copy listing only this service's applications
   */
  public ApplicationQuery withService(ServiceCode newService) {
    return new ApplicationQuery(statuses, agency, Objects.requireNonNull(newService, "service"),
        withAgencyReference, dueBefore, nearBreachBefore, after, limit);
  }

  /** @return a copy listing only applications the agency acknowledged */
  public ApplicationQuery withAgencyReferenceOnly() {
    return new ApplicationQuery(statuses, agency, service, true, dueBefore, nearBreachBefore,
        after, limit);
  }

  /**
   * @param instant the instant
   * @return a copy listing only applications due at or before it
   */
  public ApplicationQuery withDueBefore(Instant instant) {
    return new ApplicationQuery(statuses, agency, service, withAgencyReference, instant,
        nearBreachBefore, after, limit);
  }

  /**
   * @param instant the instant
   * @return a copy listing only applications near breach at or before it
   */
  public ApplicationQuery withNearBreachBefore(Instant instant) {
    return new ApplicationQuery(statuses, agency, service, withAgencyReference, dueBefore,
        instant, after, limit);
  }

  /**
   * @param cursor the last tracking number of the previous page
   * @return a copy for the next page
   */
  public ApplicationQuery withAfter(TrackingNumber cursor) {
    return new ApplicationQuery(statuses, agency, service, withAgencyReference, dueBefore,
        nearBreachBefore, cursor, limit);
  }

  /**
   * Whether an application matches every filter (the cursor aside). Stores may use it; a
   * database store expresses the same filters in SQL.
   *
   * @param a the application
   * @return whether it matches
   */
  public boolean matches(Application a) {
    return (statuses.isEmpty() || statuses.contains(a.status()))
        && (agency == null || agency.equals(a.agency()))
        && (service == null || service.equals(a.service()))
        && (!withAgencyReference || a.agencyReference() != null)
        && (dueBefore == null || (a.sla() != null && !a.sla().dueAt().isAfter(dueBefore)))
        && (nearBreachBefore == null
            || (a.sla() != null && !a.sla().nearBreachAt().isAfter(nearBreachBefore)));
  }
}
