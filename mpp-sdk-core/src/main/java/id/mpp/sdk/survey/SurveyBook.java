package id.mpp.sdk.survey;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.tracking.TrackingNumber;
import id.mpp.sdk.validation.MppValidator;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SKM survey book of one MPP site: records citizens' responses, one per ticket and one per
 * application, and computes the IKM (PermenPANRB No. 14/2017) for the site, a service, an agency
 * or a counter over a period of dates in the site's zone.
 *
 * <pre>{@code
 * SurveyBook book = SurveyBook.builder()
 *     .site(SiteId.of("mpp-kota-bandung")).zone(ZoneId.of("Asia/Jakarta")).clock(clock)
 *     .build();
 * book.record(response, MppValidator.INDONESIAN);
 * Optional<IkmResult> ikm = book.findIkm(SurveyQuery.of(DateRange.month(YearMonth.of(2026, 3))));
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link SurveyStore} makes recording atomic.
 */
public final class SurveyBook {

  private static final System.Logger LOG = System.getLogger(SurveyBook.class.getName());

  private final SiteId site;
  private final ZoneId zone;
  private final Clock clock;
  private final SurveyStore store;

  private SurveyBook(Builder b) {
    this.site = b.site;
    this.zone = b.zone;
    this.clock = b.clock;
    this.store = b.store;
  }

  /**
   * Starts a survey book.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The site this book belongs to.
   *
   * @return the site id
   */
  public SiteId site() {
    return site;
  }

  /**
   * The site's zone, in which periods are read.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Records a response, with English messages on bad input.
   *
   * @param response the response
   * @return the response as recorded
   * @throws MppValidationException with every violation, naming each field; nothing is recorded
   * @throws ConflictException with reason {@link SurveyStore#DUPLICATE} if the ticket or the
   *     application already has a response; nothing is recorded
   * @see #record(SkmResponse, Locale)
   */
  public SkmResponse record(SkmResponse response) {
    return record(response, MppValidator.ENGLISH);
  }

