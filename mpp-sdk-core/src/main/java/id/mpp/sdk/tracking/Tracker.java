package id.mpp.sdk.tracking;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.StatusMapping;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.internal.tracking.OutboxRelay;
import id.mpp.sdk.internal.tracking.SlaClock;
import id.mpp.sdk.internal.tracking.SlaMonitor;
import id.mpp.sdk.internal.tracking.StatusPoller;
import id.mpp.sdk.internal.tracking.TrackerSettings;
import id.mpp.sdk.internal.tracking.TrackingEngine;
import id.mpp.sdk.time.WorkingCalendar;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Tracking layanan for one MPP site: opens applications (permohonan) under a
 * {@link TrackingNumber}, moves them through their service's {@link StatusMachine}, submits them
 * to agencies through a transactional outbox, takes status updates by polling or signed webhooks,
 * runs the SLA clock on the working calendar, and sends citizens status messages.
 *
 * <pre>{@code
 * Tracker tracker = Tracker.builder()
 *     .clock(clock).zone(SiteZone.WIB.zoneId()).siteCode("3273")
 *     .calendar(WorkingCalendar.of(SiteZone.WIB))
 *     .store(TrackingStore.inMemory())
 *     .adapters(adapterRegistry)
 *     .notificationSender(smsGateway)
 *     .build();
 * Application a = tracker.create(form, Actor.counterOfficer("loket-5"));
 * tracker.runOutboxOnce();                       // or startScheduler(...)
 * }</pre>
 *
 * <p>Guarantees: every change (status, events, outbox, keys) is one store transaction; an event is
 * applied once by its id; of two changes based on the same version one wins; a submission is sent
 * under one idempotency key for its whole life, retried with backoff until the agency answers,
 * and parked for an operator after the configured attempts. Background work runs only when
 * {@link #runOutboxOnce()}, {@link #pollOnce()} and {@link #checkSlaOnce()} are called, by the
 * caller or by {@link #startScheduler}.
 *
 * <p>Immutable and thread-safe; several trackers (in several processes) may share one database
 * store.
 */
public final class Tracker {

  private static final System.Logger LOG = System.getLogger(Tracker.class.getName());

  private final TrackingEngine engine;
  private final OutboxRelay relay;
  private final StatusPoller poller;
  private final SlaMonitor monitor;

  private Tracker(TrackerSettings settings) {
    this.engine = new TrackingEngine(settings);
    this.relay = new OutboxRelay(engine);
    this.poller = new StatusPoller(engine);
    this.monitor = new SlaMonitor(engine);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens an application: checks the form, gives it the next tracking number of the day, starts
   * its SLA clock, and saves — in one transaction — its first event, its submission to the agency
   * (when the agency's adapter takes applications) and the citizen's first message.
   *
   * @param form the form
   * @param actor who hands it in, usually a counter officer
   * @return the application at version 1
   * @throws MppValidationException naming every bad field; nothing was saved
   */
  public Application create(ApplicationForm form, Actor actor) {
    return create(form, actor, CreateOptions.defaults());
  }

  /**
   * Opens an application with options, for example an idempotency key that makes a repeated call
   * return the first call's application.
   *
   * @param form the form
   * @param actor who hands it in
   * @param options the options
   * @return the application at version 1
   * @throws MppValidationException naming every bad field, in the options' locale
   * @throws ConflictException {@code idempotency_key_reused} if the key was used for another form
   */
  public Application create(ApplicationForm form, Actor actor, CreateOptions options) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(options, "options");
    return engine.create(form, actor, options);
  }

  /**
   * Gets an application.
   *
   * @param trackingNumber the tracking number
   * @return the application
   * @throws NotFoundException if there is none
   */
  public Application get(TrackingNumber trackingNumber) {
    return engine.get(Objects.requireNonNull(trackingNumber, "trackingNumber"));
  }

  /**
   * Finds an application.
   *
   * @param trackingNumber the tracking number
   * @return the application, if there is one
   */
  public Optional<Application> find(TrackingNumber trackingNumber) {
    return engine.store().findApplication(Objects.requireNonNull(trackingNumber,
        "trackingNumber"));
  }

  /**
   * Lists applications, one page in tracking-number order.
   *
   * @param query the filters, cursor and page size
   * @return the page
   */
  public List<Application> list(ApplicationQuery query) {
    return engine.store().listApplications(Objects.requireNonNull(query, "query"));
  }

  /**
   * The history of an application.
   *
   * @param trackingNumber the tracking number
   * @return its events, oldest first
   * @throws NotFoundException if there is no such application
   */
  public List<StatusEvent> listEvents(TrackingNumber trackingNumber) {
    get(trackingNumber);
    return engine.store().listEvents(trackingNumber);
  }

  /**
   * The actions a role may take on an application now, for example an officer's buttons.
   *
   * @param trackingNumber the tracking number
   * @param role the role
   * @return the actions
   * @throws NotFoundException if there is no such application
   */
  public List<StatusAction> listActions(TrackingNumber trackingNumber, Role role) {
    Application a = get(trackingNumber);
    return statusMachine(a.service()).actionsFrom(a.status(), role);
  }

  /**
   * The status machine of a service.
   *
   * @param service the service
   * @return its configured machine, or the default one
   */
  public StatusMachine statusMachine(ServiceCode service) {
    return engine.settings().machineOf(Objects.requireNonNull(service, "service"));
  }

  /**
   * Takes a status-machine action.
   *
   * @param trackingNumber the application
   * @param action the action's name, for example {@code MARK_READY}
   * @param actor who takes it
   * @return the application after the action
   * @see #perform(TrackingNumber, String, Actor, ActionOptions)
   */
  public Application perform(TrackingNumber trackingNumber, String action, Actor actor) {
    return perform(trackingNumber, action, actor, ActionOptions.defaults());
  }

  /**
   * Takes a status-machine action: checks that the action may be taken from the current status
   * by the actor's role, records the event, moves the SLA clock (pausing it in
   * {@code NEEDS_REVISION}), and saves in the same transaction the citizen's message and, for a
   * cancellation, the cancellation at the agency.
   *
   * @param trackingNumber the application
   * @param action the action's name
   * @param actor who takes it
   * @param options a reason, an event id for idempotent repeats, an expected version
   * @return the application after the action (unchanged if the event id was applied before)
   * @throws NotFoundException if there is no such application
   * @throws MppValidationException if the machine has no such action or a reason is missing
   * @throws ConflictException {@code illegal_transition}, {@code not_permitted} or
   *     {@code version_conflict}
   */
  public Application perform(TrackingNumber trackingNumber, String action, Actor actor,
      ActionOptions options) {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(options, "options");
    return engine.perform(trackingNumber, action, actor, options);
  }

  /**
   * Applies a status an agency reported (by an adapter that receives the agency's own pushes),
   * once by its event id. A status that maps to {@code UNKNOWN}, repeats the current one, or
   * happened before the agency's last reported change, changes nothing.
   *
   * @param update the update
   * @return the application after it
   * @throws NotFoundException if no application has the agency's reference
   * @throws ConflictException {@code illegal_transition} if the service's machine does not allow
   *     the agency that move
   */
  public Application applyUpdate(StatusUpdate update) {
    return engine.applyUpdate(Objects.requireNonNull(update, "update"), null, null);
  }

  /**
   * Receives a status webhook: verifies its signature on the raw bytes (before anything is
   * parsed), refuses a replayed event id, then applies the status once. The receipt of the event
   * id is saved in the same transaction as the status change.
   *
   * @param agency the agency whose endpoint received it
   * @param signatureHeader the value of the {@value WebhookVerifier#HEADER} header, or
   *     {@code null} if absent
   * @param rawBody the body exactly as received
   * @return the application after the update
   * @throws WebhookVerificationException if the signature is missing, malformed or wrong, the
   *     timestamp is out of tolerance, or the event was received before
   * @throws NotFoundException if the agency has no webhook endpoint, or no application has the
   *     reference
   * @throws id.mpp.sdk.json.MalformedJsonException if the signed body is not a
   *     {@link StatusWebhook}
   * @throws MppValidationException if the body's fields break their rules
   */
  public Application receiveWebhook(AgencyId agency, String signatureHeader, byte[] rawBody) {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(rawBody, "rawBody");
    return engine.receiveWebhook(agency, signatureHeader, rawBody);
  }

  /**
   * Runs the outbox relay once: claims a batch of due messages and sends them.
   *
   * @return what it did
   */
  public RelayReport runOutboxOnce() {
    return relay.runOnce();
  }

  /**
   * Polls, once, the agencies that do not push (have no webhook verifier), a bounded batch each.
   *
   * @return what it did
   */
  public PollReport pollOnce() {
    return poller.pollOnce();
  }

  /**
   * Escalates, once, the applications that reached their near-breach point or due date.
   *
   * @return what it escalated
   */
  public SlaReport checkSlaOnce() {
    return monitor.checkOnce();
  }

  /**
   * Applications whose SLA clock runs and has used up the configured share of its time, but is
   * not yet overdue.
   *
   * @param page the filters, cursor and page size
   * @return the page
   */
  public List<Application> listNearBreach(ApplicationQuery page) {
    return monitor.listNearBreach(Objects.requireNonNull(page, "page"));
  }

  /**
   * Applications whose SLA clock runs and is past its due date.
   *
   * @param page the filters, cursor and page size
   * @return the page
   */
  public List<Application> listOverdue(ApplicationQuery page) {
    return monitor.listOverdue(Objects.requireNonNull(page, "page"));
  }

  /**
   * The dead-lettered outbox messages an operator should look at, oldest first.
   *
   * @param limit at most this many, 1–1000
   * @return the messages
   */
  public List<OutboxMessage> listDeadLetters(int limit) {
    return engine.store().listOutbox(OutboxMessage.State.DEAD, limit);
  }

  /**
   * An application's outbox messages, oldest first.
   *
   * @param trackingNumber the application
   * @return the messages
   */
  public List<OutboxMessage> listOutbox(TrackingNumber trackingNumber) {
    return engine.store().listOutbox(Objects.requireNonNull(trackingNumber, "trackingNumber"));
  }

  /**
   * Puts a dead-lettered message back in the outbox with its attempts reset and its idempotency
   * key unchanged (a submission is never sent under a second key).
   *
   * @param messageId the message id
   * @param operator who asked
   * @return the message, pending
   * @throws NotFoundException if there is no such message
   * @throws ConflictException {@code not_dead} if it is not dead
   */
  public OutboxMessage retryDeadLetter(String messageId, Actor operator) {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(operator, "operator");
    return relay.retryDead(messageId, operator);
  }

  /**
   * Runs the relay, the poller and the SLA monitor on an executor at fixed delays. Failures of a
   * run are logged and the next run goes ahead.
   *
   * @param executor the executor; the caller owns and shuts it down
   * @param relayEvery the delay between relay runs
   * @param pollEvery the delay between polling runs
   * @param slaEvery the delay between SLA runs
   * @return a handle that stops the three schedules when closed
   */
  public AutoCloseable startScheduler(ScheduledExecutorService executor, Duration relayEvery,
      Duration pollEvery, Duration slaEvery) {
    List<ScheduledFuture<?>> futures = List.of(
        schedule(executor, relayEvery, "outbox relay", this::runOutboxOnce),
        schedule(executor, pollEvery, "status poller", this::pollOnce),
        schedule(executor, slaEvery, "SLA monitor", this::checkSlaOnce));
    return () -> futures.forEach(f -> f.cancel(false));
  }

  private static ScheduledFuture<?> schedule(ScheduledExecutorService executor, Duration every,
      String what, Runnable run) {
    long millis = every.toMillis();
    if (millis < 1) {
      throw new IllegalArgumentException(what + " delay must be at least 1 ms");
    }
    return executor.scheduleWithFixedDelay(() -> {
      try {
        run.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, what + " run failed; the next run goes ahead", e);
      }
    }, millis, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public String toString() {
    return "Tracker[" + engine.settings() + "]";
  }

  /**
   * Builds a {@link Tracker}. {@link #build()} checks every setting and names each bad one.
   * Required: {@link #clock}, {@link #zone}, {@link #siteCode}, {@link #calendar}.
   */
  public static final class Builder {

    private Clock clock;
    private ZoneId zone;
    private String siteCode;
    private TrackingStore store;
    private AdapterRegistry registry;
    private final Map<AgencyId, ApplicationsCapability> applications = new LinkedHashMap<>();
    private WorkingCalendar calendar;
    private final Map<AgencyId, WorkingCalendar> agencyCalendars = new LinkedHashMap<>();
    private final Map<ServiceCode, StatusMachine> machines = new LinkedHashMap<>();
    private StatusMachine defaultMachine = StatusMachine.defaults();
    private NotificationSender sender;
    private NotificationTemplates templates = NotificationTemplates.defaults();
    private EscalationListener escalationListener;
    private final List<TrackingListener> listeners = new ArrayList<>();
    private OutboxPolicy policy = OutboxPolicy.defaults();
    private final Map<AgencyId, WebhookVerifier> webhooks = new LinkedHashMap<>();
    private final Map<AgencyId, StatusMapping> statusMappings = new LinkedHashMap<>();
    private final Map<AgencyId, Set<String>> revisionCodes = new LinkedHashMap<>();
    private final Map<AgencyId, Boolean> honoursKeys = new LinkedHashMap<>();
    private double nearBreachShare = 0.8;
    private int pollBatchSize = 50;
    private int slaBatchSize = 200;
    private Supplier<String> ids = () -> UUID.randomUUID().toString();

    private Builder() {
    }

    /**
     * The hub's clock (required).
     *
     * @param hubClock the clock
     * @return this builder
     */
    public Builder clock(Clock hubClock) {
      this.clock = Objects.requireNonNull(hubClock, "clock");
      return this;
    }

    /**
     * The site's zone (required; must be the calendar's zone). Tracking-number dates are days in
     * this zone.
     *
     * @param siteZone for example {@code Asia/Makassar}
     * @return this builder
     */
    public Builder zone(ZoneId siteZone) {
      this.zone = Objects.requireNonNull(siteZone, "zone");
      return this;
    }

    /**
     * The site code that starts every tracking number (required), for example the four-digit
     * Kemendagri code of the kabupaten/kota that runs the MPP.
     *
     * @param code 2–6 characters of the tracking-number alphabet
     * @return this builder
     */
    public Builder siteCode(String code) {
      this.siteCode = Objects.requireNonNull(code, "siteCode");
      return this;
    }

    /**
     * The store (default: a new in-memory store).
     *
     * @param trackingStore the store
     * @return this builder
     */
    public Builder store(TrackingStore trackingStore) {
      this.store = Objects.requireNonNull(trackingStore, "store");
      return this;
    }

    /**
     * The loaded adapters; agencies whose adapter has the applications capability get
     * submissions, polls and cancellations.
     *
     * @param adapters the registry
     * @return this builder
     */
    public Builder adapters(AdapterRegistry adapters) {
      this.registry = Objects.requireNonNull(adapters, "adapters");
      return this;
    }

    /**
     * An agency's applications capability given directly (it takes precedence over the
     * registry's).
     *
     * @param agency the agency
     * @param capability the capability
     * @return this builder
     */
    public Builder applications(AgencyId agency, ApplicationsCapability capability) {
      applications.put(Objects.requireNonNull(agency, "agency"),
          Objects.requireNonNull(capability, "capability"));
      return this;
    }

    /**
     * The site's working calendar (required), on which SLA clocks count.
     *
     * @param siteCalendar the calendar
     * @return this builder
     */
    public Builder calendar(WorkingCalendar siteCalendar) {
      this.calendar = Objects.requireNonNull(siteCalendar, "calendar");
      return this;
    }

    /**
     * An agency's own calendar, for example the site's calendar with cuti bersama counted as
     * working days ({@code calendar.withCutiBersamaAsDayOff(false)}).
     *
     * @param agency the agency
     * @param agencyCalendar its calendar (in the site's zone)
     * @return this builder
     */
    public Builder agencyCalendar(AgencyId agency, WorkingCalendar agencyCalendar) {
      agencyCalendars.put(Objects.requireNonNull(agency, "agency"),
          Objects.requireNonNull(agencyCalendar, "agencyCalendar"));
      return this;
    }

    /**
     * A service's own status machine.
     *
     * @param service the service
     * @param machine its machine
     * @return this builder
     */
    public Builder statusMachine(ServiceCode service, StatusMachine machine) {
      machines.put(Objects.requireNonNull(service, "service"),
          Objects.requireNonNull(machine, "machine"));
      return this;
    }

    /**
     * The machine of every service without its own (default {@link StatusMachine#defaults()}).
     *
     * @param machine the machine
     * @return this builder
     */
    public Builder defaultStatusMachine(StatusMachine machine) {
      this.defaultMachine = Objects.requireNonNull(machine, "machine");
      return this;
    }

    /**
     * The sender of citizens' status messages; without one, no messages are sent.
     *
     * @param notificationSender the sender
     * @return this builder
     */
    public Builder notificationSender(NotificationSender notificationSender) {
      this.sender = Objects.requireNonNull(notificationSender, "notificationSender");
      return this;
    }

    /**
     * The message templates (default {@link NotificationTemplates#defaults()}).
     *
     * @param notificationTemplates the templates
     * @return this builder
     */
    public Builder notificationTemplates(NotificationTemplates notificationTemplates) {
      this.templates = Objects.requireNonNull(notificationTemplates, "notificationTemplates");
      return this;
    }

    /**
     * The listener of SLA escalations, delivered through the outbox.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder escalationListener(EscalationListener listener) {
      this.escalationListener = Objects.requireNonNull(listener, "escalationListener");
      return this;
    }

    /**
     * Adds a listener of committed events and dead letters.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(TrackingListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * The outbox's retry policy (default {@link OutboxPolicy#defaults()}).
     *
     * @param outboxPolicy the policy
     * @return this builder
     */
    public Builder outboxPolicy(OutboxPolicy outboxPolicy) {
      this.policy = Objects.requireNonNull(outboxPolicy, "outboxPolicy");
      return this;
    }

    /**
     * Makes an agency push its statuses by signed webhook (it is then not polled).
     *
     * @param agency the agency
     * @param verifier the verifier holding the agency's secret(s)
     * @return this builder
     */
    public Builder webhook(AgencyId agency, WebhookVerifier verifier) {
      webhooks.put(Objects.requireNonNull(agency, "agency"),
          Objects.requireNonNull(verifier, "verifier"));
      return this;
    }

    /**
     * How an agency's native statuses map to canonical ones, for webhooks that carry only the
     * native status (usually the agency adapter's own mapping).
     *
     * @param agency the agency
     * @param mapping the mapping
     * @return this builder
     */
    public Builder statusMapping(AgencyId agency, StatusMapping mapping) {
      statusMappings.put(Objects.requireNonNull(agency, "agency"),
          Objects.requireNonNull(mapping, "mapping"));
      return this;
    }

    /**
     * The agency's rejection codes that mean "documents must be revised" rather than a final
     * refusal: a submission refused with one of them moves the application to
     * {@code NEEDS_REVISION} (the SLA clock pauses); any other refusal to {@code REJECTED}.
     *
     * @param agency the agency
     * @param agencyCodes the agency's codes
     * @return this builder
     */
    public Builder revisionCodes(AgencyId agency, Set<String> agencyCodes) {
      revisionCodes.put(Objects.requireNonNull(agency, "agency"), Set.copyOf(agencyCodes));
      return this;
    }

    /**
     * Whether an agency honours idempotency keys (default {@code true}, as the applications
     * capability requires). When {@code false}, a submission whose outcome is unknown is not
     * resent but dead-lettered for an operator to reconcile.
     *
     * @param agency the agency
     * @param honours whether a resend under the same key is safe
     * @return this builder
     */
    public Builder agencyHonoursIdempotencyKeys(AgencyId agency, boolean honours) {
      honoursKeys.put(Objects.requireNonNull(agency, "agency"), honours);
      return this;
    }

    /**
     * The share of an SLA's time after which an application is near breach (default 0.8).
     *
     * @param share more than 0 and less than 1
     * @return this builder
     */
    public Builder nearBreachShare(double share) {
      this.nearBreachShare = share;
      return this;
    }

    /**
     * Applications polled per agency and run (default 50).
     *
     * @param size 1–1000
     * @return this builder
     */
    public Builder pollBatchSize(int size) {
      this.pollBatchSize = size;
      return this;
    }

    /**
     * Applications read per page by the SLA monitor (default 200).
     *
     * @param size 1–1000
     * @return this builder
     */
    public Builder slaBatchSize(int size) {
      this.slaBatchSize = size;
      return this;
    }

    /**
     * The generator of event and message ids (default random UUIDs).
     *
     * @param idGenerator returns a new unique id of 1–100 characters on every call
     * @return this builder
     */
    public Builder idGenerator(Supplier<String> idGenerator) {
      this.ids = Objects.requireNonNull(idGenerator, "idGenerator");
      return this;
    }

    /**
     * Builds the tracker.
     *
     * @return the tracker
     * @throws MppValidationException naming every missing or bad setting
     */
    public Tracker build() {
      List<Violation> v = new ArrayList<>();
      if (clock == null) {
        v.add(new Violation("clock", "tracker.clock", "a clock is required"));
      }
      if (zone == null) {
        v.add(new Violation("zone", "tracker.zone", "the site's zone is required"));
      }
      if (siteCode == null || !TrackingNumber.isSiteCode(siteCode)) {
        v.add(new Violation("siteCode", TrackingNumber.RULE_SITE,
            "the site code must be 2-6 digits or upper-case letters other than I, L, O, S, B, Z"
                + " and U"));
      }
      if (calendar == null) {
        v.add(new Violation("calendar", "tracker.calendar",
            "the site's working calendar is required"));
      } else if (zone != null && !calendar.zone().equals(zone)) {
        v.add(new Violation("calendar", "tracker.calendarZone",
            "the calendar's zone " + calendar.zone() + " differs from the site's zone " + zone));
      }
      agencyCalendars.forEach((agency, c) -> {
        if (zone != null && !c.zone().equals(zone)) {
          v.add(new Violation("agencyCalendar[" + agency + "]", "tracker.calendarZone",
              "an agency calendar must be in the site's zone " + zone));
        }
      });
      if (!(nearBreachShare > 0.0 && nearBreachShare < 1.0)) {
        v.add(new Violation("nearBreachShare", "tracker.nearBreachShare",
            "must be more than 0 and less than 1"));
      }
      if (pollBatchSize < 1 || pollBatchSize > 1000) {
        v.add(new Violation("pollBatchSize", "tracker.pollBatchSize", "must be 1-1000"));
      }
      if (slaBatchSize < 1 || slaBatchSize > 1000) {
        v.add(new Violation("slaBatchSize", "tracker.slaBatchSize", "must be 1-1000"));
      }
      if (!v.isEmpty()) {
        throw new MppValidationException(v);
      }
      return new Tracker(new TrackerSettings(clock, zone, siteCode,
          store == null ? TrackingStore.inMemory() : store, registry, applications, calendar,
          agencyCalendars, machines, defaultMachine, sender, templates, escalationListener,
          listeners, policy, webhooks, statusMappings, revisionCodes, honoursKeys,
          new SlaClock(nearBreachShare), pollBatchSize, slaBatchSize, ids));
    }
  }
}
