package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which KPIs to compute: service days in a range, optionally of one agency.
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param agency only this agency's services; {@code null} for all
 */
public record KpiQuery(LocalDate from, LocalDate to, AgencyId agency) {

  /** Checks the range. */
  public KpiQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to is before from");
    }
  }

  /**
   * The KPIs of one day, all agencies.
   *
   * @param day the day
   * @return the query
   */
  public static KpiQuery day(LocalDate day) {
    return new KpiQuery(day, day, null);
  }
}
