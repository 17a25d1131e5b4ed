package id.mpp.sdk.tracking;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.internal.tracking.InMemoryTrackingStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of applications, their event histories, the outbox and idempotency keys: the SPI a
 * store implements. {@link #inMemory()} is the embedded default; mpp-sdk-jdbc provides
 * PostgreSQL. Every implementation passes the contract suite {@code TrackingStoreContractTest}
 * from mpp-sdk-core's test jar.
 *
 * <h2>Transactions</h2>
 * {@link #commit(TrackingChange)} is one transaction, all or nothing:
 * <ol>
 *   <li>the application row: inserted when {@code expectedVersion == 0} (a second insert of the
 *   same tracking number fails with {@link #DUPLICATE_APPLICATION}); otherwise updated only where
 *   its version equals {@code expectedVersion} (no row updated: {@link #VERSION_CONFLICT});</li>
 *   <li>the events, guarded by a unique index on (tracking number, version)
 *   ({@link #VERSION_CONFLICT}) and one on the event id ({@link #DUPLICATE_EVENT});</li>
 *   <li>new outbox messages inserted; updated ones written only where the stored revision is one
 *   below theirs ({@link #OUTBOX_CONFLICT});</li>
 *   <li>idempotency keys claimed by a single insert guarded by a unique index on the key
 *   ({@link #DUPLICATE_KEY}), never select-then-insert.</li>
 * </ol>
 * A failed commit writes nothing and throws {@link ConflictException} with one of the reasons
 * above; a transient database failure is retried by the store as a whole transaction or thrown
 * as a retryable {@link id.mpp.sdk.MppException}. Of concurrent commits based on the same version
 * exactly one succeeds, and versions never repeat or skip.
 *
 * <p>Implementations are thread-safe and may be shared by several trackers (and, for a database
 * store, by several processes).
 */
public interface TrackingStore {

  /** Reason of a commit whose expected version is not the stored one. */
  String VERSION_CONFLICT = "version_conflict";
  /** Reason of a commit that creates an application that exists. */
  String DUPLICATE_APPLICATION = "duplicate_application";
  /** Reason of a commit with an event id already stored. */
  String DUPLICATE_EVENT = "duplicate_event";
  /** Reason of a commit claiming an idempotency key already claimed. */
  String DUPLICATE_KEY = "duplicate_key";
  /** Reason of an outbox write based on a revision that is no longer the stored one. */
  String OUTBOX_CONFLICT = "outbox_conflict";

  /** @return a new, empty in-memory store: thread-safe, for one process */
  static TrackingStore inMemory() {
    return new InMemoryTrackingStore();
  }

  /**
   * Commits a change in one transaction (see the class description).
   *
   * @param change the change
   * @throws ConflictException with reason {@link #VERSION_CONFLICT},
   *     {@link #DUPLICATE_APPLICATION}, {@link #DUPLICATE_EVENT}, {@link #OUTBOX_CONFLICT} or
   *     {@link #DUPLICATE_KEY}; nothing was written
   */
  void commit(TrackingChange change);

  /**
   * Finds an application.
   *
   * @param trackingNumber the tracking number
   * @return the application, if stored
   */
  Optional<Application> findApplication(TrackingNumber trackingNumber);

  /**
   * Finds an application by the agency's reference.
   *
   * @param agency the agency
   * @param agencyReference the agency's reference
   * @return the application, if stored
   */
  Optional<Application> findByAgencyReference(AgencyId agency, String agencyReference);

  /**
   * Lists applications, one page in ascending tracking-number order.
   *
   * @param query the filters, cursor and page size
   * @return at most {@code query.limit()} applications
   */
  List<Application> listApplications(ApplicationQuery query);

  /**
   * The history of an application.
   *
   * @param trackingNumber the tracking number
   * @return the events in ascending version order; empty if the application is unknown
   */
  List<StatusEvent> listEvents(TrackingNumber trackingNumber);

  /**
   * Finds an event by id.
   *
   * @param eventId the event id
   * @return the event, if stored
   */
  Optional<StatusEvent> findEvent(String eventId);

  /**
   * Finds a claimed idempotency key.
   *
   * @param key the key
   * @return the record, if claimed
   */
  Optional<IdempotencyRecord> findKey(String key);

  /**
   * Allocates the next sequence number of a site and day: 1, 2, 3 … Atomic across threads (and
   * processes, for a database store). Numbers are never given out twice; a number whose
   * application was never committed leaves a gap.
   *
   * @param siteCode the site code
   * @param date the day in the site's zone
   * @return the number
   */
  int nextSequence(String siteCode, LocalDate date);

  /**
   * Claims outbox messages for one relay: pending messages due at {@code now} and not leased,
   * oldest due first, each written with the lease and its next revision. Two relays never claim
   * the same message for overlapping leases (a database store uses {@code FOR UPDATE SKIP
   * LOCKED}).
   *
   * @param now the relay's clock
   * @param leaseUntil until when the claimed messages are held
   * @param limit at most this many
   * @return the claimed messages, as stored after the claim
   */
  List<OutboxMessage> claimOutbox(Instant now, Instant leaseUntil, int limit);

  /**
   * Writes an outbox message outside an application change (a notification marked sent, a
   * failure rescheduled, a dead letter retried).
   *
   * @param message the message at the revision after the stored one
   * @throws ConflictException {@link #OUTBOX_CONFLICT} if the stored revision is not one below
   * @throws id.mpp.sdk.NotFoundException if there is no such message
   */
  void updateOutbox(OutboxMessage message);

  /**
   * Finds an outbox message.
   *
   * @param id the message id
   * @return the message, if stored
   */
  Optional<OutboxMessage> findOutbox(String id);

  /**
   * Lists outbox messages in a state, in the order they were saved.
   *
   * @param state the state, for example {@link OutboxMessage.State#DEAD}
   * @param limit at most this many, 1–1000
   * @return the messages
   */
  List<OutboxMessage> listOutbox(OutboxMessage.State state, int limit);

  /**
   * Lists an application's outbox messages in the order they were saved (messages saved by one
   * commit in the order of the change's list; a database store keeps an insertion sequence). The
   * relay relies on this order to keep a citizen's messages in order.
   *
   * @param trackingNumber the application
   * @return the messages
   */
  List<OutboxMessage> listOutbox(TrackingNumber trackingNumber);
}
