package id.mpp.sdk.internal.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.StatusMapping;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.time.SlaCalculator;
import id.mpp.sdk.tracking.Actor;
import id.mpp.sdk.tracking.ActionOptions;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.ApplicationForm;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.tracking.CreateOptions;
import id.mpp.sdk.tracking.IdempotencyRecord;
import id.mpp.sdk.tracking.NotificationChannel;
import id.mpp.sdk.tracking.NotificationTemplates;
import id.mpp.sdk.tracking.OutboxMessage;
import id.mpp.sdk.tracking.Role;
import id.mpp.sdk.tracking.StatusAction;
import id.mpp.sdk.tracking.StatusEvent;
import id.mpp.sdk.tracking.StatusMachine;
import id.mpp.sdk.tracking.StatusUpdate;
import id.mpp.sdk.tracking.StatusWebhook;
import id.mpp.sdk.tracking.TrackingChange;
import id.mpp.sdk.tracking.TrackingListener;
import id.mpp.sdk.tracking.TrackingNumber;
import id.mpp.sdk.tracking.TrackingStore;
import id.mpp.sdk.tracking.WebhookVerificationException;
import id.mpp.sdk.tracking.WebhookVerifier;
import id.mpp.sdk.validation.MppValidator;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tracker's core: opens applications, takes status-machine actions, applies agency updates
 * and verified webhooks, and builds every change as one {@link TrackingChange} (application,
 * events, outbox messages, idempotency keys) committed in one store transaction. Stateless apart
 * from its settings; thread-safe.
 */
public final class TrackingEngine {

  private static final System.Logger LOG = System.getLogger(TrackingEngine.class.getName());
  private static final int COMMIT_ATTEMPTS = 5;

  private final TrackerSettings s;
  private final TrackerSettings.Calculators calculators = new TrackerSettings.Calculators();

  /**
   * Creates the engine.
   *
   * @param settings the checked settings
   */
  public TrackingEngine(TrackerSettings settings) {
    this.s = settings;
  }

  /** @return the settings */
  public TrackerSettings settings() {
    return s;
  }

  /** @return the store */
  public TrackingStore store() {
    return s.store();
  }

  /** @return the current instant of the hub's clock */
  public Instant now() {
    return s.clock().instant();
  }

  /**
   * The SLA arithmetic of an agency.
   *
   * @param agency the agency
   * @return its calculator
   */
  public SlaCalculator calculator(AgencyId agency) {
    return calculators.of(s.calendarOf(agency));
  }

  /**
   * Gets an application.
   *
   * @param number the tracking number
   * @return the application
   * @throws NotFoundException if there is none
   */
  public Application get(TrackingNumber number) {
    return s.store().findApplication(number)
        .orElseThrow(() -> new NotFoundException("application", number.toString()));
  }

  // ---------------------------------------------------------------- create

