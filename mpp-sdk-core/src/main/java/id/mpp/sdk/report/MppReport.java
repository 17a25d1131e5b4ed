package id.mpp.sdk.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.json.WireDocument;
import id.mpp.sdk.survey.IkmResult;
import id.mpp.sdk.survey.SampleAdequacy;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.tracking.TrackingNumber;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The report of one MPP site for a day, a month or a year (a wire document). It holds numbers
 * only, never personal data: applications are named by tracking number, respondents not at all.
 *
 * <p>Rates and shares are fractions from 0 to 1 with four decimals ({@code 0.1250} is 12.5 %);
 * durations are exact; a statistic without data (no ticket served, no response given) is
 * {@code null}. Hours are hours of the day (0 to 23) in the site's zone, summed over the period's
 * days.
 *
 * @param site the site id
 * @param siteName the site's name as shown to readers, for example {@code MPP Kota Bandung}
 * @param zone the site's zone id, for example {@code Asia/Jakarta}
 * @param period the period covered
 * @param generatedAt when the report was made
 * @param queue the totals of the queue
 * @param services the queue per service, by service code
 * @param agencies the queue per agency, by agency id
 * @param hours waiting and serving times per service and hour of the day, by service then hour
 * @param applications applications handed in during the period, by current status
 * @param sla SLA compliance per service of the applications due in the period
 * @param overdue the applications overdue at {@code generatedAt}, most overdue first
 * @param survey the SKM results of the period
 */
@JsonPropertyOrder({"apiVersion", "kind", "site", "siteName", "zone", "period", "generatedAt",
    "queue", "services", "agencies", "hours", "applications", "sla", "overdue", "survey"})
