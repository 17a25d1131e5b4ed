package id.mpp.sdk.survey;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.time.DateRange;
import java.util.Objects;

/**
 * Which SKM responses to read: a period of dates in the site's zone (by when the citizen
 * answered), optionally narrowed to one service, agency and/or counter.
 *
 * <pre>{@code
 * SurveyQuery.of(DateRange.month(YearMonth.of(2026, 3))).withAgency(AgencyId.of("dukcapil"));
 * }</pre>
 *
 * @param period the dates, both ends included, in the site's zone
 * @param service only this service, or {@code null} for all
 * @param agency only this agency, or {@code null} for all
 * @param counter only this counter, or {@code null} for all
 */
public record SurveyQuery(DateRange period, ServiceCode service, AgencyId agency,
    CounterId counter) {

  /** Checks that the period is given. */
  public SurveyQuery {
    Objects.requireNonNull(period, "period");
  }

  /**
   * Every response of a period.
   *
   * @param period the dates
   * @return the query
   */
  public static SurveyQuery of(DateRange period) {
    return new SurveyQuery(period, null, null, null);
  }

  /**
   * The same query narrowed to one service.
   *
   * @param service the service
   * @return a new query
   */
  public SurveyQuery withService(ServiceCode service) {
    return new SurveyQuery(period, Objects.requireNonNull(service, "service"), agency, counter);
  }

  /**
   * The same query narrowed to one agency.
   *
   * @param agency the agency
   * @return a new query
   */
  public SurveyQuery withAgency(AgencyId agency) {
    return new SurveyQuery(period, service, Objects.requireNonNull(agency, "agency"), counter);
  }

  /**
   * The same query narrowed to one counter.
   *
   * @param counter the counter id
   * @return a new query
   */
  public SurveyQuery withCounter(CounterId counter) {
    return new SurveyQuery(period, service, agency, Objects.requireNonNull(counter, "counter"));
  }

  /**
   * Whether a response matches the filters (not the period).
   *
   * @param response the response
   * @return whether its service, agency and counter match
   */
  public boolean matches(SkmResponse response) {
    return (service == null || service.equals(response.service()))
        && (agency == null || agency.equals(response.agency()))
        && (counter == null || counter.equals(response.counter()));
  }
}
