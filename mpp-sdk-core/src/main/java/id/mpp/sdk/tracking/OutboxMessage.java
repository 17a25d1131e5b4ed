package id.mpp.sdk.tracking;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.json.WireDocument;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the tracking outbox: work that must reach the outside world after a change was
 * committed, saved in the same store transaction as the change (transactional outbox). The relay
 * sends it, retries it with backoff until it is acknowledged, and after the configured number of
 * attempts parks it as {@link State#DEAD} for an operator.
 *
 * <p>A message keeps its {@link #idempotencyKey()} for life, through retries, relay crashes and
 * an operator's retry, so the agency sees one submission under one key. {@link #revision()} rises
 * with every write; a write based on an older revision is refused, which is how a relay that
 * lost its lease learns that another relay took over.
 *
 * @param id the message id
 * @param type what to do
 * @param trackingNumber the application it belongs to
 * @param agency the agency concerned
 * @param idempotencyKey the key sent with an agency call; stable for the message's life
 * @param eventId the event that caused it (the status to notify or the SLA escalation), or
 *     {@code null}
 * @param state where it is in its life
 * @param attempts how many times it was tried
 * @param nextAttemptAt when it may be tried next
 * @param leaseUntil until when a relay holds it, or {@code null} when nobody does
 * @param revision the write count, starting at 1
 * @param outcomeUnknown whether an attempt ended with the outcome unknown (the agency may have
 *     acted on it); then only a resend under the same key is safe
 * @param lastError the last failure, without personal data, or {@code null}
 * @param createdAt when it was saved
 * @param updatedAt when it was last written
 */
public record OutboxMessage(
    String id,
    Type type,
    TrackingNumber trackingNumber,
    AgencyId agency,
    String idempotencyKey,
    String eventId,
    State state,
    int attempts,
    Instant nextAttemptAt,
    Instant leaseUntil,
    long revision,
    boolean outcomeUnknown,
    String lastError,
    Instant createdAt,
    Instant updatedAt) implements WireDocument {

  /** What a message asks for. */
  public enum Type {
    /** Submit the application to the agency (applications capability). */
    SUBMIT,
    /** Withdraw the application at the agency. */
    CANCEL,
    /** Send a status message to the citizen through the {@link NotificationSender}. */
    NOTIFY,
    /** Tell the {@link EscalationListener} about an SLA escalation. */
    ESCALATE,
    /** A kind this SDK version does not know; left alone. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /** Where a message is in its life. */
  public enum State {
    /** Waiting to be sent, or being sent under a lease. */
    PENDING,
    /** Acknowledged; done. */
    SENT,
    /** The agency refused it (a definite answer); done. */
    REJECTED,
    /** Given up after the configured attempts; an operator can retry it. */
    DEAD,
    /** No longer needed (for example a submission withdrawn before it was ever sent); done. */
    DISCARDED,
    /** A state this SDK version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
  }

  /** Checks the required parts. */
  public OutboxMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(state, "state");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1, was " + revision);
    }
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * A new pending message.
   *
   * @param id the message id
   * @param type what to do
   * @param trackingNumber the application
   * @param agency the agency
   * @param idempotencyKey the key, stable for the message's life
   * @param eventId the event that caused it, or {@code null}
   * @param now when it is saved; it may be sent from then on
   * @return the message at revision 1
   */
  public static OutboxMessage pending(String id, Type type, TrackingNumber trackingNumber,
      AgencyId agency, String idempotencyKey, String eventId, Instant now) {
    return new OutboxMessage(id, type, trackingNumber, agency, idempotencyKey, eventId,
        State.PENDING, 0, now, null, 1, false, null, now, now);
  }

  /** @return the event that caused it, if any */
  public Optional<String> findEventId() {
    return Optional.ofNullable(eventId);
  }

  /** @return the lease's end, if a relay holds the message */
  public Optional<Instant> findLeaseUntil() {
    return Optional.ofNullable(leaseUntil);
  }

  /** @return the last failure, if any */
  public Optional<String> findLastError() {
    return Optional.ofNullable(lastError);
  }

  /**
   * Whether a relay may claim the message now.
   *
   * @param now the instant
   * @return whether it is pending, due, and not leased
   */
  public boolean isClaimable(Instant now) {
    return state == State.PENDING && !nextAttemptAt.isAfter(now)
        && (leaseUntil == null || !leaseUntil.isAfter(now));
  }

  /**
   * The next revision of this message: another state, attempt count, schedule, lease, flag or
   * error.
   *
   * @param newState the state
   * @param newAttempts the attempt count
   * @param newNextAttemptAt when it may be tried next
   * @param newLeaseUntil the lease, or {@code null}
   * @param newOutcomeUnknown whether an outcome was ever unknown
   * @param newLastError the last failure, or {@code null}
   * @param now when it is written
   * @return the copy, with the revision one higher
   */
  public OutboxMessage next(State newState, int newAttempts, Instant newNextAttemptAt,
      Instant newLeaseUntil, boolean newOutcomeUnknown, String newLastError, Instant now) {
    return new OutboxMessage(id, type, trackingNumber, agency, idempotencyKey, eventId, newState,
        newAttempts, newNextAttemptAt, newLeaseUntil, revision + 1, newOutcomeUnknown,
        newLastError, createdAt, now);
  }
}
