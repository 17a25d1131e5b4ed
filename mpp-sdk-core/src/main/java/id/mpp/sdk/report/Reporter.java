package id.mpp.sdk.report;

import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.Agency;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.Catalogue;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.internal.report.QueueFigures;
import id.mpp.sdk.internal.report.TrackingFigures;
import id.mpp.sdk.queue.QueueAgency;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.report.MppReport.AgencyIkm;
import id.mpp.sdk.report.MppReport.ServiceIkm;
import id.mpp.sdk.report.MppReport.SurveySection;
import id.mpp.sdk.survey.IkmResult;
import id.mpp.sdk.survey.SampleAdequacy;
import id.mpp.sdk.survey.SkmResponse;
import id.mpp.sdk.survey.SurveyBook;
import id.mpp.sdk.survey.SurveyQuery;
import id.mpp.sdk.tracking.Tracker;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes the reports of one MPP site from its engines: the queue desk's KPIs and tickets, the
 * tracker's applications and SLA clocks, and the survey book's IKM.
 *
 * <pre>{@code
 * Reporter reporter = Reporter.builder()
 *     .queue(desk).tracker(tracker).survey(book)
 *     .siteName("MPP Kota Bandung").clock(clock)
 *     .build();
 * MppReport today = reporter.report(ReportPeriod.day(desk.today()));
 * String page = ReportExport.html(today, MppValidator.INDONESIAN);
 * }</pre>
 *
 * <p>Per service, the queue figures are {@link QueueDesk#kpis} as the desk computes them; the
 * times per hour and the site's overall percentiles use the desk's definitions on the same
 * tickets. Visitors are the tickets of the period (one ticket is one visit, whatever the number
 * of agencies it visits) and are the population of the SKM sample check. SLA compliance counts
 * the applications due in the period that were finished (ready for pickup, completed or
 * rejected) or past due at the report time; an application finished by its due time is on time.
 *
 * <p>Immutable and thread-safe; a report reads the engines at the clock's instant.
 */
public final class Reporter {

  private final QueueDesk queue;
  private final Tracker tracker;
  private final SurveyBook survey;
  private final Catalogue catalogue;
  private final String siteName;
  private final Clock clock;

  private Reporter(Builder b) {
    this.queue = b.queue;
    this.tracker = b.tracker;
    this.survey = b.survey;
    this.catalogue = b.catalogue;
    this.siteName = b.siteName;
    this.clock = b.clock;
  }

  /**
   * Starts a reporter.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Makes the report of a day, month or year.
   *
   * @param period the period, in the site's zone
   * @return the report
   */
  public MppReport report(ReportPeriod period) {
    Objects.requireNonNull(period, "period");
    Instant now = clock.instant();
    Names names = new Names();
    QueueFigures q = QueueFigures.read(queue, period.dates(), names::service, names::agency);
    TrackingFigures t = tracker == null ? null
        : TrackingFigures.read(tracker, period.dates(), queue.zone(), now, names::service);
    SurveySection s = surveySection(period, q.totals().visitors(), names);
    return new MppReport(queue.site().value(), siteName, queue.zone().getId(), period, now,
        q.totals(), q.services(), q.agencies(), q.hours(),
        t == null ? List.of() : t.applications(), t == null ? List.of() : t.sla(),
        t == null ? List.of() : t.overdue(), s);
  }

  private SurveySection surveySection(ReportPeriod period, long visitors, Names names) {
    if (survey == null) {
      return new SurveySection(null, List.of(), List.of(), SampleAdequacy.of(visitors, 0));
    }
    SurveyQuery query = SurveyQuery.of(period.dates());
    List<SkmResponse> responses = survey.list(query);
    IkmResult site = survey.findIkm(query).orElse(null);
    List<AgencyIkm> agencies = new ArrayList<>();
    survey.ikmByAgency(query).forEach((agency, ikm) ->
        agencies.add(new AgencyIkm(agency, names.agency(agency), ikm)));
    Map<ServiceCode, AgencyId> agencyOf = new HashMap<>();
    responses.forEach(r -> agencyOf.putIfAbsent(r.service(), r.agency()));
    List<ServiceIkm> services = new ArrayList<>();
    survey.ikmByService(query).forEach((service, ikm) -> services.add(
        new ServiceIkm(service, names.service(service), agencyOf.get(service), ikm)));
    return new SurveySection(site, agencies, services,
        SampleAdequacy.of(visitors, responses.size()));
  }

  /** Names of services and agencies: the queue desk's, else the catalogue's, else the code. */
  private final class Names {
    private final Map<ServiceCode, String> services = new HashMap<>();
    private final Map<AgencyId, String> agencies = new HashMap<>();

    Names() {
      if (catalogue != null) {
        for (ServiceDefinition d : catalogue.listServices()) {
          services.put(d.code(), d.name());
        }
        for (Agency a : catalogue.listAgencies()) {
          agencies.put(a.id(), a.shortName());
        }
      }
      for (ServiceQueue s : queue.listServices()) {
        services.put(s.code(), s.name());
      }
      for (QueueAgency a : queue.listAgencies()) {
        agencies.put(a.id(), a.name());
      }
    }

    String service(ServiceCode code) {
      return services.getOrDefault(code, code.value());
    }

    String agency(AgencyId id) {
      return agencies.getOrDefault(id, id.value());
    }
  }

  /** Builds a {@link Reporter}; not thread-safe. */
  public static final class Builder {

    private QueueDesk queue;
    private Tracker tracker;
    private SurveyBook survey;
    private Catalogue catalogue;
    private String siteName;
    private Clock clock;

    private Builder() {
    }

    /**
     * The site's queue desk (required); the report's site and zone are the desk's.
     *
     * @param desk the desk
     * @return this builder
     */
    public Builder queue(QueueDesk desk) {
      this.queue = desk;
      return this;
    }

    /**
     * The site's tracker; without one the report has no applications, SLA or overdue list.
     *
     * @param applications the tracker
     * @return this builder
     */
    public Builder tracker(Tracker applications) {
      this.tracker = applications;
      return this;
    }

    /**
     * The site's survey book; without one the report has no IKM.
     *
     * @param book the book, of the desk's site and zone
     * @return this builder
     */
    public Builder survey(SurveyBook book) {
      this.survey = book;
      return this;
    }

    /**
     * The catalogue, for the names of services and agencies the desk does not know.
     *
     * @param names the catalogue
     * @return this builder
     */
    public Builder catalogue(Catalogue names) {
      this.catalogue = names;
      return this;
    }

    /**
     * The site's name for readers; the site id when not set.
     *
     * @param name for example {@code MPP Kota Bandung}
     * @return this builder
     */
    public Builder siteName(String name) {
      this.siteName = name;
      return this;
    }

    /**
     * The clock (required): the report time, and "now" for overdue applications.
     *
     * @param reportClock the clock; a {@code ManualClock} in tests
     * @return this builder
     */
    public Builder clock(Clock reportClock) {
      this.clock = reportClock;
      return this;
    }

    /**
     * Builds the reporter.
     *
     * @return the reporter
     * @throws MppValidationException naming every missing or inconsistent setting
     */
    public Reporter build() {
      List<Violation> violations = new ArrayList<>();
      if (queue == null) {
        violations.add(new Violation("queue", "NotNull", "the queue desk must be set"));
      }
      if (clock == null) {
        violations.add(new Violation("clock", "NotNull", "clock must be set"));
      }
      if (queue != null && survey != null && !survey.site().equals(queue.site())) {
        violations.add(new Violation("survey", "report.site",
            "the survey book must be of the queue desk's site"));
      }
      if (queue != null && survey != null && !survey.zone().equals(queue.zone())) {
        violations.add(new Violation("survey", "report.zone",
            "the survey book must use the queue desk's zone"));
      }
      if (siteName != null && (siteName.isBlank() || siteName.length() > 200)) {
        violations.add(new Violation("siteName", "Size",
            "the site name must be 1-200 characters"));
      }
      if (!violations.isEmpty()) {
        throw new MppValidationException(violations);
      }
      return new Reporter(this);
    }
  }
}