  /**
   * Records a response. It is checked first ({@link SkmResponse#violations(Locale)}, and its
   * answer time must not lie in the future of the book's clock); every violation is reported at
   * once, in the caller's language. A ticket and an application are each rated once.
   *
   * @param response the response
   * @param locale the caller's locale for messages ({@code id} or {@code en})
   * @return the response as recorded
   * @throws MppValidationException with every violation, naming each field; nothing is recorded
   * @throws ConflictException with reason {@link SurveyStore#DUPLICATE} if the ticket or the
   *     application already has a response; nothing is recorded
   */
  public SkmResponse record(SkmResponse response, Locale locale) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(locale, "locale");
    List<Violation> violations = new ArrayList<>(response.violations(locale));
    if (response.answeredAt().isAfter(clock.instant())) {
      violations.add(new Violation("answeredAt", "skm.answeredAt.future",
          MppValidator.message("skm.answeredAt.future", locale)));
    }
    if (!violations.isEmpty()) {
      violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::rule));
      throw new MppValidationException(violations);
    }
    store.insert(site, response);
    LOG.log(Level.DEBUG, () -> "SKM response recorded at site " + site + " for service "
        + response.service() + " (" + response.scores().size() + " elements answered)");
    return response;
  }

  /**
   * Finds the response that rates a ticket.
   *
   * @param ticketId the ticket's id
   * @return the response, or empty
   */
  public Optional<SkmResponse> findByTicket(TicketId ticketId) {
    return store.findByTicket(site, Objects.requireNonNull(ticketId, "ticketId"));
  }

  /**
   * Finds the response that rates an application.
   *
   * @param trackingNumber the application's tracking number
   * @return the response, or empty
   */
  public Optional<SkmResponse> findByApplication(TrackingNumber trackingNumber) {
    return store.findByApplication(site,
        Objects.requireNonNull(trackingNumber, "trackingNumber"));
  }

  /**
   * Lists the responses a query selects.
   *
   * @param query the period and filters
   * @return the responses, by answer time ascending
   */
  public List<SkmResponse> list(SurveyQuery query) {
    Objects.requireNonNull(query, "query");
    return store.list(site, query.period().startInclusive(zone), query.period().endExclusive(zone))
        .stream().filter(query::matches).toList();
  }

  /**
   * The IKM of the responses a query selects: the whole site for a query without filters.
   *
   * @param query the period and filters
   * @return the IKM, or empty when no response was given
   */
  public Optional<IkmResult> findIkm(SurveyQuery query) {
    return Ikm.compute(list(query));
  }

  /**
   * The IKM of each service that has responses.
   *
   * @param query the period and filters
   * @return an immutable map by service code, in code order
   */
  public Map<ServiceCode, IkmResult> ikmByService(SurveyQuery query) {
    return ikmBy(list(query), SkmResponse::service);
  }

  /**
   * The IKM of each agency that has responses.
   *
   * @param query the period and filters
   * @return an immutable map by agency id, in id order
   */
  public Map<AgencyId, IkmResult> ikmByAgency(SurveyQuery query) {
    return ikmBy(list(query), SkmResponse::agency);
  }

  /**
   * The IKM of each counter that has responses; responses without a counter are left out.
   *
   * @param query the period and filters
   * @return an immutable map by counter id, in id order
   */
  public Map<CounterId, IkmResult> ikmByCounter(SurveyQuery query) {
    return ikmBy(list(query).stream().filter(r -> r.counter() != null).toList(),
        SkmResponse::counter);
  }

  /**
   * Whether the responses a query selects reach the Krejcie and Morgan sample for a population.
   *
   * @param query the period and filters
   * @param population the number of service users the query covers (for example the tickets
   *     served in the period), 0 or more
   * @return the comparison
   */
  public SampleAdequacy sampleAdequacy(SurveyQuery query, long population) {
    return SampleAdequacy.of(population, list(query).size());
  }

  static <K extends Comparable<K>> Map<K, IkmResult> ikmBy(List<SkmResponse> responses,
      Function<SkmResponse, K> key) {
    Map<K, List<SkmResponse>> groups = responses.stream()
        .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    Map<K, IkmResult> result = new LinkedHashMap<>();
    groups.forEach((k, group) -> Ikm.compute(group).ifPresent(ikm -> result.put(k, ikm)));
    return Collections.unmodifiableMap(result);
  }

  @Override
  public String toString() {
    return "SurveyBook[site=" + site + ", zone=" + zone + "]";
  }

  /** Builds a {@link SurveyBook}; not thread-safe. */
  public static final class Builder {

    private SiteId site;
    private ZoneId zone;
    private Clock clock;
    private SurveyStore store;

    private Builder() {
    }

    /**
     * The site (required), the same as the queue desk's.
     *
     * @param site for example {@code mpp-kota-bandung}
     * @return this builder
     */
    public Builder site(SiteId site) {
      this.site = site;
      return this;
    }

    /**
     * The site's zone (required), in which periods are read: {@code Asia/Jakarta} (WIB),
     * {@code Asia/Makassar} (WITA) or {@code Asia/Jayapura} (WIT).
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /**
     * The clock (required) against which answer times are checked.
     *
     * @param clock the clock; a {@code ManualClock} in tests
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The store; {@link SurveyStore#inMemory()} when not set.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(SurveyStore store) {
      this.store = store;
      return this;
    }

    /**
     * Builds the book.
     *
     * @return the book
     * @throws MppValidationException naming every missing or bad setting
     */
    public SurveyBook build() {
      List<Violation> violations = new ArrayList<>();
      if (site == null) {
        violations.add(new Violation("site", "NotNull", "site must be set"));
      }
      if (zone == null) {
        violations.add(new Violation("zone", "NotNull", "zone must be set"));
      }
      if (clock == null) {
        violations.add(new Violation("clock", "NotNull", "clock must be set"));
      }
      if (!violations.isEmpty()) {
        throw new MppValidationException(violations);
      }
      if (store == null) {
        store = SurveyStore.inMemory();
      }
      return new SurveyBook(this);
    }
  }
}
