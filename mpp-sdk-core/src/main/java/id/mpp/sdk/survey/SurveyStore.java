package id.mpp.sdk.survey;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.internal.survey.InMemorySurveyStore;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.tracking.TrackingNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of SKM responses (SPI), scoped by site so that one store can serve several MPPs.
 * Implementations are thread-safe; {@link #insert} is atomic.
 *
 * <p>The embedded default is {@link #inMemory()}. An implementation proves itself by passing the
 * store contract suite {@code SurveyStoreContract} in the test-jar of {@code mpp-sdk-core}.
 */
public interface SurveyStore {

  /** Reason of the {@link ConflictException} thrown for a second response to the same visit. */
  String DUPLICATE = "skm_duplicate";

  /**
   * Saves a response, atomically refusing it if its ticket or its application already has a
   * response at the site.
   *
   * @param site the site id
   * @param response a validated response
   * @throws ConflictException with reason {@link #DUPLICATE} if the ticket or the application
   *     already has a response; nothing is saved then
   */
  void insert(SiteId site, SkmResponse response);

  /**
   * Finds the response that rates a ticket.
   *
   * @param site the site id
   * @param ticketId the ticket's id
   * @return the response, or empty
   */
  Optional<SkmResponse> findByTicket(SiteId site, TicketId ticketId);

  /**
   * Finds the response that rates an application.
   *
   * @param site the site id
   * @param trackingNumber the application's tracking number
   * @return the response, or empty
   */
  Optional<SkmResponse> findByApplication(SiteId site, TrackingNumber trackingNumber);

  /**
   * Lists the responses answered in a half-open range of instants.
   *
   * @param site the site id
   * @param fromInclusive the first instant
   * @param toExclusive the first instant after the range
   * @return the responses, by {@link SkmResponse#answeredAt()} ascending
   */
  List<SkmResponse> list(SiteId site, Instant fromInclusive, Instant toExclusive);

  /**
   * A new, empty store that keeps responses in memory: the embedded default.
   *
   * @return the store
   */
  static SurveyStore inMemory() {
    return new InMemorySurveyStore();
  }
}