public record MppReport(String site, String siteName, String zone, ReportPeriod period,
    Instant generatedAt, QueueTotals queue, List<ServiceLine> services, List<AgencyLine> agencies,
    List<HourLine> hours, List<StatusCount> applications, List<SlaLine> sla,
    List<OverdueLine> overdue, SurveySection survey) implements WireDocument {

  /**
   * Checks the parts and copies the lists.
   *
   * @throws NullPointerException if a required part is missing
   */
  public MppReport {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(survey, "survey");
    siteName = siteName == null ? site : siteName;
    services = copy(services);
    agencies = copy(agencies);
    hours = copy(hours);
    applications = copy(applications);
    sla = copy(sla);
    overdue = copy(overdue);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * The totals of the queue over the period.
   *
   * @param visitors the number of visits (tickets issued; one ticket may visit several agencies)
   * @param ticketsIssued the number of service steps issued (a visit's ticket counted once per
   *     service it queued for)
   * @param served the number of service steps served to the end
   * @param noShows the number of steps whose visitor did not come when called
   * @param noShowRate no-shows over called steps (served plus no-shows); {@code null} if none
   *     was called
   * @param waitP50 the median waiting time, issue (or check-in) to call; {@code null} without data
   * @param waitP90 the 90th percentile of the waiting time
   * @param serveP50 the median serving time, call to done
   * @param serveP90 the 90th percentile of the serving time
   * @param withinTarget the share of served steps whose waiting time met the service's target;
   *     {@code null} without data
   */
  public record QueueTotals(long visitors, long ticketsIssued, long served, long noShows,
      BigDecimal noShowRate, Duration waitP50, Duration waitP90, Duration serveP50,
      Duration serveP90, BigDecimal withinTarget) {

    /** Checks the counts. */
    public QueueTotals {
      requireCounts(visitors, ticketsIssued, served, noShows);
    }
  }

  /**
   * The queue of one service.
   *
   * @param service the service code
   * @param serviceName the service's name, for example {@code Perekaman KTP-el}
   * @param agency the agency that gives it
   * @param ticketsIssued the steps issued
   * @param served the steps served
   * @param noShows the steps not attended
   * @param noShowRate no-shows over called steps; {@code null} if none was called
   * @param waitP50 the median waiting time; {@code null} without data
   * @param waitP90 the 90th percentile of the waiting time
   * @param serveP50 the median serving time
   * @param serveP90 the 90th percentile of the serving time
   */
  public record ServiceLine(ServiceCode service, String serviceName, AgencyId agency,
      long ticketsIssued, long served, long noShows, BigDecimal noShowRate, Duration waitP50,
      Duration waitP90, Duration serveP50, Duration serveP90) {

    /** Checks the parts. */
    public ServiceLine {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(agency, "agency");
      serviceName = serviceName == null ? service.value() : serviceName;
      requireCounts(ticketsIssued, served, noShows);
    }
  }

  /**
   * The queue of one agency (instansi), over all its services.
   *
   * @param agency the agency id
   * @param agencyName the agency's name, for example {@code Disdukcapil Kota Bandung}
   * @param ticketsIssued the steps issued
   * @param served the steps served
   * @param noShows the steps not attended
   */
  public record AgencyLine(AgencyId agency, String agencyName, long ticketsIssued, long served,
      long noShows) {

    /** Checks the parts. */
    public AgencyLine {
      Objects.requireNonNull(agency, "agency");
      agencyName = agencyName == null ? agency.value() : agencyName;
      requireCounts(ticketsIssued, served, noShows);
    }
  }

  /**
   * Waiting and serving times of one service in one hour of the day, by the hour the step was
   * issued.
   *
   * @param service the service code
   * @param hour the hour of the day, 0 to 23, in the site's zone
   * @param ticketsIssued the steps issued in that hour
   * @param waitP50 the median waiting time of the steps called; {@code null} without data
   * @param waitP90 the 90th percentile of the waiting time
   * @param serveP50 the median serving time of the steps served
   * @param serveP90 the 90th percentile of the serving time
   */
  public record HourLine(ServiceCode service, int hour, long ticketsIssued, Duration waitP50,
      Duration waitP90, Duration serveP50, Duration serveP90) {

    /** Checks the parts. */
    public HourLine {
      Objects.requireNonNull(service, "service");
      if (hour < 0 || hour > 23) {
        throw new IllegalArgumentException("hour must be 0 to 23");
      }
      requireCounts(ticketsIssued);
    }
  }

  /**
   * How many applications are in one status.
   *
   * @param status the canonical status
   * @param count the number of applications, 0 or more
   */
  public record StatusCount(ApplicationStatus status, long count) {

    /** Checks the parts. */
    public StatusCount {
      Objects.requireNonNull(status, "status");
      requireCounts(count);
    }
  }

  /**
   * SLA compliance of one service: of the applications whose due date fell in the period, how
   * many were finished on time.
   *
   * @param service the service code
   * @param serviceName the service's name
   * @param agency the agency that gives it
   * @param due the applications due in the period
   * @param onTime of those, the ones finished (ready for pickup or completed) by the due time
   * @param late of those, the ones finished after it or not finished yet
   * @param compliance {@code onTime / due}; {@code null} when none was due
   */
  public record SlaLine(ServiceCode service, String serviceName, AgencyId agency, long due,
      long onTime, long late, BigDecimal compliance) {

    /** Checks the parts. */
    public SlaLine {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(agency, "agency");
      serviceName = serviceName == null ? service.value() : serviceName;
      requireCounts(due, onTime, late);
      if (onTime + late != due) {
        throw new IllegalArgumentException("on time plus late must equal due");
      }
    }
  }

  /**
   * One overdue application, named only by its tracking number.
   *
   * @param trackingNumber the tracking number
   * @param service the service code
   * @param agency the agency working on it
   * @param status its current status
   * @param submittedOn the day it was handed in, in the site's zone
   * @param dueAt when it was due
   * @param overdueBy how long past due at the report time
   */
  public record OverdueLine(TrackingNumber trackingNumber, ServiceCode service, AgencyId agency,
      ApplicationStatus status, LocalDate submittedOn, Instant dueAt, Duration overdueBy) {

    /** Checks the parts. */
    public OverdueLine {
      Objects.requireNonNull(trackingNumber, "trackingNumber");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(agency, "agency");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(dueAt, "dueAt");
      Objects.requireNonNull(overdueBy, "overdueBy");
    }
  }

  /**
   * The SKM results of the period.
   *
   * @param site the IKM of the whole site; {@code null} when nobody answered
   * @param agencies the IKM of each agency with responses, by agency id
   * @param services the IKM of each service with responses, by service code
   * @param sample whether the responses reach the Krejcie and Morgan sample for the period's
   *     visitors
   */
  public record SurveySection(IkmResult site, List<AgencyIkm> agencies,
      List<ServiceIkm> services, SampleAdequacy sample) {

    /** Copies the lists. */
    public SurveySection {
      agencies = copy(agencies);
      services = copy(services);
      Objects.requireNonNull(sample, "sample");
    }
  }

  /**
   * The IKM of one agency (unit layanan).
   *
   * @param agency the agency id
   * @param agencyName the agency's name
   * @param ikm its IKM
   */
  public record AgencyIkm(AgencyId agency, String agencyName, IkmResult ikm) {

    /** Checks the parts. */
    public AgencyIkm {
      Objects.requireNonNull(agency, "agency");
      Objects.requireNonNull(ikm, "ikm");
      agencyName = agencyName == null ? agency.value() : agencyName;
    }
  }

  /**
   * The IKM of one service.
   *
   * @param service the service code
   * @param serviceName the service's name
   * @param agency the agency that gives it
   * @param ikm its IKM
   */
  public record ServiceIkm(ServiceCode service, String serviceName, AgencyId agency,
      IkmResult ikm) {

    /** Checks the parts. */
    public ServiceIkm {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(agency, "agency");
      Objects.requireNonNull(ikm, "ikm");
      serviceName = serviceName == null ? service.value() : serviceName;
    }
  }

  private static void requireCounts(long... counts) {
    for (long count : counts) {
      if (count < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }
  }
}
