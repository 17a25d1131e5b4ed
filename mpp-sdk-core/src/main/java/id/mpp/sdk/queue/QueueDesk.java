package id.mpp.sdk.queue;

import id.mpp.sdk.AgencyDownException;
import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.QuotaExceededException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.internal.queue.DefaultIds;
import id.mpp.sdk.internal.queue.IndonesianSpeech;
import id.mpp.sdk.internal.queue.KpiCalculator;
import id.mpp.sdk.internal.queue.MutableTicket;
import id.mpp.sdk.internal.queue.Transitions;
import id.mpp.sdk.internal.queue.WaitEstimator;
import id.mpp.sdk.internal.queue.WeightedRound;
import id.mpp.sdk.json.WireDocument;
import id.mpp.sdk.time.HolidayDataMissingException;
import id.mpp.sdk.time.WorkingCalendar;
import id.mpp.sdk.validation.MppValidator;
import id.mpp.sdk.validation.PersonalDataHasher;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The queue engine of one MPP site: configuration (agencies, services, counters), tickets and
 * their state machine, call-next, recall, no-show, transfer, park, journeys across agencies,
 * announcements, events, waiting-time estimates and KPIs. Immutable and thread-safe; every
 * command is one atomic {@link QueueStore} transaction, so several desks (several hub instances)
 * may share one store.
 *
 * <pre>{@code
 * QueueDesk desk = QueueDesk.builder()
 *     .site(SiteId.of("mpp-siola-surabaya"), ZoneId.of("Asia/Jakarta"))
 *     .clock(Clock.system(ZoneId.of("Asia/Jakarta")))
 *     .build();                                   // in-memory store by default
 * Ticket t = desk.issue(IssueRequest.walkIn(ktp), CommandOptions.by(Actor.kiosk("kiosk-1")));
 * CallResult r = desk.callNext(loket5, CommandOptions.by(officer).key(clickId));
 * }</pre>
 *
 * <p>Every ticket command checks the state machine ({@code docs/en/queue.md}), raises the
 * ticket's version by one, appends a {@link TicketTransition} (who, which counter, when, why) and
 * a {@link QueueEvent} in the same transaction. A command with an idempotency key does its work
 * once; a repeat returns the first result. Bad input throws {@link MppValidationException}
 * naming every field and rule; a command that does not fit the current state throws
 * {@link ConflictException}; a missing ticket, counter or booking throws
 * {@link NotFoundException}. Nothing is written when a command throws.
 */
public final class QueueDesk {

  private static final System.Logger LOG = System.getLogger(QueueDesk.class.getName());
  private static final int EVENT_BATCH = 256;
  private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

  private final SiteId site;
  private final ZoneId zone;
  private final Clock clock;
  private final QueueStore store;
  private final Supplier<String> ids;
  private final List<QueueListener> listeners;
  private final QueueRules rules;
  private final PersonalDataHasher hasher;
  private final WorkingCalendar calendar;
  private final SecureRandom random = new SecureRandom();
  private final Locale locale;
  private final IssueGate gate;
  private final ConcurrentHashMap<List<CounterService>, WeightedRound> rounds =
      new ConcurrentHashMap<>();
  private final AtomicInteger dispatching = new AtomicInteger();
  private volatile long delivered;