  /**
   * Opens an application.
   *
   * @param form the form
   * @param actor who hands it in
   * @param options the options
   * @return the application at version 1
   */
  public Application create(ApplicationForm form, Actor actor, CreateOptions options) {
    validate(form, options.locale());
    String fingerprint = fingerprint(form);
    String key = options.idempotencyKey() == null ? null : "create:" + options.idempotencyKey();
    if (key != null) {
      Optional<Application> earlier = replay(key, fingerprint);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    StatusMachine machine = s.machineOf(form.service());
    Instant now = now();
    LocalDate day = LocalDate.ofInstant(now, s.zone());
    TrackingNumber number = TrackingNumber.of(s.siteCode(), day,
        s.store().nextSequence(s.siteCode(), day));
    Application app = new Application(number, form.service(), form.serviceName(), form.agency(),
        form.applicant(), form.documents(), form.fields(), form.ticket(), null, machine.initial(),
        null, 1, now, now, now,
        s.slaClock().start(calculator(form.agency()), form.processingTime(), now),
        form.notificationChannel(), form.language());
    StatusEvent created = new StatusEvent(number.compact() + ":created", number, 1,
        StatusEvent.Type.CREATED, null, null, app.status(), actor, null, null, null, now, now);
    List<OutboxMessage> messages = new ArrayList<>();
    if (s.applicationsOf(app.agency()).isPresent()) {
      messages.add(submitMessage(app, now));
    }
    notifyMessage(app, created).ifPresent(messages::add);
    List<IdempotencyRecord> keys = key == null ? List.of()
        : List.of(new IdempotencyRecord(key, number, fingerprint, now));
    try {
      s.store().commit(TrackingChange.create(app, created, messages, keys));
    } catch (ConflictException e) {
      if (key != null && TrackingStore.DUPLICATE_KEY.equals(e.reason())) {
        return replay(key, fingerprint).orElseThrow(() -> e);
      }
      throw e;
    }
    LOG.log(Level.INFO, "application {0} opened for {1} at {2}", number, app.service(),
        app.agency());
    published(app, List.of(created));
    return app;
  }

  private Optional<Application> replay(String key, String fingerprint) {
    return s.store().findKey(key).map(record -> {
      if (!record.fingerprint().equals(fingerprint)) {
        throw new ConflictException("idempotency_key_reused", "the idempotency key was used"
            + " before for another application form; use a new key for a new application");
      }
      return get(record.trackingNumber());
    });
  }

  private void validate(ApplicationForm form, Locale locale) {
    List<Violation> violations = new ArrayList<>(MppValidator.defaults().violations(form,
        locale));
    if (form.applicant() != null) {
      NotificationChannel channel = form.notificationChannel();
      boolean phone = form.applicant().phone() != null;
      boolean email = form.applicant().email() != null;
      if (((channel == NotificationChannel.SMS || channel == NotificationChannel.WHATSAPP)
          && !phone) || (channel == NotificationChannel.EMAIL && !email)) {
        violations.add(new Violation("notificationChannel", "applicationForm.contact",
            MppValidator.message("applicationForm.contact", locale)));
      }
    }
    if (form.processingTime() != null
        && form.processingTime().unit() == id.mpp.sdk.time.ProcessingTime.Unit.UNKNOWN) {
      violations.add(new Violation("processingTime.unit", "processingTime.unit",
          "processing time unit is unknown"));
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
  }

  // ---------------------------------------------------------------- actions

  /**
   * Takes a status-machine action.
   *
   * @param number the application
   * @param actionName the action
   * @param actor who takes it
   * @param options the options
   * @return the application after the action
   */
  public Application perform(TrackingNumber number, String actionName, Actor actor,
      ActionOptions options) {
    String eventId = options.eventId() == null ? s.ids().get() : options.eventId();
    return commitWithRetry(() -> {
      Application app = get(number);
      if (s.store().findEvent(eventId).isPresent()) {
        return Draft.unchanged(app);
      }
      if (options.expectedVersion() != null && options.expectedVersion() != app.version()) {
        throw new ConflictException(TrackingStore.VERSION_CONFLICT, "application " + number
            + " is at version " + app.version() + ", the action expected "
            + options.expectedVersion() + "; read it again");
      }
      StatusMachine machine = s.machineOf(app.service());
      StatusAction action = machine.requireAction(actionName, app.status(), actor.role());
      if (action.reasonRequired() && options.reason() == null) {
        throw MppValidationException.of("reason", "action.reasonRequired", "action "
            + action.name() + " needs a reason");
      }
      Draft draft = statusChange(app, action.name(), action.to(), actor, options.reason(),
          eventId, now(), StatusEvent.Type.STATUS_CHANGED, null);
      addAgencySideEffects(draft, app, action.to(), actor);
      return draft;
    }, options.expectedVersion() == null);
  }

  /**
   * Cancellations reach the agency; a submission withdrawn before it was ever tried is dropped;
   * an application revised after the agency refused it is submitted again under a new key.
   */
  private void addAgencySideEffects(Draft draft, Application before, ApplicationStatus to,
      Actor actor) {
    if (actor.role() == Role.AGENCY || s.applicationsOf(before.agency()).isEmpty()) {
      return;
    }
    List<OutboxMessage> outbox = s.store().listOutbox(before.trackingNumber());
    Instant now = draft.now;
    if (to == ApplicationStatus.CANCELLED) {
      boolean reachedAgency = before.agencyReference() != null;
      for (OutboxMessage m : outbox) {
        if (m.type() != OutboxMessage.Type.SUBMIT || m.state() != OutboxMessage.State.PENDING) {
          continue;
        }
        if (m.attempts() == 0 && !m.outcomeUnknown() && m.leaseUntil() == null) {
          draft.updated.add(m.next(OutboxMessage.State.DISCARDED, 0, m.nextAttemptAt(), null,
              false, "withdrawn before it was sent", now));
        } else {
          reachedAgency = true; // it may have reached the agency: reconcile, then cancel there
        }
      }
      if (reachedAgency) {
        String id = before.trackingNumber().compact() + ":cancel:" + s.ids().get();
        draft.created.add(OutboxMessage.pending(id, OutboxMessage.Type.CANCEL,
            before.trackingNumber(), before.agency(), id, draft.event.eventId(), now));
      }
    } else if (before.status() == ApplicationStatus.NEEDS_REVISION
        && before.agencyReference() == null
        && outbox.stream().noneMatch(m -> m.type() == OutboxMessage.Type.SUBMIT
            && m.state() == OutboxMessage.State.PENDING)) {
      draft.created.add(submitMessage(draft.after, now));
    }
  }

  // ---------------------------------------------------------------- agency updates

  /**
   * Applies a status an agency reported, once by its event id.
   *
   * @param update the update
   * @param receiptKey a webhook receipt key to claim in the same transaction, or {@code null}
   * @param receiptFingerprint the SHA-256 of the webhook body, or {@code null}
   * @return the application after the update (unchanged if it was applied before, stale, the same
   *     status or not mapped)
   */
  public Application applyUpdate(StatusUpdate update, String receiptKey,
      String receiptFingerprint) {
    String eventId = update.agency().value() + ":" + update.eventId();
    return commitWithRetry(() -> {
      Application app = s.store().findByAgencyReference(update.agency(), update.agencyReference())
          .orElseThrow(() -> new NotFoundException("application",
              update.agency() + " reference " + update.agencyReference()));
      List<IdempotencyRecord> keys = receiptKey == null ? List.of()
          : List.of(new IdempotencyRecord(receiptKey, app.trackingNumber(), receiptFingerprint,
              now()));
      if (s.store().findEvent(eventId).isPresent()) {
        return Draft.unchanged(app, keys);
      }
      if (update.status() == ApplicationStatus.UNKNOWN) {
        LOG.log(Level.WARNING, "{0} reported native status ''{1}'' for {2}, which maps to no"
            + " canonical status; nothing changed (add it to the agency''s StatusMapping)",
            update.agency(), update.nativeStatus(), app.trackingNumber());
        return Draft.unchanged(app, keys);
      }
      if (update.status() == app.status() || isStale(app, update.occurredAt())) {
        return Draft.unchanged(app, keys);
      }
      StatusAction action = s.machineOf(app.service())
          .findTransition(app.status(), update.status(), Role.AGENCY)
          .orElseThrow(() -> new ConflictException("illegal_transition", update.agency()
              + " reported " + update.status() + " for " + app.trackingNumber() + " in status "
              + app.status() + ", which the service's status machine does not allow"));
      Draft draft = statusChange(app, action.name(), update.status(),
          Actor.agency(update.agency().value()), update.note(), eventId, update.occurredAt(),
          StatusEvent.Type.STATUS_CHANGED, update.nativeStatus());
      draft.keys.addAll(keys);
      return draft;
    }, true);
  }

  /** An agency update older than the last one the agency reported is out of order. */
  private boolean isStale(Application app, Instant occurredAt) {
    List<StatusEvent> history = s.store().listEvents(app.trackingNumber());
    for (int i = history.size() - 1; i >= 0; i--) {
      StatusEvent e = history.get(i);
      if (e.actor().role() == Role.AGENCY && e.changesStatus()) {
        if (occurredAt.isBefore(e.occurredAt())) {
          LOG.log(Level.INFO, "ignored an out-of-order update for {0}: it happened before the"
              + " agency''s last reported change", app.trackingNumber());
          return true;
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Verifies and applies a signed webhook.
   *
   * @param agency the agency whose endpoint received it
   * @param signatureHeader the signature header, or {@code null}
   * @param rawBody the raw body
   * @return the application after the update
   */
  public Application receiveWebhook(AgencyId agency, String signatureHeader, byte[] rawBody) {
    WebhookVerifier verifier = s.webhooks().get(agency);
    if (verifier == null) {
      throw new NotFoundException("webhook endpoint", agency.value());
    }
    verifier.verify(signatureHeader, rawBody);
    StatusWebhook hook = MppValidator.defaults().validate(
        MppJson.defaults().read(rawBody, StatusWebhook.class));
    String key = "webhook:" + agency.value() + ":" + hook.eventId();
    if (s.store().findKey(key).isPresent()) {
      throw replayed();
    }
    ApplicationStatus status = hook.status() != null && hook.status() != ApplicationStatus.UNKNOWN
        ? hook.status()
        : Optional.ofNullable(s.statusMappings().get(agency))
            .map((StatusMapping m) -> m.toCanonical(hook.nativeStatus()))
            .orElse(ApplicationStatus.UNKNOWN);
    StatusUpdate update = new StatusUpdate(hook.eventId(), agency, hook.agencyReference(), status,
        hook.nativeStatus(), hook.occurredAt(), hook.note());
    try {
      return applyUpdate(update, key, sha256(rawBody));
    } catch (ConflictException e) {
      if (TrackingStore.DUPLICATE_KEY.equals(e.reason())) {
        throw replayed();
      }
      throw e;
    }
  }

  private static WebhookVerificationException replayed() {
    return new WebhookVerificationException(WebhookVerificationException.Reason.REPLAYED,
        "this event id was received before; it is applied once");
  }

  // ---------------------------------------------------------------- building changes

  /**
   * A change being built: the application after it, its event, and what it adds to the outbox
   * and claims.
   */
  public static final class Draft {
    final Application before;
    final Application after;
    final StatusEvent event;
    final Instant now;
    final List<OutboxMessage> created = new ArrayList<>();
    final List<OutboxMessage> updated = new ArrayList<>();
    final List<IdempotencyRecord> keys = new ArrayList<>();

    Draft(Application before, Application after, StatusEvent event, Instant now) {
      this.before = before;
      this.after = after;
      this.event = event;
      this.now = now;
    }

    static Draft unchanged(Application app) {
      return new Draft(app, app, null, null);
    }

    static Draft unchanged(Application app, List<IdempotencyRecord> keys) {
      Draft d = unchanged(app);
      d.keys.addAll(keys);
      return d;
    }

    /**
     * Adds an outbox message to insert.
     *
     * @param m the message
     * @return this draft
     */
    public Draft addMessage(OutboxMessage m) {
      created.add(m);
      return this;
    }

    /**
     * Adds an outbox message to update.
     *
     * @param m the message at its next revision
     * @return this draft
     */
    public Draft updateMessage(OutboxMessage m) {
      updated.add(m);
      return this;
    }

    /**
     * The same change with another resulting application (same version), for example with its
     * SLA escalation level set.
     *
     * @param newAfter the application after the change
     * @return the new draft
     */
    public Draft withAfter(Application newAfter) {
      Draft d = new Draft(before, newAfter, event, now);
      d.created.addAll(created);
      d.updated.addAll(updated);
      d.keys.addAll(keys);
      return d;
    }

    /** @return the application after the change */
    public Application after() {
      return after;
    }

    /** @return the event, or {@code null} when nothing changes */
    public StatusEvent event() {
      return event;
    }

    boolean writesNothing() {
      return event == null && created.isEmpty() && updated.isEmpty() && keys.isEmpty();
    }

    TrackingChange toChange() {
      return new TrackingChange(after, before.version(),
          event == null ? List.of() : List.of(event), created, updated, keys);
    }
  }

  /**
   * Builds a change that records one event on an application: the new status (possibly the same,
   * for acknowledgements and escalations), the SLA clock moved accordingly, and a citizen message
   * when the status changed.
   *
   * @param app the application before
   * @param action the status-machine action, or {@code null}
   * @param to the status after
   * @param actor who did it
   * @param reason why, or {@code null}
   * @param eventId the event's id
   * @param occurredAt when it happened
   * @param type the event type
   * @param nativeStatus the agency's status, or {@code null}
   * @return the draft
   */
  public Draft statusChange(Application app, String action, ApplicationStatus to, Actor actor,
      String reason, String eventId, Instant occurredAt, StatusEvent.Type type,
      String nativeStatus) {
    Instant now = now();
    var sla = to == app.status() ? app.sla()
        : s.slaClock().onStatus(calculator(app.agency()), app.sla(), app.submittedAt(), to, now);
    Application after = app.next(to, to == app.status() && reason == null ? app.statusReason()
        : reason, sla, now);
    StatusEvent event = new StatusEvent(eventId, app.trackingNumber(), app.version() + 1, type,
        action, app.status(), to, actor, reason, null, nativeStatus, occurredAt, now);
    Draft draft = new Draft(app, after, event, now);
    if (event.changesStatus()) {
      notifyMessage(after, event).ifPresent(draft.created::add);
    }
    return draft;
  }

  /**
   * Builds a change that records the agency's acknowledgement of a submission.
   *
   * @param app the application before
   * @param reference the agency's reference
   * @param reported the status the agency gave (mapped)
   * @param nativeStatus the agency's own status
   * @param eventId the event's id
   * @param receivedAt when the agency received it
   * @param note the agency's note, or {@code null}
   * @return the draft
   */
  public Draft acknowledgement(Application app, String reference, ApplicationStatus reported,
      String nativeStatus, String eventId, Instant receivedAt, String note) {
    StatusMachine machine = s.machineOf(app.service());
    ApplicationStatus to = app.status();
    String actionName = null;
    if (!app.isClosed()) {
      ApplicationStatus wanted = reported == ApplicationStatus.UNKNOWN
          || reported == ApplicationStatus.SUBMITTED ? ApplicationStatus.RECEIVED : reported;
      Optional<StatusAction> action = machine.findTransition(app.status(), wanted, Role.AGENCY)
          .or(() -> machine.findTransition(app.status(), ApplicationStatus.RECEIVED,
              Role.AGENCY));
      if (action.isPresent()) {
        to = action.get().to();
        actionName = action.get().name();
      }
    }
    Draft base = statusChange(app.withAgencyReference(reference), actionName, to,
        Actor.agency(app.agency().value()), note, eventId, receivedAt,
        StatusEvent.Type.AGENCY_ACKNOWLEDGED, nativeStatus);
    StatusEvent e = base.event;
    StatusEvent withReference = new StatusEvent(e.eventId(), e.trackingNumber(), e.version(),
        e.type(), e.action(), e.fromStatus(), e.toStatus(), e.actor(), e.reason(), reference,
        e.nativeStatus(), e.occurredAt(), e.recordedAt());
    Draft draft = new Draft(app, base.after, withReference, base.now);
    draft.created.addAll(base.created);
    return draft;
  }

  /**
   * Commits drafts, rebuilding on a version conflict (another change landed first; the builder
   * reads again and re-checks the state machine).
   *
   * @param builder builds the change from fresh reads
   * @param retryOnConflict whether to rebuild on a version conflict
   * @return the application after the commit
   */
  public Application commitWithRetry(Supplier<Draft> builder, boolean retryOnConflict) {
    ConflictException last = null;
    for (int attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      Draft draft = builder.get();
      if (draft.writesNothing()) {
        return draft.after;
      }
      try {
        s.store().commit(draft.toChange());
      } catch (ConflictException e) {
        if (TrackingStore.DUPLICATE_EVENT.equals(e.reason())) {
          return get(draft.after.trackingNumber());
        }
        if (!retryOnConflict || !TrackingStore.VERSION_CONFLICT.equals(e.reason())) {
          throw e;
        }
        last = e;
        continue;
      }
      if (draft.event != null) {
        published(draft.after, List.of(draft.event));
      }
      return draft.after;
    }
    throw last;
  }

  /**
   * Tells the listeners about committed events; a listener's failure is logged, never thrown.
   *
   * @param app the application after the events
   * @param events the events
   */
  public void published(Application app, List<StatusEvent> events) {
    for (TrackingListener l : s.listeners()) {
      for (StatusEvent e : events) {
        try {
          l.onEvent(app, e);
        } catch (RuntimeException ex) {
          LOG.log(Level.WARNING, "a tracking listener failed on " + e.eventId(), ex);
        }
      }
    }
  }

  /**
   * A new submission message for an application, under a new idempotency key that stays with it.
   *
   * @param app the application
   * @param now when it is saved
   * @return the message
   */
  public OutboxMessage submitMessage(Application app, Instant now) {
    String id = app.trackingNumber().compact() + ":submit:" + s.ids().get();
    return OutboxMessage.pending(id, OutboxMessage.Type.SUBMIT, app.trackingNumber(),
        app.agency(), id, null, now);
  }

  /**
   * The citizen message for an event, if the citizen wants messages, a sender is configured and
   * the status has a template.
   *
   * @param app the application after the event
   * @param event the event
   * @return the message to save with the change
   */
  public Optional<OutboxMessage> notifyMessage(Application app, StatusEvent event) {
    if (s.sender() == null || app.notificationChannel() == NotificationChannel.NONE
        || app.notificationChannel() == NotificationChannel.UNKNOWN
        || s.templates().find(event.toStatus(), locale(app)).isEmpty()) {
      return Optional.empty();
    }
    String id = event.eventId() + "/notify";
    return Optional.of(OutboxMessage.pending(id, OutboxMessage.Type.NOTIFY, app.trackingNumber(),
        app.agency(), id, event.eventId(), event.recordedAt()));
  }

  /**
   * @param app an application
   * @return the locale of its messages
   */
  public static Locale locale(Application app) {
    return Locale.forLanguageTag(NotificationTemplates.ENGLISH.equals(app.language())
        ? NotificationTemplates.ENGLISH : NotificationTemplates.INDONESIAN);
  }

  private static String fingerprint(ApplicationForm form) {
    try {
      return sha256(MppJson.defaults().objectMapper().writer()
          .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(form));
    } catch (JsonProcessingException e) {
      throw new MppException("could not fingerprint the application form", e);
    }
  }

  /**
   * @param bytes bytes
   * @return the lower-case hex SHA-256
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /**
   * @param text text
   * @return the lower-case hex SHA-256 of its UTF-8 bytes
   */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
