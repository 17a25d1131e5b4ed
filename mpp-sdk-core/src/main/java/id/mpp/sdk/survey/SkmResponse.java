package id.mpp.sdk.survey;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.json.WireDocument;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.TrackingNumber;
import id.mpp.sdk.validation.MppValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One citizen's SKM answers: the rating of one visit, identified by the queue ticket and/or the
 * application (tracking number) it rates, and tied to the service (layanan), the agency and the
 * counter (loket) that served it. A {@link SurveyBook} keeps at most one response per ticket and
 * one per application.
 *
 * <p>An element may be left unanswered: it is then absent from {@link #scores()} and the IKM
 * averages that element over the respondents who did answer it. The respondent is never
 * identified: no NIK, name or phone number is carried, and runs of ten or more digits in the
 * comment (a NIK, KK, card or phone number typed by the citizen) are masked with {@code *} when
 * the response is created.
 *
 * <p>Construction checks only the structure; {@link #validate(Locale)} (called by
 * {@link SurveyBook#record(SkmResponse, Locale)}) checks the content and reports every violation
 * at once in the caller's language.
 *
 * @param ticketId the queue ticket rated, or {@code null} when only an application is rated
 * @param trackingNumber the application rated, or {@code null} when only a ticket is rated
 * @param service the service rated
 * @param agency the agency that gave the service
 * @param counter the counter (loket) that served, or {@code null} if not known (for example an
 *     application handed in online)
 * @param answeredAt when the citizen answered
 * @param scores each answered element's score, 1 to 4 ({@link SkmScale}); unanswered elements
 *     are absent
 * @param respondent the optional respondent profile; {@link RespondentProfile#NONE} if none
 * @param comment the optional comment or suggestion (saran), at most 1000 characters; {@code null}
 *     if none
 */
@JsonPropertyOrder({"apiVersion", "kind", "ticketId", "trackingNumber", "service", "agency",
    "counter", "answeredAt", "scores", "respondent", "comment"})
public record SkmResponse(
    TicketId ticketId,
    TrackingNumber trackingNumber,
    ServiceCode service,
    AgencyId agency,
    CounterId counter,
    Instant answeredAt,
    Map<SkmElement, Integer> scores,
    @Valid RespondentProfile respondent,
    @Size(max = 1000) String comment) implements WireDocument {

  private static final java.util.regex.Pattern LONG_NUMBER =
      java.util.regex.Pattern.compile("\\d{10,}");

  /**
   * Checks the structure and copies the scores.
   *
   * @throws NullPointerException if {@code service}, {@code agency} or {@code answeredAt} is
   *     missing
   */
  public SkmResponse {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(answeredAt, "answeredAt");
    scores = copyScores(scores);
    respondent = respondent == null ? RespondentProfile.NONE : respondent;
    comment = maskLongNumbers(comment);
  }

  /**
   * Starts a response.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The score of one element.
   *
   * @param element the element
   * @return the score, or empty when the respondent left it unanswered
   */
  public Optional<Integer> score(SkmElement element) {
    return Optional.ofNullable(scores.get(element));
  }

  /**
   * Checks the content: at least a ticket or an application, known elements, at least one
   * answer, every score 1 to 4, the profile's codes and the comment's length.
   *
   * @param locale the caller's locale for the messages ({@code id} or {@code en})
   * @return this response
   * @throws MppValidationException with every violation, each naming its field
   */
  public SkmResponse validate(Locale locale) {
    List<Violation> violations = violations(locale);
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    return this;
  }

  /**
   * Every violation of the content, sorted by field; empty when the response is valid.
   *
   * @param locale the caller's locale for the messages
   * @return an immutable list
   */
  public List<Violation> violations(Locale locale) {
    List<Violation> all = new ArrayList<>(MppValidator.defaults().violations(this, locale));
    if (ticketId == null && trackingNumber == null) {
      all.add(violation("ticketId", "skm.subject.required", locale));
    }
    if (scores.isEmpty()) {
      all.add(violation("scores", "skm.scores.empty", locale));
    }
    scores.forEach((element, score) -> {
      if (element == SkmElement.UNKNOWN) {
        all.add(violation("scores", "skm.element.unknown", locale));
      } else if (!SkmScale.isValid(score)) {
        all.add(violation("scores." + element.name(), "skm.score.range", locale));
      }
    });
    all.sort(Comparator.comparing(Violation::field).thenComparing(Violation::rule));
    return List.copyOf(all);
  }

  private static Violation violation(String field, String rule, Locale locale) {
    return new Violation(field, rule, MppValidator.message(rule, locale));
  }

  private static Map<SkmElement, Integer> copyScores(Map<SkmElement, Integer> scores) {
    if (scores == null || scores.isEmpty()) {
      return Map.of();
    }
    EnumMap<SkmElement, Integer> copy = new EnumMap<>(SkmElement.class);
    scores.forEach((element, score) -> {
      if (element != null && score != null) {
        copy.put(element, score);
      }
    });
    return Collections.unmodifiableMap(copy);
  }

  private static String maskLongNumbers(String comment) {
    if (comment == null || comment.isBlank()) {
      return null;
    }
    return LONG_NUMBER.matcher(comment).replaceAll(m -> "*".repeat(m.group().length()));
  }

  /** Leaves out the comment and the profile, which are the citizen's own words. */
  @Override
  public String toString() {
    return "SkmResponse[ticketId=" + ticketId + ", trackingNumber=" + trackingNumber
        + ", service=" + service + ", agency=" + agency + ", counter=" + counter
        + ", answeredAt=" + answeredAt + ", scores=" + scores + "]";
  }

  /** Builds a {@link SkmResponse}; not thread-safe. */
  public static final class Builder {

    private TicketId ticketId;
    private TrackingNumber trackingNumber;
    private ServiceCode service;
    private AgencyId agency;
    private CounterId counter;
    private Instant answeredAt;
    private final EnumMap<SkmElement, Integer> scores = new EnumMap<>(SkmElement.class);
    private RespondentProfile respondent = RespondentProfile.NONE;
    private String comment;

    private Builder() {
    }

    /**
     * The queue ticket rated.
     *
     * @param ticketId the ticket's id
     * @return this builder
     */
    public Builder ticketId(TicketId ticketId) {
      this.ticketId = ticketId;
      return this;
    }

    /**
     * Rates a queue ticket: takes its id and the service, agency and counter of its current (or
     * last) journey step.
     *
     * @param ticket the ticket, usually just finished at a counter
     * @return this builder
     */
    public Builder ticket(Ticket ticket) {
      this.ticketId = ticket.id();
      this.service = ticket.service();
      this.agency = ticket.agency();
      this.counter = ticket.counter();
      return this;
    }

    /**
     * Rates an application: takes its tracking number, service and agency. The queue ticket it
     * was handed in under is not taken: the visit at the counter and the application's outcome
     * (for example at pickup) may each be rated once; the application still links to its ticket.
     *
     * @param application the application, usually just handed over
     * @return this builder
     */
    public Builder application(Application application) {
      this.trackingNumber = application.trackingNumber();
      this.service = application.service();
      this.agency = application.agency();
      return this;
    }

    /**
     * The application rated.
     *
     * @param trackingNumber the application's tracking number
     * @return this builder
     */
    public Builder trackingNumber(TrackingNumber trackingNumber) {
      this.trackingNumber = trackingNumber;
      return this;
    }

    /**
     * The service rated.
     *
     * @param service the service code
     * @return this builder
     */
    public Builder service(ServiceCode service) {
      this.service = service;
      return this;
    }

    /**
     * The agency that gave the service.
     *
     * @param agency the agency id
     * @return this builder
     */
    public Builder agency(AgencyId agency) {
      this.agency = agency;
      return this;
    }

    /**
     * The counter (loket) that served.
     *
     * @param counter the counter id
     * @return this builder
     */
    public Builder counter(CounterId counter) {
      this.counter = counter;
      return this;
    }

    /**
     * When the citizen answered.
     *
     * @param answeredAt the instant
     * @return this builder
     */
    public Builder answeredAt(Instant answeredAt) {
      this.answeredAt = answeredAt;
      return this;
    }

    /**
     * One element's score.
     *
     * @param element the element
     * @param score 1 to 4
     * @return this builder
     */
    public Builder score(SkmElement element, int score) {
      scores.put(Objects.requireNonNull(element, "element"), score);
      return this;
    }

    /**
     * Every element's score at once (replacing any given before).
     *
     * @param scores the scores by element
     * @return this builder
     */
    public Builder scores(Map<SkmElement, Integer> scores) {
      this.scores.clear();
      scores.forEach(this::score);
      return this;
    }

    /**
     * The respondent's optional profile.
     *
     * @param respondent the profile
     * @return this builder
     */
    public Builder respondent(RespondentProfile respondent) {
      this.respondent = respondent;
      return this;
    }

    /**
     * The respondent's optional comment or suggestion.
     *
     * @param comment the comment
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /**
     * Creates the response. Its content is checked when it is recorded
     * ({@link SurveyBook#record(SkmResponse, Locale)}) or by {@link SkmResponse#validate}.
     *
     * @return the response
     * @throws NullPointerException if the service, agency or answer time is missing
     */
    public SkmResponse build() {
      return new SkmResponse(ticketId, trackingNumber, service, agency, counter, answeredAt,
          scores, respondent, comment);
    }
  }
}