  private QueueDesk(Builder b) {
    this.site = b.site;
    this.zone = b.zone;
    this.clock = b.clock;
    this.store = b.store;
    this.ids = b.ids;
    this.listeners = List.copyOf(b.listeners);
    this.rules = b.rules;
    this.hasher = b.hasher;
    this.calendar = b.calendar;
    this.locale = b.locale;
    this.gate = b.gate;
    this.delivered = listeners.isEmpty() ? 0 : store.read(site, QueueReader::lastEventCursor);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The site this desk serves.
   *
   * @return the site id
   */
  public SiteId site() {
    return site;
  }

  /**
   * The site's zone: days, numbering and closing times are in it.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The site's current day, in its zone, by this desk's clock.
   *
   * @return today
   */
  public LocalDate today() {
    return today(clock.instant());
  }

  /**
   * The rules in force.
   *
   * @return the rules
   */
  public QueueRules rules() {
    return rules;
  }

  /**
   * The store this desk uses.
   *
   * @return the store
   */
  public QueueStore store() {
    return store;
  }

  // =============================================================== configuration

  /**
   * Creates an agency.
   *
   * @param agency the agency
   * @return the agency
   * @throws MppValidationException if a field is bad
   * @throws ConflictException {@code duplicate_agency} if it exists
   */
  public QueueAgency createAgency(QueueAgency agency) {
    MppValidator.defaults().validate(Objects.requireNonNull(agency, "agency"), locale);
    return store.transact(site, tx -> {
      if (tx.findAgency(agency.id()).isPresent()) {
        throw new ConflictException("duplicate_agency", "agency '" + agency.id()
            + "' already exists; use updateAgency");
      }
      tx.putAgency(agency);
      return agency;
    });
  }

  /**
   * Replaces an agency's queue settings.
   *
   * @param agency the agency
   * @return the agency
   * @throws MppValidationException if a field is bad
   * @throws NotFoundException if it does not exist
   */
  public QueueAgency updateAgency(QueueAgency agency) {
    MppValidator.defaults().validate(Objects.requireNonNull(agency, "agency"), locale);
    return store.transact(site, tx -> {
      if (tx.findAgency(agency.id()).isEmpty()) {
        throw new NotFoundException("agency", agency.id().value());
      }
      tx.putAgency(agency);
      return agency;
    });
  }

  /**
   * Creates a service's queue.
   *
   * @param service the service
   * @return the service
   * @throws MppValidationException if a field is bad, the agency is unknown or the prefix is
   *     taken by another service of the site
   * @throws ConflictException {@code duplicate_service} if it exists
   */
  public ServiceQueue createService(ServiceQueue service) {
    MppValidator.defaults().validate(Objects.requireNonNull(service, "service"), locale);
    return store.transact(site, tx -> {
      if (tx.findService(service.code()).isPresent()) {
        throw new ConflictException("duplicate_service", "service '" + service.code()
            + "' already exists; use updateService");
      }
      checkService(tx, service);
      tx.putService(service);
      return service;
    });
  }

  /**
   * Replaces a service's queue settings. Its agency cannot change.
   *
   * @param service the service
   * @return the service
   * @throws MppValidationException if a field is bad or the prefix is taken
   * @throws NotFoundException if it does not exist
   */
  public ServiceQueue updateService(ServiceQueue service) {
    MppValidator.defaults().validate(Objects.requireNonNull(service, "service"), locale);
    return store.transact(site, tx -> {
      ServiceQueue old = tx.findService(service.code())
          .orElseThrow(() -> new NotFoundException("service", service.code().value()));
      if (!old.agency().equals(service.agency())) {
        throw invalid("agency", "queue.service.agencyFixed");
      }
      checkService(tx, service);
      tx.putService(service);
      return service;
    });
  }

  private void checkService(QueueTransaction tx, ServiceQueue service) {
    List<Violation> violations = new ArrayList<>();
    if (tx.findAgency(service.agency()).isEmpty()) {
      violations.add(violation("agency", "queue.agency.unknown"));
    }
    for (ServiceQueue other : tx.listServices()) {
      if (!other.code().equals(service.code()) && other.prefix().equals(service.prefix())) {
        violations.add(violation("prefix", "queue.prefix.taken"));
      }
    }
    if (service.priorityClasses().contains(PriorityClass.UNKNOWN)) {
      violations.add(violation("priorityClasses", "queue.value.unknown"));
    }
    throwIfAny(violations);
  }

  /**
   * Creates a counter, closed.
   *
   * @param definition the counter
   * @return the new counter
   * @throws MppValidationException if a field is bad, the agency or a service is unknown, a
   *     service belongs to another agency or is listed twice
   * @throws ConflictException {@code duplicate_counter} if it exists
   */
  public Counter createCounter(CounterDefinition definition) {
    MppValidator.defaults().validate(Objects.requireNonNull(definition, "definition"), locale);
    return store.transact(site, tx -> {
      checkCounter(tx, definition);
      Counter counter = new Counter(definition, CounterStatus.CLOSED, null, null, null,
          clock.instant(), CallState.initial(), 1);
      tx.insertCounter(counter);
      return counter;
    });
  }

  /**
   * Replaces a counter's definition, keeping its status and the ticket it is busy with. The
   * counter's agency cannot change.
   *
   * @param definition the counter
   * @return the counter
   * @throws MppValidationException as {@link #createCounter}
   * @throws NotFoundException if it does not exist
   */
  public Counter updateCounter(CounterDefinition definition) {
    MppValidator.defaults().validate(Objects.requireNonNull(definition, "definition"), locale);
    return store.transact(site, tx -> {
      Counter old = tx.lockCounter(definition.id())
          .orElseThrow(() -> new NotFoundException("counter", definition.id().value()));
      if (!old.definition().agency().equals(definition.agency())) {
        throw invalid("agency", "queue.counter.agencyFixed");
      }
      checkCounter(tx, definition);
      Counter updated = new Counter(definition, old.status(), old.pauseReason(), old.note(),
          old.currentTicket(), old.statusSince(), CallState.initial(), old.version() + 1);
      tx.updateCounter(updated);
      return updated;
    });
  }

  private void checkCounter(QueueTransaction tx, CounterDefinition d) {
    List<Violation> violations = new ArrayList<>();
    if (tx.findAgency(d.agency()).isEmpty()) {
      violations.add(violation("agency", "queue.agency.unknown"));
    }
    if (d.kind() == CounterKind.UNKNOWN) {
      violations.add(violation("kind", "queue.value.unknown"));
    }
    Set<ServiceCode> seen = new HashSet<>();
    for (int i = 0; i < d.services().size(); i++) {
      ServiceCode code = d.services().get(i).service();
      String field = "services[" + i + "].service";
      Optional<ServiceQueue> service = tx.findService(code);
      if (service.isEmpty()) {
        violations.add(violation(field, "queue.service.unknown"));
      } else if (!service.get().agency().equals(d.agency())) {
        violations.add(violation(field, "queue.counter.serviceAgency"));
      }
      if (!seen.add(code)) {
        violations.add(violation(field, "queue.counter.serviceTwice"));
      }
    }
    throwIfAny(violations);
  }

  /**
   * Lists the agencies.
   *
   * @return the agencies, ordered by id
   */
  public List<QueueAgency> listAgencies() {
    return store.read(site, QueueReader::listAgencies);
  }

  /**
   * Lists the services.
   *
   * @return the services, ordered by code
   */
  public List<ServiceQueue> listServices() {
    return store.read(site, QueueReader::listServices);
  }

  /**
   * Gets a service's queue.
   *
   * @param code the service code
   * @return the service
   * @throws NotFoundException if it does not exist
   */
  public ServiceQueue getService(ServiceCode code) {
    return store.read(site, r -> r.findService(code))
        .orElseThrow(() -> new NotFoundException("service", code.value()));
  }

  // =============================================================== counters

  /**
   * Opens a closed counter.
   *
   * @param counter the counter
   * @param options who, key
   * @return the counter, {@link CounterStatus#OPEN}
   * @throws ConflictException {@code counter_state} unless it is closed
   */
  public Counter openCounter(CounterId counter, CommandOptions options) {
    return counterCommand(counter, options, "openCounter", CounterStatus.CLOSED,
        CounterStatus.OPEN, null, EventType.COUNTER_OPENED);
  }

  /**
   * Pauses an open, idle counter (istirahat, sholat Jumat, …); the options' reason becomes the
   * note.
   *
   * @param counter the counter
   * @param reason why
   * @param options who, key, note
   * @return the counter, {@link CounterStatus#PAUSED}
   * @throws ConflictException {@code counter_state} unless open; {@code counter_busy} while it
   *     has a called or serving ticket
   */
  public Counter pauseCounter(CounterId counter, PauseReason reason, CommandOptions options) {
    Objects.requireNonNull(reason, "reason");
    if (reason == PauseReason.UNKNOWN) {
      throw invalid("reason", "queue.value.unknown");
    }
    return counterCommand(counter, options, "pauseCounter|" + reason, CounterStatus.OPEN,
        CounterStatus.PAUSED, reason, EventType.COUNTER_PAUSED);
  }

  /**
   * Resumes a paused counter.
   *
   * @param counter the counter
   * @param options who, key
   * @return the counter, {@link CounterStatus#OPEN}
   * @throws ConflictException {@code counter_state} unless paused
   */
  public Counter resumeCounter(CounterId counter, CommandOptions options) {
    return counterCommand(counter, options, "resumeCounter", CounterStatus.PAUSED,
        CounterStatus.OPEN, null, EventType.COUNTER_RESUMED);
  }

  /**
   * Closes an open or paused, idle counter.
   *
   * @param counter the counter
   * @param options who, key
   * @return the counter, {@link CounterStatus#CLOSED}
   * @throws ConflictException {@code counter_state} if closed; {@code counter_busy} while it has
   *     a called or serving ticket
   */
  public Counter closeCounter(CounterId counter, CommandOptions options) {
    return counterCommand(counter, options, "closeCounter", null, CounterStatus.CLOSED, null,
        EventType.COUNTER_CLOSED);
  }

  private Counter counterCommand(CounterId id, CommandOptions options, String command,
      CounterStatus from, CounterStatus to, PauseReason reason, EventType event) {
    Objects.requireNonNull(id, "counter");
    checkOptions(options);
    return command(options, () -> command + "|" + id, Counter.class, (tx, now) -> {
      Counter c = tx.lockCounter(id).orElseThrow(() -> new NotFoundException("counter",
          id.value()));
      boolean allowed = from == null ? c.status() != CounterStatus.CLOSED : c.status() == from;
      if (!allowed) {
        throw new ConflictException("counter_state", "counter " + id + " is " + c.status()
            + "; " + command + " needs " + (from == null ? "OPEN or PAUSED" : from));
      }
      if (to != CounterStatus.OPEN && c.busy()) {
        throw new ConflictException("counter_busy", "counter " + id + " is busy with ticket "
            + c.currentTicket() + "; finish, return or transfer it first");
      }
      Counter updated = new Counter(c.definition(), to, reason,
          to == CounterStatus.PAUSED ? options.reason() : null, c.currentTicket(), now,
          c.callState(), c.version() + 1);
      tx.updateCounter(updated);
      tx.appendEvent(new QueueEvent(0, event, now, site, null, null, c.definition().agency(), null,
          id, null, 0, null, reason == null ? to.name() : reason.name()));
      return updated;
    });
  }

  /**
   * Gets a counter.
   *
   * @param id the counter id
   * @return the counter
   * @throws NotFoundException if it does not exist
   */
  public Counter getCounter(CounterId id) {
    return findCounter(id).orElseThrow(() -> new NotFoundException("counter", id.value()));
  }

  /**
   * Finds a counter.
   *
   * @param id the counter id
   * @return the counter, or empty
   */
  public Optional<Counter> findCounter(CounterId id) {
    return store.read(site, r -> r.findCounter(id));
  }

  /**
   * Lists the counters.
   *
   * @return the counters, ordered by id
   */
  public List<Counter> listCounters() {
    return store.read(site, QueueReader::listCounters);
  }

  /**
   * The starvation bound of a service at a counter: while the counter is open and the service
   * has a callable regular visitor at the head of its queue, that visitor is called within
   * {@code (maxPrecedenceStreak + 1) × gap} calls of this counter, where {@code gap} is the
   * service's largest distance in the counter's weighted round. See {@code docs/en/queue.md}.
   *
   * @param counter the counter
   * @param service one of its services
   * @return the bound, in calls of this counter
   * @throws NotFoundException if the counter does not exist
   * @throws MppValidationException if the counter does not call the service
   */
  public int starvationBound(CounterId counter, ServiceCode service) {
    CounterDefinition d = getCounter(counter).definition();
    WeightedRound round = round(d);
    int index = round.services().indexOf(service);
    if (index < 0) {
      throw invalid("service", "queue.counter.notServed");
    }
    return (rules.maxPrecedenceStreak() + 1) * round.maxGap(index);
  }

  // =============================================================== issue

  /**
   * Issues a walk-in ticket: the next number of the service today, at the back of its queue.
   *
   * @param request what to issue
   * @param options who, key, reason (recorded, for example why a priority class was given)
   * @return the ticket, {@code WAITING} (or {@code ISSUING} when printed)
   * @throws MppValidationException if the service is unknown, the priority class is not allowed
   *     for it, or a value is unknown
   * @throws QuotaExceededException {@code daily_quota} when the service's walk-in quota for
   *     today is used up
   * @throws AgencyDownException when the desk's {@link IssueGate} refuses the service (its
   *     agency is down); {@link AgencyDownException#citizenMessage} says why to the visitor
   */
  public Ticket issue(IssueRequest request, CommandOptions options) {
    Objects.requireNonNull(request, "request");
    checkOptions(options);
    String hash = request.nik() == null ? null : hasher().hash(request.nik());
    Supplier<String> fp = () -> "issue|" + request.service() + "|" + request.priority() + "|"
        + request.channel() + "|" + request.printed() + "|" + request.nextServices()
        + (hash == null ? "" : "|" + hash);
    return command(options, fp, Ticket.class, (tx, now) -> {
      ServiceQueue service = checkIssue(tx, request);
      gate.check(service).ifPresent(health -> {
        throw new AgencyDownException(service.agency().value(), service.code().value(),
            health.reasonIndonesian(), health.reasonEnglish());
      });
      LocalDate today = today(now);
      ServiceDay day = tx.lockServiceDay(service.code(), today);
      if (service.dailyQuota() > 0 && day.walkIns() >= service.dailyQuota()) {
        throw new QuotaExceededException("daily_quota", "service " + service.code()
            + " has given all " + service.dailyQuota() + " walk-in tickets for " + today
            + "; book online for another day");
      }
      int sequence = day.lastNumber() + 1;
      tx.updateServiceDay(new ServiceDay(service.code(), today, sequence, day.walkIns() + 1));
      MutableTicket m = newTicket(tx, service, sequence, today, now, request.nextServices());
      m.priority = request.priority();
      m.channel = request.channel();
      m.state = request.printed() ? TicketState.ISSUING : TicketState.WAITING;
      m.citizenHash = hash;
      Ticket ticket = m.build();
      tx.insertTicket(ticket);
      record(tx, ticket, null, TicketCommand.ISSUE, options, now, null, EventType.TICKET_ISSUED,
          null);
      return ticket;
    });
  }

  private ServiceQueue checkIssue(QueueReader r, IssueRequest request) {
    List<Violation> violations = new ArrayList<>();
    Optional<ServiceQueue> service = r.findService(request.service());
    if (service.isEmpty()) {
      violations.add(violation("service", "queue.service.unknown"));
    }
    if (request.priority() == PriorityClass.UNKNOWN) {
      violations.add(violation("priority", "queue.value.unknown"));
    } else if (service.isPresent() && !service.get().allows(request.priority())) {
      violations.add(violation("priority", "queue.priority.notAllowed"));
    }
    if (request.channel() == Channel.UNKNOWN || request.channel() == Channel.BOOKING) {
      violations.add(violation("channel", "queue.channel.walkIn"));
    }
    for (int i = 0; i < request.nextServices().size(); i++) {
      if (r.findService(request.nextServices().get(i)).isEmpty()) {
        violations.add(violation("nextServices[" + i + "]", "queue.service.unknown"));
      }
    }
    throwIfAny(violations);
    return service.orElseThrow();
  }

  private MutableTicket newTicket(QueueReader r, ServiceQueue service, int sequence,
      LocalDate today, Instant now, List<ServiceCode> nextServices) {
    MutableTicket m = new MutableTicket();
    m.id = TicketId.of(nextId());
    m.site = site;
    m.number = service.number(sequence);
    m.numberedBy = service.code();
    m.sequence = sequence;
    m.serviceDay = today;
    m.agency = service.agency();
    m.service = service.code();
    m.priority = PriorityClass.NONE;
    m.issuedAt = now;
    m.rank = micros(now);
    m.stateSince = now;
    m.journey.add(new JourneyStep(service.agency(), service.code(), StepStatus.ACTIVE, now, null,
        null, null, null));
    for (ServiceCode next : nextServices) {
      ServiceQueue s = r.findService(next).orElseThrow();
      m.journey.add(JourneyStep.planned(s.agency(), s.code()));
    }
    m.step = 0;
    m.version = 1;
    return m;
  }

  /**
   * Confirms a kiosk print: the ticket enters its queue.
   *
   * @param ticket the ticket
   * @param options who, key
   * @return the ticket, {@code WAITING}
   * @throws ConflictException {@code illegal_transition} unless {@code ISSUING}
   */
  public Ticket confirmPrint(TicketId ticket, CommandOptions options) {
    return ticketCommand(ticket, options, TicketCommand.CONFIRM_PRINT, "", (tx, t, now) -> {
      MutableTicket m = MutableTicket.of(t);
      m.state = TicketState.WAITING;
      return apply(tx, t, m, TicketCommand.CONFIRM_PRINT, options, now, null,
          EventType.TICKET_PRINTED, null);
    });
  }

  /**
   * Records a failed kiosk print: the ticket is cancelled and its number is not reused.
   *
   * @param ticket the ticket
   * @param options who, key, reason
   * @return the ticket, {@code CANCELLED}
   * @throws ConflictException {@code illegal_transition} unless {@code ISSUING}
   */
  public Ticket failPrint(TicketId ticket, CommandOptions options) {
    return ticketCommand(ticket, options, TicketCommand.FAIL_PRINT, "", (tx, t, now) -> {
      return end(tx, t, TicketCommand.FAIL_PRINT, TicketState.CANCELLED, StepStatus.CANCELLED,
          options, now, EventType.TICKET_CANCELLED, "print_failed");
    });
  }

  // =============================================================== calling

  /**
   * Calls the next visitor to a counter, atomically: the counter must be open and idle; the
   * ticket is chosen across the counter's services by the call policy (priority and booked
   * visitors first, at most {@link QueueRules#maxPrecedenceStreak()} in a row while a regular
   * visitor waits; services by weight) and announced in the counter's display zone.
   *
   * @param counter the counter
   * @param options who, key (a double click with the same key calls once)
   * @return the called ticket, or {@link CallOutcome#NONE} when nobody is callable
   * @throws NotFoundException if the counter does not exist
   * @throws ConflictException {@code counter_state} unless open; {@code counter_busy} while it
   *     has a called or serving ticket
   */
  public CallResult callNext(CounterId counter, CommandOptions options) {
    Objects.requireNonNull(counter, "counter");
    checkOptions(options);
    return command(options, () -> "callNext|" + counter, CallResult.class, (tx, now) -> {
      Counter c = callableCounter(tx, counter);
      CounterDefinition d = c.definition();
      WeightedRound round = round(d);
      int n = d.services().size();
      List<ServiceCode> codes = round.services();
      Instant dueBy = now.plus(rules.bookedLead());
      List<Ticket> heads = tx.lockCallHeads(new HeadQuery(counter, codes, today(now), now, dueBy));
      Ticket[] priority = new Ticket[n];
      Ticket[] booked = new Ticket[n];
      Ticket[] regular = new Ticket[n];
      boolean anyPrecedence = false;
      boolean anyRegular = false;
      for (Ticket h : heads) {
        int i = codes.indexOf(h.service());
        if (i < 0) {
          continue;
        }
        if (h.priority() != PriorityClass.NONE) {
          priority[i] = h;
          anyPrecedence = true;
        } else if (h.slotStart() != null && !h.slotStart().isAfter(dueBy)) {
          booked[i] = h;
          anyPrecedence = true;
        } else {
          regular[i] = h;
          anyRegular = true;
        }
      }
      CallState state = c.callState();
      Ticket chosen;
      CallState next;
      if (anyPrecedence && (!anyRegular || state.precedenceStreak() < rules.maxPrecedenceStreak())) {
        int slot = round.next(state.precedenceCursor(),
            i -> priority[i] != null || booked[i] != null);
        int i = round.serviceAt(slot);
        chosen = earlierDue(priority[i], booked[i]);
        next = new CallState(anyRegular ? state.precedenceStreak() + 1 : 0,
            state.regularCursor(), (slot + 1) % round.length());
      } else if (anyRegular) {
        int slot = round.next(state.regularCursor(), i -> regular[i] != null);
        chosen = regular[round.serviceAt(slot)];
        next = new CallState(0, (slot + 1) % round.length(), state.precedenceCursor());
      } else {
        return CallResult.none();
      }
      Ticket called = call(tx, c, chosen, next, options, now);
      return CallResult.called(called);
    });
  }

  /** Of a priority head and a booked head, the one due first (rank vs slot). */
  private static Ticket earlierDue(Ticket priority, Ticket booked) {
    if (priority == null) {
      return booked;
    }
    if (booked == null) {
      return priority;
    }
    return micros(booked.slotStart()) < priority.rank() ? booked : priority;
  }

  /**
   * Calls a particular ticket to a counter: a waiting ticket of one of the counter's services
   * (not assigned to another counter), or a ticket this counter parked. Does not change the call
   * policy's memory.
   *
   * @param counter the counter
   * @param ticket the ticket
   * @param options who, key, reason
   * @return the ticket, {@code CALLED}
   * @throws ConflictException {@code counter_state}, {@code counter_busy},
   *     {@code illegal_transition}, or {@code not_callable} when the counter may not call it
   */
  public Ticket call(CounterId counter, TicketId ticket, CommandOptions options) {
    Objects.requireNonNull(counter, "counter");
    Objects.requireNonNull(ticket, "ticket");
    checkOptions(options);
    return command(options, () -> "call|" + counter + "|" + ticket, Ticket.class, (tx, now) -> {
      Counter c = callableCounter(tx, counter);
      Ticket t = lockTicket(tx, ticket);
      checkToday(t, now);
      if (t.state() == TicketState.DELAYED && t.callableAt() != null
          && !t.callableAt().isAfter(now)) {
        t = delayElapsed(tx, t, now);
      }
      Transitions.checkAccepts(t.number(), t.state(), TicketCommand.CALL);
      boolean mayCall = t.state() == TicketState.PARKED
          ? counter.equals(t.counter())
          : c.definition().calls(t.service())
              && (t.assignedCounter() == null || t.assignedCounter().equals(counter));
      if (!mayCall) {
        throw new ConflictException("not_callable", "counter " + counter + " may not call ticket "
            + t.number() + (t.state() == TicketState.PARKED ? " (parked by another counter)"
            : " (another service or assigned to another counter)"));
      }
      return call(tx, c, t, c.callState(), options, now);
    });
  }

  private Counter callableCounter(QueueTransaction tx, CounterId counter) {
    Counter c = tx.lockCounter(counter).orElseThrow(() -> new NotFoundException("counter",
        counter.value()));
    if (c.status() != CounterStatus.OPEN) {
      throw new ConflictException("counter_state", "counter " + counter + " is " + c.status()
          + "; open or resume it before calling");
    }
    if (c.busy()) {
      throw new ConflictException("counter_busy", "counter " + counter + " is busy with ticket "
          + c.currentTicket() + "; finish, return or transfer it first");
    }
    return c;
  }

  private Ticket call(QueueTransaction tx, Counter c, Ticket t, CallState next,
      CommandOptions options, Instant now) {
    if (t.state() == TicketState.DELAYED) {
      t = delayElapsed(tx, t, now);
    }
    MutableTicket m = MutableTicket.of(t);
    m.state = TicketState.CALLED;
    m.counter = c.id();
    m.assignedCounter = null;
    m.callableAt = null;
    m.recallCount = 0;
    JourneyStep s = m.current();
    m.current(new JourneyStep(s.agency(), s.service(), s.status(), s.queuedAt(),
        s.calledAt() == null ? now : s.calledAt(), s.servingAt(), s.endedAt(), c.id()));
    Ticket called = apply(tx, t, m, TicketCommand.CALL, options, now, c.id(),
        EventType.TICKET_CALLED, null);
    tx.updateCounter(new Counter(c.definition(), c.status(), c.pauseReason(), c.note(),
        called.id(), c.statusSince(), next, c.version() + 1));
    announce(tx, c.definition(), called, false, now);
    return called;
  }

  private Ticket delayElapsed(QueueTransaction tx, Ticket t, Instant now) {
    MutableTicket m = MutableTicket.of(t);
    m.state = TicketState.WAITING;
    m.callableAt = null;
    return apply(tx, t, m, TicketCommand.DELAY_ELAPSED, CommandOptions.system(), now, null,
        EventType.TICKET_DELAY_ELAPSED, null);
  }

  /**
   * Calls a called ticket again, with a new announcement. Over the recall limit the ticket
   * becomes a no-show instead and the counter is free.
   *
   * @param ticket the ticket
   * @param options who, key
   * @return the ticket, {@code CALLED} or {@code NO_SHOW}
   * @throws ConflictException {@code illegal_transition} unless {@code CALLED}
   */
  public Ticket recall(TicketId ticket, CommandOptions options) {
    return ticketCommand(ticket, options, TicketCommand.RECALL, "", (tx, t, now) -> {
      if (t.recallCount() >= rules.recallLimit()) {
        return end(tx, t, TicketCommand.RECALL, TicketState.NO_SHOW, StepStatus.NO_SHOW, options,
            now, EventType.TICKET_NO_SHOW, "recall_limit");
      }
      MutableTicket m = MutableTicket.of(t);
      m.recallCount = t.recallCount() + 1;
      Ticket after = apply(tx, t, m, TicketCommand.RECALL, options, now, t.counter(),
          EventType.TICKET_RECALLED, Integer.toString(m.recallCount));
      Counter c = tx.findCounter(t.counter()).orElseThrow();
      announce(tx, c.definition(), after, true, now);
      return after;
    });
  }

  /**
   * Records that the called visitor arrived at the counter.
   *
   * @param ticket the ticket
   * @param options who, key
   * @return the ticket, {@code SERVING}
   * @throws ConflictException {@code illegal_transition} unless {@code CALLED}
   */
  public Ticket startServing(TicketId ticket, CommandOptions options) {
    return ticketCommand(ticket, options, TicketCommand.START_SERVING, "", (tx, t, now) -> {
      MutableTicket m = MutableTicket.of(t);
      m.state = TicketState.SERVING;
      JourneyStep s = m.current();
      m.current(new JourneyStep(s.agency(), s.service(), s.status(), s.queuedAt(), s.calledAt(),
          now, null, s.counter()));
      return apply(tx, t, m, TicketCommand.START_SERVING, options, now, t.counter(),
          EventType.SERVING_STARTED, null);
    });
  }

  /**
   * Finishes the current step: the ticket goes on to the next service of its journey (placed by
   * {@link QueueRules#journeyPosition()}, same number), or is done. The counter is free.
   *
   * @param ticket the ticket
   * @param options who, key
   * @return the ticket, {@code WAITING} in its next service or {@code DONE}
   * @throws ConflictException {@code illegal_transition} unless {@code SERVING}
   */
  public Ticket finish(TicketId ticket, CommandOptions options) {
    return ticketCommand(ticket, options, TicketCommand.FINISH, "", (tx, t, now) -> {
      MutableTicket m = MutableTicket.of(t);
      closeStep(m, StepStatus.DONE, now);
      int nextStep = -1;
      for (int i = t.step() + 1; i < m.journey.size(); i++) {
        if (m.journey.get(i).status() == StepStatus.PLANNED) {
          nextStep = i;
          break;
        }
      }
      Ticket after;
      if (nextStep < 0) {
        m.state = TicketState.DONE;
        after = apply(tx, t, m, TicketCommand.FINISH, options, now, t.counter(),
            EventType.TICKET_DONE, null);
      } else {
        JourneyStep planned = m.journey.get(nextStep);
        m.step = nextStep;
        m.current(new JourneyStep(planned.agency(), planned.service(), StepStatus.ACTIVE, now,
            null, null, null, null));
        m.agency = planned.agency();
        m.service = planned.service();
        m.counter = null;
        m.recallCount = 0;
        m.state = TicketState.WAITING;
        m.rank = rankFor(tx, planned.service(), t, rules.journeyPosition(), now);
        after = apply(tx, t, m, TicketCommand.FINISH, options, now, t.counter(),
            EventType.STEP_COMPLETED, planned.service().value());
      }
      freeCounter(tx, t, now);
      return after;
    });
  }

  /**
   * Marks a called visitor as a no-show (tidak hadir), at least
   * {@link QueueRules#noShowAfter()} after the last call. It may be reinstated within
   * {@link QueueRules#noShowGrace()}. The counter is free.
   *
   * @param ticket the ticket
   * @param options who, key, reason
   * @return the ticket, {@code NO_SHOW}
   * @throws ConflictException {@code illegal_transition} unless {@code CALLED}; {@code too_soon}
   *     before the no-show guard has passed
   */
  public Ticket markNoShow(TicketId ticket, CommandOptions options) {
    return ticketCommand(ticket, options, TicketCommand.NO_SHOW, "", (tx, t, now) -> {
      Instant allowedFrom = t.stateSince().plus(rules.noShowAfter());
      if (now.isBefore(allowedFrom)) {
        throw new ConflictException("too_soon", "ticket " + t.number() + " was called "
            + Duration.between(t.stateSince(), now).toSeconds() + " s ago; a no-show may be"
            + " marked after " + rules.noShowAfter().toSeconds() + " s");
      }
      return end(tx, t, TicketCommand.NO_SHOW, TicketState.NO_SHOW, StepStatus.NO_SHOW, options,
          now, EventType.TICKET_NO_SHOW, null);
    });
  }

  /**
   * Puts a no-show back in its queue, within the grace period of the same day.
   *
   * @param ticket the ticket
   * @param position where it goes
   * @param options who, key, reason
   * @return the ticket, {@code WAITING}
   * @throws ConflictException {@code illegal_transition} unless {@code NO_SHOW};
   *     {@code grace_over} after the grace period
   */
  public Ticket reinstate(TicketId ticket, Position position, CommandOptions options) {
    checkPosition(position);
    return ticketCommand(ticket, options, TicketCommand.REINSTATE, "|" + position,
        (tx, t, now) -> {
          if (now.isAfter(t.stateSince().plus(rules.noShowGrace()))) {
            throw new ConflictException("grace_over", "ticket " + t.number()
                + " was a no-show more than " + rules.noShowGrace().toMinutes()
                + " min ago and can no longer be reinstated; issue a new ticket");
          }
          MutableTicket m = MutableTicket.of(t);
          JourneyStep s = m.current();
          m.current(new JourneyStep(s.agency(), s.service(), StepStatus.ACTIVE, s.queuedAt(),
              s.calledAt(), s.servingAt(), null, s.counter()));
          requeue(tx, t, m, position, now);
          return apply(tx, t, m, TicketCommand.REINSTATE, options, now, null,
              EventType.TICKET_REINSTATED, position.name());
        });
  }

  /**
   * Cancels a ticket that is not finished. An officer must give a reason.
   *
   * @param ticket the ticket
   * @param options who, key, reason
   * @return the ticket, {@code CANCELLED}
   * @throws MppValidationException {@code queue.reason.required} when an officer gives no reason
   * @throws ConflictException {@code illegal_transition} when the state does not allow it
   */
  public Ticket cancel(TicketId ticket, CommandOptions options) {
    checkOptions(options);
    if (options.actor().kind() == ActorKind.OFFICER
        && (options.reason() == null || options.reason().isBlank())) {
      throw invalid("reason", "queue.reason.required");
    }
    return ticketCommand(ticket, options, TicketCommand.CANCEL, "", (tx, t, now) -> {
      return end(tx, t, TicketCommand.CANCEL, TicketState.CANCELLED, StepStatus.CANCELLED,
          options, now, EventType.TICKET_CANCELLED, null);
    });
  }

  /**
   * Puts a called visitor back in the queue (recycle); the counter is free.
   *
   * @param ticket the ticket
   * @param position where it goes
   * @param options who, key, reason
   * @return the ticket, {@code WAITING}
   * @throws ConflictException {@code illegal_transition} unless {@code CALLED}
   */
  public Ticket returnToQueue(TicketId ticket, Position position, CommandOptions options) {
    checkPosition(position);
    return ticketCommand(ticket, options, TicketCommand.RETURN_TO_QUEUE, "|" + position,
        (tx, t, now) -> {
          MutableTicket m = MutableTicket.of(t);
          requeue(tx, t, m, position, now);
          Ticket after = apply(tx, t, m, TicketCommand.RETURN_TO_QUEUE, options, now,
              t.counter(), EventType.TICKET_RETURNED, position.name());
          freeCounter(tx, t, now);
          return after;
        });
  }

  /**
   * Puts a ticket being served aside (ditunda): the counter is free to call others and only it
   * can call this ticket again ({@link #call}), or {@link #release} it to the queue.
   *
   * @param ticket the ticket
   * @param options who, key, reason
   * @return the ticket, {@code PARKED}
   * @throws ConflictException {@code illegal_transition} unless {@code SERVING}
   */
  public Ticket park(TicketId ticket, CommandOptions options) {
    return ticketCommand(ticket, options, TicketCommand.PARK, "", (tx, t, now) -> {
      MutableTicket m = MutableTicket.of(t);
      m.state = TicketState.PARKED;
      Ticket after = apply(tx, t, m, TicketCommand.PARK, options, now, t.counter(),
          EventType.TICKET_PARKED, null);
      freeCounter(tx, t, now);
      return after;
    });
  }

  /**
   * Sends a parked ticket back to its service's queue.
   *
   * @param ticket the ticket
   * @param position where it goes
   * @param options who, key, reason
   * @return the ticket, {@code WAITING}
   * @throws ConflictException {@code illegal_transition} unless {@code PARKED}
   */
  public Ticket release(TicketId ticket, Position position, CommandOptions options) {
    checkPosition(position);
    return ticketCommand(ticket, options, TicketCommand.RELEASE, "|" + position,
        (tx, t, now) -> {
          MutableTicket m = MutableTicket.of(t);
          requeue(tx, t, m, position, now);
          return apply(tx, t, m, TicketCommand.RELEASE, options, now, t.counter(),
              EventType.TICKET_RELEASED, position.name());
        });
  }

  /**
   * Transfers a ticket to another service (of any agency of the site), to a particular counter,
   * or both, keeping its number and original issue time. The current journey step ends as
   * {@link StepStatus#TRANSFERRED} and a new step starts; with a delay the ticket is
   * {@code DELAYED} until it passes. A counter it was called to or served at is free.
   *
   * @param ticket the ticket
   * @param target where to, at which position, with which delay
   * @param options who, key, reason
   * @return the ticket, {@code WAITING} or {@code DELAYED}
   * @throws MppValidationException if no target is given, the service or counter is unknown,
   *     the counter does not call the service, or the delay is negative
   * @throws ConflictException {@code illegal_transition} when the state does not allow it
   */
  public Ticket transfer(TicketId ticket, TransferRequest target, CommandOptions options) {
    Objects.requireNonNull(target, "target");
    checkPosition(target.position());
    List<Violation> violations = new ArrayList<>();
    if (target.service() == null && target.counter() == null) {
      violations.add(violation("target", "queue.transfer.target"));
    }
    if (target.delay().isNegative()) {
      violations.add(violation("delay", "queue.duration.notNegative"));
    }
    throwIfAny(violations);
    String fp = "|" + target.service() + "|" + target.counter() + "|" + target.position() + "|"
        + target.delay();
    return ticketCommand(ticket, options, TicketCommand.TRANSFER, fp, (tx, t, now) -> {
      ServiceCode serviceCode = target.service() == null ? t.service() : target.service();
      ServiceQueue service = tx.findService(serviceCode)
          .orElseThrow(() -> invalid("service", "queue.service.unknown"));
      if (target.counter() != null) {
        Counter c = tx.findCounter(target.counter())
            .orElseThrow(() -> invalid("counter", "queue.counter.unknown"));
        if (!c.definition().calls(serviceCode)) {
          throw invalid("counter", "queue.counter.notServed");
        }
      }
      MutableTicket m = MutableTicket.of(t);
      closeStep(m, StepStatus.TRANSFERRED, now);
      int newStep = t.step() + 1;
      m.journey.add(newStep, new JourneyStep(service.agency(), serviceCode, StepStatus.ACTIVE,
          now, null, null, null, null));
      m.step = newStep;
      m.agency = service.agency();
      m.service = serviceCode;
      m.assignedCounter = target.counter();
      m.counter = null;
      m.recallCount = 0;
      m.rank = rankFor(tx, serviceCode, t, target.position(), now);
      if (target.delay().isZero()) {
        m.state = TicketState.WAITING;
        m.callableAt = null;
      } else {
        m.state = TicketState.DELAYED;
        m.callableAt = now.plus(target.delay());
      }
      String detail = (target.counter() != null ? "counter:" + target.counter() : "service:"
          + serviceCode);
      Ticket after = apply(tx, t, m, TicketCommand.TRANSFER, options, now, t.counter(),
          EventType.TICKET_TRANSFERRED, detail);
      freeCounter(tx, t, now);
      return after;
    });
  }

  /**
   * Ends a ticket's current step: the step gets a status and its end time, the ticket a final
   * (or no-show) state, and a counter it held is freed.
   */
  private Ticket end(QueueTransaction tx, Ticket t, TicketCommand command, TicketState state,
      StepStatus stepStatus, CommandOptions options, Instant now, EventType event, String detail) {
    MutableTicket m = MutableTicket.of(t);
    closeStep(m, stepStatus, now);
    m.state = state;
    m.callableAt = null;
    Ticket after = apply(tx, t, m, command, options, now, t.counter(), event, detail);
    freeCounter(tx, t, now);
    return after;
  }

  /** Ends the current step with a status (and the time), unless it already ended. */
  private static void closeStep(MutableTicket m, StepStatus status, Instant now) {
    JourneyStep s = m.current();
    m.current(new JourneyStep(s.agency(), s.service(), status, s.queuedAt(), s.calledAt(),
        s.servingAt(), s.endedAt() == null ? now : s.endedAt(), s.counter()));
  }

  /** Back to the queue of the current service at a position. */
  private void requeue(QueueTransaction tx, Ticket t, MutableTicket m, Position position,
      Instant now) {
    m.state = TicketState.WAITING;
    m.counter = null;
    m.recallCount = 0;
    m.callableAt = null;
    m.rank = rankFor(tx, t.service(), t, position, now);
  }

  private long rankFor(QueueTransaction tx, ServiceCode service, Ticket t, Position position,
      Instant now) {
    long nowRank = micros(now);
    return switch (position) {
      case FIRST -> tx.rankBounds(service, t.serviceDay()).map(b -> b.min() - 1).orElse(nowRank);
      case LAST -> tx.rankBounds(service, t.serviceDay())
          .map(b -> Math.max(nowRank, b.max() + 1)).orElse(nowRank);
      default -> micros(t.issuedAt());
    };
  }

  /** Frees the counter a called or serving ticket held. */
  private void freeCounter(QueueTransaction tx, Ticket before, Instant now) {
    if (before.counter() == null) {
      return;
    }
    Optional<Counter> locked = tx.lockCounter(before.counter());
    if (locked.isEmpty() || !before.id().equals(locked.get().currentTicket())) {
      return;
    }
    Counter c = locked.get();
    tx.updateCounter(new Counter(c.definition(), c.status(), c.pauseReason(), c.note(), null,
        c.statusSince(), c.callState(), c.version() + 1));
  }

  // =============================================================== announcements

  private void announce(QueueTransaction tx, CounterDefinition d, Ticket t, boolean recall,
      Instant now) {
    String zoneName = displayZone(tx, d);
    List<VoicePart> parts = IndonesianSpeech.callParts(t.number(), d.kind(), d.number(), recall);
    Duration length = rules.chime()
        .plus(rules.announcementPart().multipliedBy(IndonesianSpeech.spokenWords(parts)));
    ZoneState z = tx.lockZone(zoneName);
    Instant start = z.busyUntil().isAfter(now) ? z.busyUntil() : now;
    Instant end = start.plus(length);
    long sequence = z.lastSequence() + 1;
    tx.updateZone(new ZoneState(zoneName, sequence, end.plus(rules.announcementGap())));
    tx.insertAnnouncement(new Announcement(sequence, zoneName, t.id(), t.number(), d.id(), recall,
        IndonesianSpeech.sentence(parts), parts, now, start, end));
  }

  private static String displayZone(QueueReader r, CounterDefinition d) {
    if (d.displayZone() != null) {
      return d.displayZone();
    }
    return r.findAgency(d.agency()).map(QueueAgency::displayZone).orElse("main");
  }

  /**
   * Lists a display zone's announcements after a sequence, in order; a display plays each at its
   * {@link Announcement#startsAt()}, so calls never overlap.
   *
   * @param zone the display zone
   * @param afterSequence the last sequence the display has handled; 0 at first
   * @param limit at most this many
   * @return the announcements
   */
  public List<Announcement> announcements(String zone, long afterSequence, int limit) {
    Objects.requireNonNull(zone, "zone");
    return store.read(site, r -> r.listAnnouncements(zone, afterSequence, limit));
  }

  /**
   * The recently called tickets of a zone for a display, newest first, one entry per ticket
   * (its latest call or recall).
   *
   * @param zone the display zone
   * @param limit at most this many tickets
   * @return the latest announcement of each of the last {@code limit} tickets called
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public List<Announcement> recentlyCalled(String zone, int limit) {
    Objects.requireNonNull(zone, "zone");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    List<Announcement> latest = store.read(site, r -> r.latestAnnouncements(zone,
        Math.min(limit * 8, 1000)));
    Set<TicketId> seen = new LinkedHashSet<>();
    List<Announcement> result = new ArrayList<>(limit);
    for (Announcement a : latest) {
      if (seen.add(a.ticket())) {
        result.add(a);
        if (result.size() == limit) {
          break;
        }
      }
    }
    return List.copyOf(result);
  }

  // =============================================================== booking (antrian online)

  /**
   * Creates or replaces a service's booking plan: its sessions per weekday with quotas, the
   * booking window, the check-in window and extra closed dates.
   *
   * @param plan the plan
   * @return the plan
   * @throws MppValidationException if a field is bad, the service is unknown or a session is
   *     listed twice
   */
  public BookingPlan setBookingPlan(BookingPlan plan) {
    MppValidator.defaults().validate(Objects.requireNonNull(plan, "plan"), locale);
    List<Violation> violations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < plan.sessions().size(); i++) {
      BookingSession session = plan.sessions().get(i);
      if (!seen.add(session.day() + "@" + session.start())) {
        violations.add(violation("sessions[" + i + "]", "queue.session.duplicate"));
      }
    }
    throwIfAny(violations);
    return store.transact(site, tx -> {
      if (tx.findService(plan.service()).isEmpty()) {
        throw invalid("service", "queue.service.unknown");
      }
      tx.putBookingPlan(plan);
      return plan;
    });
  }

