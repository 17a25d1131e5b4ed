package id.mpp.sdk.internal.tracking;

import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.ConflictException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.OutcomeUnknownException;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.DocumentRef;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.tracking.Actor;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.tracking.Escalation;
import id.mpp.sdk.tracking.HandedInDocument;
import id.mpp.sdk.tracking.Notification;
import id.mpp.sdk.tracking.NotificationChannel;
import id.mpp.sdk.tracking.NotificationTemplate;
import id.mpp.sdk.tracking.OutboxMessage;
import id.mpp.sdk.tracking.OutboxMessage.State;
import id.mpp.sdk.tracking.OutboxPolicy;
import id.mpp.sdk.tracking.RelayReport;
import id.mpp.sdk.tracking.Role;
import id.mpp.sdk.tracking.SlaEscalation;
import id.mpp.sdk.tracking.StatusAction;
import id.mpp.sdk.tracking.StatusEvent;
import id.mpp.sdk.tracking.TrackingListener;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends what the outbox holds: submissions and cancellations to agencies (under each message's
 * own idempotency key), status messages to citizens, escalations to the listener. One
 * {@link #runOnce()} claims a batch under a lease, sends each message, and records the outcome;
 * the outcome of an agency call is recorded in the same transaction as the application change it
 * causes. A relay that dies between sending and recording leaves the lease to expire; the next run
 * sends again under the same key, so the agency sees a repeat it recognises, never a second key.
 */
public final class OutboxRelay {

  private static final System.Logger LOG = System.getLogger(OutboxRelay.class.getName());
  private static final int MAX_ERROR_LENGTH = 500;

  private final TrackingEngine engine;
  private final TrackerSettings s;
  private final OutboxPolicy policy;

  /**
   * Creates the relay.
   *
   * @param engine the tracker's engine
   */
  public OutboxRelay(TrackingEngine engine) {
    this.engine = engine;
    this.s = engine.settings();
    this.policy = s.policy();
  }

  /** Outcomes counted in a run. */
  private enum Outcome { SENT, RETRIED, DEAD, REJECTED, DISCARDED, ABANDONED }

  /**
   * Claims one batch of due messages and sends them.
   *
   * @return what the run did
   */
  public RelayReport runOnce() {
    Instant now = engine.now();
    List<OutboxMessage> batch = s.store().claimOutbox(now, now.plus(policy.lease()),
        policy.batchSize());
    int[] counts = new int[Outcome.values().length];
    for (OutboxMessage m : batch) {
      Outcome o;
      try {
        o = process(m);
      } catch (ConflictException e) {
        LOG.log(Level.DEBUG, "outbox message {0} left to another relay: {1}", m.id(),
            e.reason());
        o = Outcome.ABANDONED;
      } catch (RuntimeException e) {
        // the store failed while recording: the lease runs out and a later run sends again
        LOG.log(Level.WARNING, "could not record the outcome of outbox message " + m.id()
            + "; it is sent again after its lease", e);
        o = Outcome.ABANDONED;
      }
      counts[o.ordinal()]++;
    }
    return new RelayReport(batch.size(), counts[Outcome.SENT.ordinal()],
        counts[Outcome.RETRIED.ordinal()], counts[Outcome.DEAD.ordinal()],
        counts[Outcome.REJECTED.ordinal()], counts[Outcome.DISCARDED.ordinal()],
        counts[Outcome.ABANDONED.ordinal()]);
  }

  private Outcome process(OutboxMessage m) {
    return switch (m.type()) {
      case SUBMIT -> submit(m);
      case CANCEL -> cancel(m);
      case NOTIFY -> notify(m);
      case ESCALATE -> escalate(m);
      case UNKNOWN -> finish(m, State.DISCARDED, "unknown message type");
    };
  }

  // ---------------------------------------------------------------- submissions

  private Outcome submit(OutboxMessage m) {
    Application app = engine.get(m.trackingNumber());
    if (app.isClosed() && m.attempts() == 0 && !m.outcomeUnknown()) {
      return finish(m, State.DISCARDED, "the application closed before it was sent");
    }
    Optional<ApplicationsCapability> capability = s.applicationsOf(m.agency());
    if (capability.isEmpty()) {
      return retry(m, "no adapter with the applications capability is loaded for "
          + m.agency(), false);
    }
    SubmissionReceipt receipt;
    try {
      receipt = capability.get().submit(submission(app, m));
    } catch (AgencyRejectedException e) {
      return rejected(m, e);
    } catch (OutcomeUnknownException e) {
      return outcomeUnknown(m, e);
    } catch (RuntimeException e) {
      return retry(m, describe(e), m.outcomeUnknown());
    }
    OutboxMessage sent = m.next(State.SENT, m.attempts() + 1, m.nextAttemptAt(), null,
        m.outcomeUnknown(), m.lastError(), engine.now());
    String eventId = m.id() + ":ack";
    engine.commitWithRetry(() -> {
      Application current = engine.get(m.trackingNumber());
      if (s.store().findEvent(eventId).isPresent()) {
        return TrackingEngine.Draft.unchanged(current).updateMessage(sent);
      }
      return engine.acknowledgement(current, receipt.agencyReference(), receipt.status(),
          receipt.nativeStatus(), eventId, receipt.receivedAt(), receipt.note())
          .updateMessage(sent);
    }, true);
    LOG.log(Level.INFO, "{0} acknowledged application {1} (outbox message {2}, attempt {3})",
        m.agency(), m.trackingNumber(), m.id(), m.attempts() + 1);
    return Outcome.SENT;
  }

  private static ApplicationSubmission submission(Application app, OutboxMessage m) {
    List<DocumentRef> scans = app.documents().stream().map(HandedInDocument::scan)
        .filter(d -> d != null).toList();
    return new ApplicationSubmission(app.trackingNumber().toString(), app.service(),
        app.applicant(), scans, app.fields(), m.idempotencyKey(), app.submittedAt());
  }

  private Outcome rejected(OutboxMessage m, AgencyRejectedException e) {
    boolean revise = s.isRevisionCode(m.agency(), e.agencyCode().orElse(null));
    ApplicationStatus target = revise ? ApplicationStatus.NEEDS_REVISION
        : ApplicationStatus.REJECTED;
    String reason = e.agencyMessage().or(e::agencyCode)
        .map(r -> r.length() > 500 ? r.substring(0, 500) : r)
        .orElse("rejected by the agency (HTTP " + e.httpStatus() + ")");
    OutboxMessage done = m.next(State.REJECTED, m.attempts() + 1, m.nextAttemptAt(), null,
        m.outcomeUnknown(), truncate("rejected: " + describe(e)), engine.now());
    String eventId = m.id() + ":rejected";
    engine.commitWithRetry(() -> {
      Application current = engine.get(m.trackingNumber());
      Optional<StatusAction> action = s.machineOf(current.service())
          .findTransition(current.status(), target, Role.AGENCY);
      if (s.store().findEvent(eventId).isPresent() || action.isEmpty()) {
        TrackingEngine.Draft keep = TrackingEngine.Draft.unchanged(current);
        return keep.updateMessage(done);
      }
      return engine.statusChange(current, action.get().name(), target,
          Actor.agency(m.agency().value()), reason, eventId, engine.now(),
          StatusEvent.Type.STATUS_CHANGED, null).updateMessage(done);
    }, true);
    LOG.log(Level.INFO, "{0} refused application {1}: {2}", m.agency(), m.trackingNumber(),
        target);
    return Outcome.REJECTED;
  }

  private Outcome outcomeUnknown(OutboxMessage m, OutcomeUnknownException e) {
    if (!s.honoursKeys(m.agency())) {
      // a resend could create a second application at this agency: an operator must reconcile
      return dead(m, "outcome unknown and " + m.agency() + " does not honour idempotency keys;"
          + " check with the agency before retrying: " + describe(e), true);
    }
    return retry(m, "outcome unknown; resent under the same idempotency key: " + describe(e),
        true);
  }

  // ---------------------------------------------------------------- cancellations

  private Outcome cancel(OutboxMessage m) {
    Application app = engine.get(m.trackingNumber());
    if (app.agencyReference() == null) {
      boolean submissionPending = s.store().listOutbox(m.trackingNumber()).stream()
          .anyMatch(o -> o.type() == OutboxMessage.Type.SUBMIT && o.state() == State.PENDING);
      if (submissionPending) {
        return retry(m, "waiting for the submission to be acknowledged", m.outcomeUnknown());
      }
      return finish(m, State.DISCARDED, "the agency never received the application");
    }
    Optional<ApplicationsCapability> capability = s.applicationsOf(m.agency());
    if (capability.isEmpty()) {
      return retry(m, "no adapter with the applications capability is loaded for "
          + m.agency(), false);
    }
    try {
      AgencyStatusReport report = capability.get().cancel(app.agencyReference(),
          app.findStatusReason().orElse("dibatalkan"), m.idempotencyKey());
      LOG.log(Level.INFO, "{0} cancelled application {1} ({2})", m.agency(), m.trackingNumber(),
          report.status());
      return finish(m, State.SENT, null);
    } catch (AgencyRejectedException | NotFoundException e) {
      LOG.log(Level.WARNING, "{0} refused to cancel application {1}; an operator should follow"
          + " up", m.agency(), m.trackingNumber());
      return finish(m, State.REJECTED, truncate(describe(e)));
    } catch (OutcomeUnknownException e) {
      return outcomeUnknown(m, e);
    } catch (RuntimeException e) {
      return retry(m, describe(e), m.outcomeUnknown());
    }
  }

  // ---------------------------------------------------------------- citizens and listeners

  private Outcome notify(OutboxMessage m) {
    Optional<OutboxMessage> earlier = earlierPendingNotification(m);
    if (earlier.isPresent()) {
      // a citizen reads messages in the order the statuses changed: wait for the earlier one
      Instant now = engine.now();
      Instant after = earlier.get().nextAttemptAt().isAfter(now) ? earlier.get().nextAttemptAt()
          : now;
      s.store().updateOutbox(m.next(State.PENDING, m.attempts(), after, null, false,
          m.lastError(), now));
      return Outcome.RETRIED;
    }
    Application app = engine.get(m.trackingNumber());
    Optional<StatusEvent> event = m.findEventId().flatMap(s.store()::findEvent);
    if (s.sender() == null || event.isEmpty()) {
      return finish(m, State.DISCARDED, "no sender or no event");
    }
    Optional<NotificationTemplate> template = s.templates().find(event.get().toStatus(),
        TrackingEngine.locale(app));
    String recipient = switch (app.notificationChannel()) {
      case SMS, WHATSAPP -> app.applicant().phone();
      case EMAIL -> app.applicant().email();
      default -> null;
    };
    if (template.isEmpty() || recipient == null
        || app.notificationChannel() == NotificationChannel.NONE) {
      return finish(m, State.DISCARDED, "no template or no contact for the channel");
    }
    Notification n = new Notification(m.id(), app.trackingNumber(), event.get().toStatus(),
        app.notificationChannel(), recipient, TrackingEngine.locale(app),
        template.get().renderSubject(app.trackingNumber(), app.serviceName()),
        template.get().renderText(app.trackingNumber(), app.serviceName()));
    try {
      s.sender().send(n);
    } catch (RuntimeException e) {
      return retry(m, describe(e), false);
    }
    return finish(m, State.SENT, null);
  }

  private Optional<OutboxMessage> earlierPendingNotification(OutboxMessage m) {
    for (OutboxMessage o : s.store().listOutbox(m.trackingNumber())) {
      if (o.id().equals(m.id())) {
        return Optional.empty();
      }
      if (o.type() == OutboxMessage.Type.NOTIFY && o.state() == State.PENDING) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private Outcome escalate(OutboxMessage m) {
    Optional<StatusEvent> event = m.findEventId().flatMap(s.store()::findEvent);
    if (s.escalationListener() == null || event.isEmpty()) {
      return finish(m, State.DISCARDED, "no escalation listener or no event");
    }
    SlaEscalation level = event.get().type() == StatusEvent.Type.SLA_OVERDUE
        ? SlaEscalation.OVERDUE : SlaEscalation.NEAR_BREACH;
    try {
      s.escalationListener().onEscalation(new Escalation(event.get().eventId(),
          engine.get(m.trackingNumber()), level));
    } catch (RuntimeException e) {
      return retry(m, describe(e), false);
    }
    return finish(m, State.SENT, null);
  }

  // ---------------------------------------------------------------- outcomes

  private Outcome finish(OutboxMessage m, State state, String note) {
    int attempts = state == State.DISCARDED ? m.attempts() : m.attempts() + 1;
    s.store().updateOutbox(m.next(state, attempts, m.nextAttemptAt(), null, m.outcomeUnknown(),
        note == null ? m.lastError() : truncate(note), engine.now()));
    return switch (state) {
      case SENT -> Outcome.SENT;
      case REJECTED -> Outcome.REJECTED;
      default -> Outcome.DISCARDED;
    };
  }

  private Outcome retry(OutboxMessage m, String error, boolean outcomeUnknown) {
    int attempts = m.attempts() + 1;
    if (attempts >= policy.maxAttempts()) {
      return dead(m, error, outcomeUnknown);
    }
    Instant now = engine.now();
    Instant next = now.plus(policy.backoff(attempts, m.id()));
    s.store().updateOutbox(m.next(State.PENDING, attempts, next, null,
        m.outcomeUnknown() || outcomeUnknown, truncate(error), now));
    LOG.log(Level.DEBUG, "outbox message {0} failed (attempt {1}); next attempt at {2}",
        m.id(), attempts, next);
    return Outcome.RETRIED;
  }

  private Outcome dead(OutboxMessage m, String error, boolean outcomeUnknown) {
    OutboxMessage dead = m.next(State.DEAD, m.attempts() + 1, m.nextAttemptAt(), null,
        m.outcomeUnknown() || outcomeUnknown, truncate(error), engine.now());
    s.store().updateOutbox(dead);
    LOG.log(Level.WARNING, "outbox message {0} ({1} for {2}) gave up after {3} attempts; an"
        + " operator can retry it", m.id(), m.type(), m.trackingNumber(), dead.attempts());
    for (TrackingListener l : s.listeners()) {
      try {
        l.onDeadLetter(dead);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a tracking listener failed on dead letter " + m.id(), e);
      }
    }
    return Outcome.DEAD;
  }

  private static String describe(RuntimeException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static String truncate(String s) {
    return s.length() > MAX_ERROR_LENGTH ? s.substring(0, MAX_ERROR_LENGTH) : s;
  }

  /**
   * Puts a dead message back in the queue, with its attempts reset and its idempotency key
   * unchanged.
   *
   * @param id the message id
   * @param operator who asked
   * @return the message as pending
   */
  public OutboxMessage retryDead(String id, Actor operator) {
    OutboxMessage m = s.store().findOutbox(id)
        .orElseThrow(() -> new NotFoundException("outbox message", id));
    if (m.state() != State.DEAD) {
      throw new ConflictException("not_dead", "outbox message " + id + " is " + m.state()
          + "; only dead messages can be retried");
    }
    Instant now = engine.now();
    OutboxMessage pending = m.next(State.PENDING, 0, now, null, m.outcomeUnknown(),
        m.lastError(), now);
    s.store().updateOutbox(pending);
    LOG.log(Level.INFO, "{0} {1} retried dead outbox message {2} under its original key",
        operator.role(), operator.id(), id);
    return pending;
  }
}