  /**
   * Finds a service's booking plan.
   *
   * @param service the service
   * @return the plan, or empty when the service takes no bookings
   */
  public Optional<BookingPlan> findBookingPlan(ServiceCode service) {
    Objects.requireNonNull(service, "service");
    return store.read(site, r -> r.findBookingPlan(service));
  }

  /**
   * Lists a service's sessions between two dates, inside its booking window, on days it is open
   * (a working day of the calendar and not a closed date of the plan), with the places left.
   *
   * @param service the service
   * @param from the first date
   * @param to the last date
   * @return the sessions by date and start
   * @throws NotFoundException if the service takes no bookings
   * @throws IllegalStateException if this desk has no working calendar
   */
  public List<SessionAvailability> listSessions(ServiceCode service, LocalDate from,
      LocalDate to) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    WorkingCalendar cal = calendar();
    Instant now = clock.instant();
    LocalDate today = today(now);
    return store.read(site, r -> {
      BookingPlan plan = r.findBookingPlan(service)
          .orElseThrow(() -> new NotFoundException("booking plan", service.value()));
      LocalDate first = from.isBefore(today) ? today : from;
      LocalDate windowEnd = today.plusDays(plan.windowDays());
      LocalDate last = to.isAfter(windowEnd) ? windowEnd : to;
      List<SessionAvailability> found = new ArrayList<>();
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        if (!open(cal, plan, d)) {
          continue;
        }
        for (BookingSession s : plan.sessions()) {
          if (s.day() != d.getDayOfWeek()) {
            continue;
          }
          int booked = r.findSessionDay(service, d, s.start()).map(SessionDay::booked).orElse(0);
          boolean over = !now.isBefore(checkInCloses(plan, d, s));
          found.add(new SessionAvailability(d, s.start(), s.end(), s.quota(), booked,
              !over && booked < s.quota()));
        }
      }
      found.sort(java.util.Comparator.comparing(SessionAvailability::date)
          .thenComparing(SessionAvailability::start));
      return List.copyOf(found);
    });
  }

  /**
   * Books a session (antrian online). The NIK is kept only as its keyed hash; one person has at
   * most one active booking per service per day.
   *
   * @param request the service, date, session and NIK
   * @param options who, key
   * @return the booking, {@link BookingState#BOOKED}, with the code to show at check-in
   * @throws MppValidationException naming the field: the service takes no bookings
   *     ({@code service}), the date is outside the booking window or the service is closed that
   *     day — weekend, holiday, cuti bersama, closed date, or a year without holiday data
   *     ({@code date}), no such session or its check-in is already over ({@code sessionStart})
   * @throws QuotaExceededException {@code session_quota} when the session is full
   * @throws ConflictException {@code duplicate_active_booking} when the person already holds an
   *     active booking for this service on that date
   */
  public Booking book(BookingRequest request, CommandOptions options) {
    Objects.requireNonNull(request, "request");
    checkOptions(options);
    WorkingCalendar cal = calendar();
    String hash = hasher().hash(request.nik());
    Supplier<String> fp = () -> "book|" + request.service() + "|" + request.date() + "|"
        + request.sessionStart() + "|" + hash;
    return command(options, fp, Booking.class, (tx, now) -> {
      LocalDate today = today(now);
      BookingPlan plan = tx.findBookingPlan(request.service())
          .orElseThrow(() -> invalid("service", "queue.booking.notOffered"));
      ServiceQueue service = tx.findService(request.service())
          .orElseThrow(() -> invalid("service", "queue.service.unknown"));
      LocalDate date = request.date();
      if (date.isBefore(today) || date.isAfter(today.plusDays(plan.windowDays()))) {
        throw invalid("date", "queue.booking.window");
      }
      if (!open(cal, plan, date)) {
        throw invalid("date", "queue.booking.closed");
      }
      BookingSession session = plan.sessions().stream()
          .filter(s -> s.day() == date.getDayOfWeek() && s.start().equals(request.sessionStart()))
          .findFirst().orElseThrow(() -> invalid("sessionStart", "queue.booking.session"));
      if (!now.isBefore(checkInCloses(plan, date, session))) {
        throw invalid("sessionStart", "queue.booking.sessionOver");
      }
      SessionDay places = tx.lockSessionDay(service.code(), date, session.start());
      if (places.booked() >= session.quota()) {
        throw new QuotaExceededException("session_quota", "session " + session.start() + " of "
            + service.code() + " on " + date + " is full (" + session.quota()
            + " places); choose another session or date");
      }
      Booking booking = new Booking(BookingId.of(nextId()), site, newBookingCode(),
          service.code(), service.agency(), date, session.start(), session.end(),
          BookingState.BOOKED, hash, now, now, null, 1);
      tx.insertBooking(booking);
      tx.updateSessionDay(new SessionDay(service.code(), date, session.start(),
          places.booked() + 1));
      tx.appendEvent(bookingEvent(EventType.BOOKING_CREATED, booking, now));
      return booking;
    });
  }

  /**
   * Cancels a booking that is not checked in yet; its place is free again.
   *
   * @param code the booking code
   * @param options who, key, reason
   * @return the booking, {@link BookingState#CANCELLED}
   * @throws NotFoundException if no booking has the code
   * @throws ConflictException {@code booking_state} unless {@link BookingState#BOOKED}
   */
  public Booking cancelBooking(String code, CommandOptions options) {
    Objects.requireNonNull(code, "code");
    checkOptions(options);
    return command(options, () -> "cancelBooking|" + code, Booking.class, (tx, now) -> {
      Booking b = bookedBooking(tx, code);
      Booking cancelled = changeBooking(tx, b, BookingState.CANCELLED, null, now);
      tx.appendEvent(bookingEvent(EventType.BOOKING_CANCELLED, cancelled, now));
      return cancelled;
    });
  }

  /**
   * Checks a booking in: on its date, from {@code session start − checkInOpensBefore} until
   * {@code session end + checkInGrace}, the booking becomes a ticket with the service's next
   * number. The ticket carries the slot, so the call policy gives it precedence from
   * {@link QueueRules#bookedLead()} before the slot.
   *
   * @param code the booking code
   * @param options who, key
   * @return the ticket, {@code WAITING}
   * @throws NotFoundException if no booking has the code
   * @throws ConflictException {@code booking_state} unless {@link BookingState#BOOKED};
   *     {@code check_in_window} outside the check-in window
   */
  public Ticket checkIn(String code, CommandOptions options) {
    Objects.requireNonNull(code, "code");
    checkOptions(options);
    return command(options, () -> "checkIn|" + code, Ticket.class, (tx, now) -> {
      Booking b = bookedBooking(tx, code);
      BookingPlan plan = tx.findBookingPlan(b.service()).orElseThrow();
      BookingSession session = new BookingSession(b.date().getDayOfWeek(), b.sessionStart(),
          b.sessionEnd(), 1);
      Instant opens = b.date().atTime(b.sessionStart()).atZone(zone).toInstant()
          .minus(plan.checkInOpensBefore());
      Instant closes = checkInCloses(plan, b.date(), session);
      if (now.isBefore(opens) || now.isAfter(closes)) {
        throw new ConflictException("check_in_window", "booking " + b.id() + " can be checked"
            + " in from " + opens.atZone(zone).toLocalDateTime() + " to "
            + closes.atZone(zone).toLocalDateTime() + " (" + zone + ")");
      }
      ServiceQueue service = tx.findService(b.service()).orElseThrow();
      LocalDate today = today(now);
      ServiceDay day = tx.lockServiceDay(service.code(), today);
      int sequence = day.lastNumber() + 1;
      tx.updateServiceDay(new ServiceDay(service.code(), today, sequence, day.walkIns()));
      MutableTicket m = newTicket(tx, service, sequence, today, now, List.of());
      m.channel = Channel.BOOKING;
      m.state = TicketState.WAITING;
      m.booking = b.id();
      m.slotStart = b.date().atTime(b.sessionStart()).atZone(zone).toInstant();
      m.citizenHash = b.citizenHash();
      Ticket ticket = m.build();
      tx.insertTicket(ticket);
      record(tx, ticket, null, TicketCommand.CHECK_IN, options, now, null,
          EventType.TICKET_ISSUED, "booking");
      Booking checkedIn = changeBooking(tx, b, BookingState.CHECKED_IN, ticket.id(), now);
      tx.appendEvent(bookingEvent(EventType.BOOKING_CHECKED_IN, checkedIn, now));
      return ticket;
    });
  }

  /**
   * Gets a booking.
   *
   * @param id the booking id
   * @return the booking
   * @throws NotFoundException if it does not exist
   */
  public Booking getBooking(BookingId id) {
    Objects.requireNonNull(id, "id");
    return store.read(site, r -> r.findBooking(id))
        .orElseThrow(() -> new NotFoundException("booking", id.value()));
  }

  /**
   * Finds a booking by the code the visitor holds.
   *
   * @param code the booking code
   * @return the booking, or empty
   */
  public Optional<Booking> findBookingByCode(String code) {
    Objects.requireNonNull(code, "code");
    return store.read(site, r -> r.findBookingByCode(code));
  }

  /**
   * Lists bookings.
   *
   * @param query which
   * @return the bookings by date, session, creation time and id
   */
  public List<Booking> listBookings(BookingQuery query) {
    Objects.requireNonNull(query, "query");
    return store.read(site, r -> r.listBookings(query));
  }

  private Booking bookedBooking(QueueTransaction tx, String code) {
    Booking b = tx.lockBookingByCode(code)
        .orElseThrow(() -> new NotFoundException("booking", "with the given code"));
    if (b.state() != BookingState.BOOKED) {
      throw new ConflictException("booking_state", "booking " + b.id() + " is " + b.state()
          + "; only a BOOKED booking can be checked in or cancelled");
    }
    return b;
  }

  /** Moves a booked booking on; it no longer holds a place in its session unless checked in. */
  private Booking changeBooking(QueueTransaction tx, Booking b, BookingState state,
      TicketId ticket, Instant now) {
    Booking changed = new Booking(b.id(), b.site(), b.code(), b.service(), b.agency(), b.date(),
        b.sessionStart(), b.sessionEnd(), state, b.citizenHash(), b.createdAt(), now, ticket,
        b.version() + 1);
    tx.updateBooking(changed);
    if (!changed.active()) {
      SessionDay places = tx.lockSessionDay(b.service(), b.date(), b.sessionStart());
      tx.updateSessionDay(new SessionDay(b.service(), b.date(), b.sessionStart(),
          Math.max(0, places.booked() - 1)));
    }
    return changed;
  }

  private QueueEvent bookingEvent(EventType type, Booking b, Instant now) {
    return new QueueEvent(0, type, now, site, b.ticket(), null, b.agency(), b.service(), null,
        null, 0, b.id(), b.state().name());
  }

  private Instant checkInCloses(BookingPlan plan, LocalDate date, BookingSession session) {
    return date.atTime(session.end()).atZone(zone).toInstant().plus(plan.checkInGrace());
  }

  /** Whether a service is open for bookings on a date; a year without holiday data is not. */
  private static boolean open(WorkingCalendar cal, BookingPlan plan, LocalDate date) {
    if (plan.closedDates().contains(date) || !cal.hasHolidayData(date.getYear())) {
      return false;
    }
    try {
      return cal.isWorkingDay(date);
    } catch (HolidayDataMissingException e) {
      return false;
    }
  }

  private String newBookingCode() {
    char[] code = new char[8];
    for (int i = 0; i < code.length; i++) {
      code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
    }
    return "RSV-" + new String(code);
  }

  private WorkingCalendar calendar() {
    if (calendar == null) {
      throw new IllegalStateException("this desk has no WorkingCalendar; set one with"
          + " QueueDesk.builder().calendar(...) to take bookings");
    }
    return calendar;
  }

  // =============================================================== reading

  /**
   * Gets a ticket.
   *
   * @param id the ticket id
   * @return the ticket
   * @throws NotFoundException if it does not exist
   */
  public Ticket getTicket(TicketId id) {
    return findTicket(id).orElseThrow(() -> new NotFoundException("ticket", id.value()));
  }

  /**
   * Finds a ticket.
   *
   * @param id the ticket id
   * @return the ticket, or empty
   */
  public Optional<Ticket> findTicket(TicketId id) {
    Objects.requireNonNull(id, "id");
    return store.read(site, r -> r.findTicket(id));
  }

  /**
   * Lists tickets.
   *
   * @param query which
   * @return the tickets, ordered by day, issue time and id
   */
  public List<Ticket> listTickets(TicketQuery query) {
    Objects.requireNonNull(query, "query");
    return store.read(site, r -> r.listTickets(query));
  }

  /**
   * A ticket's audit log: every transition with who, which counter, when, why and the version.
   *
   * @param id the ticket id
   * @return the transitions in version order
   * @throws NotFoundException if the ticket does not exist
   */
  public List<TicketTransition> listTransitions(TicketId id) {
    List<TicketTransition> list = store.read(site, r -> r.listTransitions(id));
    if (list.isEmpty()) {
      throw new NotFoundException("ticket", id.value());
    }
    return list;
  }

  /**
   * A ticket with its position, the people ahead and the estimated waiting time (while queued).
   *
   * @param id the ticket id
   * @return the status
   * @throws NotFoundException if the ticket does not exist
   */
  public TicketStatus getStatus(TicketId id) {
    Objects.requireNonNull(id, "id");
    Instant now = clock.instant();
    return store.read(site, r -> {
      Ticket t = r.findTicket(id).orElseThrow(() -> new NotFoundException("ticket", id.value()));
      if (!t.queued()) {
        return new TicketStatus(t, 0, 0, null);
      }
      ServiceQueue service = r.findService(t.service()).orElseThrow();
      List<Ticket> queued = r.listTickets(TicketQuery.day(t.serviceDay()).service(t.service())
          .states(TicketState.WAITING, TicketState.DELAYED));
      List<Duration> samples = r.recentServingTimes(t.service(),
          now.minus(rules.ewtLookback()), rules.ewtSamples());
      WaitEstimate e = WaitEstimator.estimate(t, queued, r.listCounters(), service, samples,
          rules, now);
      return new TicketStatus(t, e.peopleAhead() + 1, e.peopleAhead(), e);
    });
  }

  /**
   * Lists the site's events after a cursor, to resume after a restart.
   *
   * @param afterCursor the last cursor handled; 0 for the beginning
   * @param limit at most this many
   * @return the events in cursor order
   */
  public List<QueueEvent> events(long afterCursor, int limit) {
    return store.read(site, r -> r.listEvents(afterCursor, limit));
  }

  /**
   * Computes the queue KPIs of a period: tickets per service and hour, waiting and serving time
   * p50/p90, no-show rate and the share served within target.
   *
   * @param query the period and agency
   * @return the KPIs per service
   */
  public QueueKpis kpis(KpiQuery query) {
    Objects.requireNonNull(query, "query");
    return store.read(site, r -> {
      List<Ticket> tickets = r.listTickets(TicketQuery.days(query.from(), query.to()));
      return KpiCalculator.compute(site, query, tickets, r.listServices(), zone);
    });
  }

  // =============================================================== sweep

  /**
   * Housekeeping, run every minute or so by the hub's scheduler: delayed tickets whose delay has
   * passed become callable; unconfirmed prints past the print timeout are cancelled; open tickets
   * of past days, and of agencies past their closing time, expire (their counters are freed);
   * bookings whose check-in window has closed expire; old history is purged. Correctness never depends on it: calls skip delayed and past-day
   * tickets on their own.
   *
   * @return what was done
   */
  public SweepReport sweep() {
    CommandOptions system = CommandOptions.system();
    int[] counts = new int[5];
    store.transact(site, tx -> {
      java.util.Arrays.fill(counts, 0);
      Instant now = clock.instant();
      LocalDate today = today(now);
      LocalTime time = LocalTime.ofInstant(now, zone);
      TicketQuery open = TicketQuery.days(LocalDate.EPOCH, today).states(TicketState.ISSUING,
          TicketState.WAITING, TicketState.DELAYED, TicketState.CALLED, TicketState.SERVING,
          TicketState.PARKED);
      for (Ticket t : tx.lockTickets(open)) {
        QueueAgency agency = tx.findAgency(t.agency()).orElse(null);
        boolean closed = t.serviceDay().isBefore(today) || (agency != null
            && agency.closesAt() != null && !time.isBefore(agency.closesAt()));
        if (closed) {
          end(tx, t, TicketCommand.EXPIRE, TicketState.EXPIRED, StepStatus.EXPIRED, system, now,
              EventType.TICKET_EXPIRED, null);
          counts[2]++;
        } else if (t.state() == TicketState.DELAYED && !t.callableAt().isAfter(now)) {
          delayElapsed(tx, t, now);
          counts[0]++;
        } else if (t.state() == TicketState.ISSUING
            && !now.isBefore(t.stateSince().plus(rules.printTimeout()))) {
          end(tx, t, TicketCommand.PRINT_TIMEOUT, TicketState.CANCELLED, StepStatus.CANCELLED,
              system, now, EventType.TICKET_CANCELLED, "print_timeout");
          counts[1]++;
        }
      }
      for (Booking b : tx.lockBookings(BookingQuery.dates(LocalDate.EPOCH, today)
          .states(BookingState.BOOKED))) {
        BookingPlan plan = tx.findBookingPlan(b.service()).orElse(null);
        Duration grace = plan == null ? Duration.ZERO : plan.checkInGrace();
        Instant closes = b.date().atTime(b.sessionEnd()).atZone(zone).toInstant().plus(grace);
        if (now.isAfter(closes)) {
          Booking expired = changeBooking(tx, b, BookingState.EXPIRED, null, now);
          tx.appendEvent(bookingEvent(EventType.BOOKING_EXPIRED, expired, now));
          counts[3]++;
        }
      }
      counts[4] = tx.purge(now.minus(rules.idempotencyRetention()),
          today.minusDays(rules.historyRetention().toDays()),
          now.minus(rules.historyRetention()));
      return null;
    });
    dispatch();
    return new SweepReport(counts[0], counts[1], counts[2], counts[3], counts[4]);
  }

  // =============================================================== plumbing

  /** The work of a command on one ticket. */
  @FunctionalInterface
  private interface TicketWork {
    Ticket apply(QueueTransaction tx, Ticket ticket, Instant now);
  }

  /** The work of a command. */
  @FunctionalInterface
  private interface Work<R> {
    R apply(QueueTransaction tx, Instant now);
  }

  private Ticket ticketCommand(TicketId id, CommandOptions options, TicketCommand command,
      String detail, TicketWork work) {
    Objects.requireNonNull(id, "ticket");
    checkOptions(options);
    return command(options, () -> command + "|" + id + detail, Ticket.class, (tx, now) -> {
      Ticket t = lockTicket(tx, id);
      Transitions.checkAccepts(t.number(), t.state(), command);
      if (command != TicketCommand.CANCEL) {
        checkToday(t, now);
      }
      return work.apply(tx, t, now);
    });
  }

  private Ticket lockTicket(QueueTransaction tx, TicketId id) {
    return tx.lockTicket(id).orElseThrow(() -> new NotFoundException("ticket", id.value()));
  }

  private void checkToday(Ticket t, Instant now) {
    if (t.serviceDay().isBefore(today(now))) {
      throw new ConflictException("day_over", "ticket " + t.number() + " belongs to "
          + t.serviceDay() + "; the day is over and it expires at the next sweep");
    }
  }

  /**
   * Runs a command in one transaction, once per idempotency key: a repeat with the same key and
   * command returns the stored result; the same key with another command is a conflict.
   */
  private <R extends WireDocument> R command(CommandOptions options,
      Supplier<String> fingerprinter, Class<R> type, Work<R> work) {
    String key = options.idempotencyKey();
    String fingerprint = key == null ? null : fingerprinter.get();
    R result;
    try {
      result = store.transact(site, tx -> {
        Instant now = clock.instant();
        if (key != null) {
          Optional<IdempotencyEntry> seen = tx.findIdempotencyKey(key);
          if (seen.isPresent()) {
            return replay(seen.get(), fingerprint, type);
          }
        }
        R done = work.apply(tx, now);
        if (key != null) {
          Optional<IdempotencyEntry> raced = tx.claimIdempotencyKey(
              new IdempotencyEntry(key, fingerprint, now, done));
          if (raced.isPresent()) {
            throw new Replayed(raced.get());
          }
        }
        return done;
      });
    } catch (Replayed r) {
      return replay(r.entry, fingerprint, type);
    }
    dispatch();
    return result;
  }

  private static <R> R replay(IdempotencyEntry entry, String fingerprint, Class<R> type) {
    if (!entry.fingerprint().equals(fingerprint) || !type.isInstance(entry.result())) {
      throw new ConflictException("idempotency_key_reused", "the idempotency key was already"
          + " used for another command; use a new key for a new action");
    }
    return type.cast(entry.result());
  }

  /** Unwinds a transaction whose key another transaction claimed first. */
  private static final class Replayed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient IdempotencyEntry entry;

    Replayed(IdempotencyEntry entry) {
      super(null, null, false, false);
      this.entry = entry;
    }
  }

  /** Applies a transition: checks the table, raises the version, writes, audits, records. */
  private Ticket apply(QueueTransaction tx, Ticket before, MutableTicket m,
      TicketCommand command, CommandOptions options, Instant now, CounterId counter,
      EventType event, String detail) {
    Transitions.check(before.number(), before.state(), command, m.state);
    m.version = before.version() + 1;
    m.stateSince = now;
    Ticket after = m.build();
    tx.updateTicket(after);
    record(tx, after, before.state(), command, options, now, counter, event, detail);
    return after;
  }

  private void record(QueueTransaction tx, Ticket after, TicketState from,
      TicketCommand command, CommandOptions options, Instant now, CounterId counter,
      EventType event, String detail) {
    tx.appendTransition(new TicketTransition(after.id(), after.version(), from, after.state(),
        command, options.actor(), counter, options.reason(), now, after.agency(),
        after.service(), after.step()));
    tx.appendEvent(new QueueEvent(0, event, now, site, after.id(), after.number(),
        after.agency(), after.service(), counter, after.state(), after.version(),
        after.booking(), detail));
  }

  /** Delivers committed events to the listeners, in cursor order, one thread at a time. */
  private void dispatch() {
    if (listeners.isEmpty() || dispatching.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      List<QueueEvent> batch;
      do {
        long after = delivered;
        batch = store.read(site, r -> r.listEvents(after, EVENT_BATCH));
        for (QueueEvent e : batch) {
          for (QueueListener l : listeners) {
            try {
              l.onEvent(e);
            } catch (RuntimeException ex) {
              LOG.log(System.Logger.Level.WARNING, "queue listener " + l.getClass().getName()
                  + " failed on event " + e.cursor() + " (" + e.type() + ")", ex);
            }
          }
          delivered = e.cursor();
        }
      } while (batch.size() == EVENT_BATCH);
      missed = dispatching.addAndGet(-missed);
    } while (missed != 0);
  }

  private WeightedRound round(CounterDefinition d) {
    return rounds.computeIfAbsent(d.services(), WeightedRound::of);
  }

  private String nextId() {
    String id = ids.get();
    if (id == null) {
      throw new IllegalStateException("the id generator returned null");
    }
    return id;
  }

  private LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, zone);
  }

  private static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
  }

  private PersonalDataHasher hasher() {
    if (hasher == null) {
      throw new IllegalStateException("this desk has no PersonalDataHasher; set one with"
          + " QueueDesk.builder().hasher(...) to accept a NIK");
    }
    return hasher;
  }

  private void checkPosition(Position position) {
    Objects.requireNonNull(position, "position");
    if (position == Position.UNKNOWN) {
      throw invalid("position", "queue.value.unknown");
    }
  }

  private void checkOptions(CommandOptions options) {
    Objects.requireNonNull(options, "options");
    if (options.idempotencyKey() == null && options.reason() == null
        && options.actor().kind() != ActorKind.UNKNOWN) {
      return;
    }
    List<Violation> violations = new ArrayList<>();
    if (options.actor().kind() == ActorKind.UNKNOWN) {
      violations.add(violation("actor.kind", "queue.value.unknown"));
    }
    String key = options.idempotencyKey();
    if (key != null && (key.isEmpty() || key.length() > 255 || hasControl(key))) {
      violations.add(violation("idempotencyKey", "queue.key.format"));
    }
    String reason = options.reason();
    if (reason != null && (reason.length() > 500 || hasControl(reason))) {
      violations.add(violation("reason", "queue.reason.format"));
    }
    throwIfAny(violations);
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private Violation violation(String field, String key) {
    return new Violation(field, key, MppValidator.message(key, locale));
  }

  private MppValidationException invalid(String field, String key) {
    return new MppValidationException(List.of(violation(field, key)));
  }

  private static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
  }

  @Override
  public String toString() {
    return "QueueDesk[" + site + ", " + zone + ", " + store + "]";
  }

  /**
   * Builds a {@link QueueDesk}. {@link #build()} checks every setting and names the missing or
   * bad one. Not thread-safe.
   */
  public static final class Builder {
    private SiteId site;
    private ZoneId zone;
    private Clock clock;
    private QueueStore store;
    private Supplier<String> ids;
    private final List<QueueListener> listeners = new ArrayList<>();
    private QueueRules rules = QueueRules.defaults();
    private PersonalDataHasher hasher;
    private WorkingCalendar calendar;
    private Locale locale = MppValidator.ENGLISH;
    private IssueGate gate = IssueGate.OPEN;

    private Builder() {
    }

    /**
     * Sets the site and its zone (required).
     *
     * @param site the site
     * @param zone the site's zone, for example {@code Asia/Jakarta} (WIB), {@code Asia/Makassar}
     *     (WITA) or {@code Asia/Jayapura} (WIT)
     * @return this builder
     */
    public Builder site(SiteId site, ZoneId zone) {
      this.site = site;
      this.zone = zone;
      return this;
    }

    /**
     * Sets the clock (required); tests use {@link id.mpp.sdk.time.ManualClock}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the store; the default is a new {@link QueueStore#inMemory()}.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(QueueStore store) {
      this.store = store;
      return this;
    }

    /**
     * Sets the id generator for tickets and bookings; it must return unique ids of 1–64
     * letters, digits, {@code _} or {@code -}, also across hub instances sharing a store. The
     * default combines a random prefix and a counter.
     *
     * @param ids the generator
     * @return this builder
     */
    public Builder ids(Supplier<String> ids) {
      this.ids = ids;
      return this;
    }

    /**
     * Adds a listener for the site's events.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(QueueListener listener) {
      this.listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sets the queue rules; the default is {@link QueueRules#defaults()}.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder rules(QueueRules rules) {
      this.rules = rules;
      return this;
    }

    /**
     * Sets the keyed hasher for NIKs (required to accept a NIK on a ticket or booking). Use the
     * same key in every hub instance sharing a store.
     *
     * @param hasher the hasher
     * @return this builder
     */
    public Builder hasher(PersonalDataHasher hasher) {
      this.hasher = hasher;
      return this;
    }

    /**
     * Sets the working calendar of bookings (holidays, cuti bersama, closed dates, Saturdays);
     * its zone must be the site's. The default is the bundled calendar of the site's zone
     * ({@link WorkingCalendar#builder()}), when that zone is Indonesian; without a calendar the
     * desk takes no bookings.
     *
     * @param calendar the calendar
     * @return this builder
     */
    public Builder calendar(WorkingCalendar calendar) {
      this.calendar = calendar;
      return this;
    }

    /**
     * Sets the locale of validation messages ({@link MppValidator#INDONESIAN} or
     * {@link MppValidator#ENGLISH}, the default).
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    /**
     * Sets the gate asked before each walk-in ticket; the default {@link IssueGate#OPEN} never
     * refuses. {@code MppHub} installs one that refuses agencies whose adapter is DOWN.
     *
     * @param issueGate the gate
     * @return this builder
     */
    public Builder issueGate(IssueGate issueGate) {
      this.gate = Objects.requireNonNull(issueGate, "issueGate");
      return this;
    }

    /**
     * Builds the desk.
     *
     * @return the desk
     * @throws IllegalStateException naming the first missing setting
     */
    public QueueDesk build() {
      require(site != null, "site");
      require(zone != null, "site zone");
      require(clock != null, "clock");
      require(rules != null, "rules");
      require(locale != null, "locale");
      if (store == null) {
        store = QueueStore.inMemory();
      }
      if (ids == null) {
        ids = new DefaultIds();
      }
      if (calendar == null) {
        try {
          calendar = WorkingCalendar.builder().zone(zone).build();
        } catch (MppValidationException notIndonesian) {
          calendar = null;
        }
      } else if (!calendar.zone().equals(zone)) {
        throw new IllegalStateException("QueueDesk.builder(): the calendar's zone "
            + calendar.zone() + " is not the site's zone " + zone);
      }
      return new QueueDesk(this);
    }

    private static void require(boolean present, String name) {
      if (!present) {
        throw new IllegalStateException("QueueDesk.builder(): " + name + " is required");
      }
    }
  }
}
