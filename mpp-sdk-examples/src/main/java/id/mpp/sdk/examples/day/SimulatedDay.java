package id.mpp.sdk.examples.day;

import id.mpp.sdk.AgencyDownException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.Catalogue;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.http.AgencyHttpClients;
import id.mpp.sdk.hub.MppHub;
import id.mpp.sdk.queue.Actor;
import id.mpp.sdk.queue.Booking;
import id.mpp.sdk.queue.BookingPlan;
import id.mpp.sdk.queue.BookingRequest;
import id.mpp.sdk.queue.BookingSession;
import id.mpp.sdk.queue.CommandOptions;
import id.mpp.sdk.queue.CounterDefinition;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.CounterKind;
import id.mpp.sdk.queue.CounterService;
import id.mpp.sdk.queue.IssueRequest;
import id.mpp.sdk.queue.PriorityClass;
import id.mpp.sdk.queue.QueueAgency;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.queue.TicketState;
import id.mpp.sdk.survey.SkmElement;
import id.mpp.sdk.survey.SkmResponse;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.testkit.simulator.FaultKind;
import id.mpp.sdk.testkit.simulator.FaultPlan;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.time.SiteZone;
import id.mpp.sdk.validation.PersonalDataHasher;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * One compressed MPP day on the embedded defaults: the agency simulators on loopback, a hub with
 * their adapters (found by ServiceLoader), counters, a seeded day of bookings and walk-ins, the
 * tracker's outbox and polls, SKM responses. Time is a {@link ManualClock} moved from event to
 * event; only the optional pacing waits in real time. Run by one thread.
 */
final class SimulatedDay implements AutoCloseable {

  static final ZoneId WIB = SiteZone.WIB.zoneId();
  static final LocalDate DATE = LocalDate.of(2026, 3, 2);
  static final SiteId SITE = SiteId.of("mpp-kota-bandar-lampung");
  static final LocalTime START = LocalTime.of(7, 0);
  static final LocalTime OPEN = LocalTime.of(8, 0);
  static final LocalTime LAST_CALL = LocalTime.of(15, 35);
  static final LocalTime CLOSE = LocalTime.of(16, 0);
  static final LocalTime END = LocalTime.of(17, 0);

  private static final CommandOptions OFFICER = CommandOptions.by(Actor.officer("petugas"));
  private static final CommandOptions KIOSK = CommandOptions.by(Actor.kiosk("anjungan-1"));
  private static final CommandOptions CITIZEN = CommandOptions.by(Actor.citizen("app"));
  private static final Duration WALK_TO_COUNTER = Duration.ofMinutes(1);

  /** A moment of the day and what happens then; ties run in scheduling order. */
  private record Event(Instant at, long order, Runnable action) implements Comparable<Event> {
    @Override
    public int compareTo(Event o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : Long.compare(order, o.order);
    }
  }

  private final DayOptions options;
  private final ManualClock clock = ManualClock.at(DATE.atTime(START), WIB);
  private final Map<AgencyId, AgencySimulator> simulators = new LinkedHashMap<>();
  private final List<String> skipped = new ArrayList<>();
  private final AgencyHttpClients http;
  private final MppHub hub;
  private final List<Visitor> visitors;
  private final List<CounterId> counters = new ArrayList<>();
  private final DayLedger ledger = new DayLedger();
  private final PriorityQueue<Event> events = new PriorityQueue<>();
  private final Map<TicketId, Visitor> byTicket = new HashMap<>();
  private final Map<Visitor, Booking> bookings = new HashMap<>();
  private final Map<CounterId, Ticket> atCounter = new LinkedHashMap<>();
  private final Map<AgencyId, AgencyEntry> entries = new LinkedHashMap<>();
  private long order;

  /**
   * Starts the simulators and builds the hub.
   *
   * @param options the run's options
   */
  SimulatedDay(DayOptions options) {
    this(options, DayProbe.NONE);
  }

  /**
   * Starts the simulators and builds the hub, reporting to the probe's listeners.
   *
   * @param options the run's options
   * @param probe the listeners of the hub's calls, queue and tracking
   */
  SimulatedDay(DayOptions options, DayProbe probe) {
    this.options = options;
    DayAgencies.all().forEach(e -> entries.put(e.agency(), e));
    this.visitors = new VisitorDraw(options.seed(), DATE).draw(options.visitors(),
        List.copyOf(entries.values()));
    Map<String, String> settings = new LinkedHashMap<>();
    try {
      for (AgencyEntry e : entries.values()) {
        e.findSimulator().ifPresent(factory -> {
          AgencySimulator s = factory.apply(clock);
          simulators.put(e.agency(), s);
          s.start();
          s.reset(options.seed());
          e.data().accept(s, visitors);
          if (options.faultRate() > 0) {
            s.inject(faults(options.faultRate(), options.seed()));
          }
          e.settings().apply(s).forEach((k, v) -> settings.put(
              AdapterRegistry.PROPERTY_PREFIX + e.agency().value() + "." + k, v));
        });
      }
      this.http = AgencyHttpClients.builder().clock(clock).sleeper(clock::advance)
          .listener(probe.calls()).build();
      MppHub.Builder b = MppHub.builder().site(site(options), "1871")
          .siteName("MPP Kota Bandar Lampung (simulasi)").zone(WIB).clock(clock)
          .catalogue(Catalogue.sample()).httpClients(http).properties(settings)
          .discoverAdapters(false)
          .customizeQueue(q -> q.hasher(PersonalDataHasher.withKey(hashKey(options.seed())))
              .listener(probe.queue()))
          .customizeTracker(t -> t.listener(probe.tracking()));
      if (options.jdbcUrl() != null) {
        b.jdbcUrl(options.jdbcUrl(), options.jdbcUser(),
            options.jdbcPassword() == null ? null : Secret.of(options.jdbcPassword()));
      }
      for (AgencyAdapterProvider<?> p : AdapterRegistry.discover(
          SimulatedDay.class.getClassLoader())) {
        if (simulators.containsKey(p.descriptor().agencyId())) {
          b.adapter(p);
        } else {
          skipped.add(p.descriptor().agencyId().value());
        }
      }
      this.hub = b.build();
    } catch (RuntimeException e) {
      simulators.values().forEach(AgencySimulator::close);
      throw e;
    }
  }

  /** The NIK hashing key of the day: 32 bytes from the seed (a real MPP keeps a secret key). */
  private static byte[] hashKey(long seed) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256")
          .digest(("mpp-day-" + seed).getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A database keeps earlier days: each run there gets a site of its own. */
  private static SiteId site(DayOptions options) {
    return options.jdbcUrl() == null ? SITE
        : SiteId.of(SITE.value() + "-" + Long.toString(System.currentTimeMillis(), 36));
  }

  private static FaultPlan faults(double rate, long seed) {
    return FaultPlan.builder().rate(FaultKind.CONNECTION_RESET, rate * 0.4)
        .rate(FaultKind.SERVICE_UNAVAILABLE, rate * 0.3)
        .rate(FaultKind.CONNECTION_RESET_AFTER_PROCESSING, rate * 0.3).seed(seed).build();
  }

  /** @return the hub */
  MppHub hub() {
    return hub;
  }

  /** @return the simulators, by agency */
  Map<AgencyId, AgencySimulator> simulators() {
    return simulators;
  }

  /** @return the agency ids of adapters on the class path that the day does not simulate */
  List<String> skippedAdapters() {
    return skipped;
  }

  /** @return the day's own counts */
  DayLedger ledger() {
    return ledger;
  }

  /** @return the counters, in opening order */
  List<CounterId> counters() {
    return counters;
  }

  /** @return the ticket each busy counter has, by counter */
  Map<CounterId, Ticket> atCounter() {
    return atCounter;
  }

  /** @return the visitors of the day */
  List<Visitor> visitors() {
    return visitors;
  }

  /** @return the day's clock */
  ManualClock clock() {
    return clock;
  }

  /**
   * Runs the day to {@link #END}.
   *
   * @param onMinute called once per simulated minute (the live board)
   */
  void run(Consumer<SimulatedDay> onMinute) {
    openSite();
    for (Visitor v : visitors) {
      ledger.visitors++;
      if (v.booked()) {
        book(v);
      }
      at(v.arrival(), () -> arrive(v));
    }
    for (CounterId c : counters) {
      at(OPEN, () -> counterFree(c));
    }
    for (LocalTime t = OPEN; !t.isAfter(END); t = t.plusMinutes(1)) {
      LocalTime minute = t;
      at(t, () -> {
        hub.tracker().runOutboxOnce();
        if (minute.getMinute() % 10 == 0) {
          hub.tracker().pollOnce();
        }
        if (minute.getMinute() == 0) {
          hub.tracker().checkSlaOnce();
        }
        onMinute.accept(this);
      });
    }
    at(CLOSE, () -> {
      hub.queue().sweep();
      counters.forEach(c -> hub.queue().closeCounter(c, OFFICER));
    });
    Pacer pacer = new Pacer(options.speed(), clock.instant());
    while (!events.isEmpty()) {
      Event e = events.poll();
      if (e.at().isAfter(clock.instant())) {
        clock.set(e.at());
      }
      pacer.await(clock.instant());
      e.action().run();
    }
  }

  private void openSite() {
    QueueDesk desk = hub.queue();
    Catalogue catalogue = hub.catalogue();
    int[] share = counterShares();
    int agencyIndex = 0;
    int number = 0;
    char prefix = 'A';
    for (AgencyEntry e : entries.values()) {
      desk.createAgency(new QueueAgency(e.agency(), catalogue.getAgency(e.agency()).shortName(),
          e.displayZone(), CLOSE));
      List<CounterService> served = new ArrayList<>();
      for (ServiceCode code : e.services()) {
        String name = catalogue.getService(code).name();
        desk.createService(new ServiceQueue(code, e.agency(),
            name.length() > 120 ? name.substring(0, 120) : name, String.valueOf(prefix++), 3, 0,
            Duration.ofMinutes(30), Duration.ofMinutes(15),
            EnumSet.of(PriorityClass.LANSIA, PriorityClass.DISABILITAS)));
        desk.setBookingPlan(new BookingPlan(code, 7, Duration.ofMinutes(30),
            Duration.ofMinutes(15), List.of(
                new BookingSession(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(10, 0), 40),
                new BookingSession(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
                    40),
                new BookingSession(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(15, 0),
                    40)), java.util.Set.of()));
        served.add(CounterService.of(code));
      }
      for (int i = 0; i < share[agencyIndex]; i++) {
        number++;
        CounterId id = CounterId.of(e.agency().value() + "-loket-" + (i + 1));
        desk.createCounter(new CounterDefinition(id, e.agency(), number, "Loket " + number,
            CounterKind.LOKET, null, served));
        desk.openCounter(id, OFFICER);
        counters.add(id);
      }
      agencyIndex++;
    }
  }

  /** Shares the counters by weight, one at least per agency (largest remainder). */
  private int[] counterShares() {
    List<AgencyEntry> list = List.copyOf(entries.values());
    int total = list.stream().mapToInt(AgencyEntry::weight).sum();
    int spare = options.counters() - list.size();
    int[] share = new int[list.size()];
    double[] rest = new double[list.size()];
    int given = 0;
    for (int i = 0; i < list.size(); i++) {
      double exact = spare * (double) list.get(i).weight() / total;
      share[i] = 1 + (int) exact;
      rest[i] = exact - (int) exact;
      given += (int) exact;
    }
    for (; given < spare; given++) {
      int best = 0;
      for (int i = 1; i < rest.length; i++) {
        best = rest[i] > rest[best] ? i : best;
      }
      share[best]++;
      rest[best] = -1;
    }
    return share;
  }

  private void book(Visitor v) {
    LocalTime session = v.arrival().isBefore(LocalTime.of(10, 0)) ? LocalTime.of(8, 0)
        : v.arrival().isBefore(LocalTime.of(12, 0)) ? LocalTime.of(10, 0) : LocalTime.of(13, 0);
    try {
      bookings.put(v, hub.queue().book(new BookingRequest(v.service(), DATE, session, v.nik()),
          CITIZEN));
      ledger.bookings++;
    } catch (MppException full) {
      // the session is full or over: the visitor walks in instead
      ledger.absorbed.add(full);
    }
  }

  private void arrive(Visitor v) {
    ledger.arrived++;
    Ticket ticket;
    try {
      Booking booking = bookings.get(v);
      if (booking != null) {
        ticket = hub.queue().checkIn(booking.code(), KIOSK);
        ledger.checkIns++;
      } else {
        ticket = hub.queue().issue(IssueRequest.walkIn(v.service()).priority(v.priority())
            .nik(v.nik()), KIOSK);
        ledger.walkIns++;
      }
    } catch (AgencyDownException down) {
      ledger.refused++;
      ledger.absorbed.add(down);
      return;
    }
    byTicket.put(ticket.id(), v);
    after(v.patience(), () -> giveUp(ticket.id()));
  }

  private void giveUp(TicketId id) {
    TicketState state = hub.queue().getTicket(id).state();
    if (state == TicketState.WAITING || state == TicketState.DELAYED) {
      hub.queue().cancel(id, CITIZEN);
      ledger.gaveUp++;
    }
  }

  private void counterFree(CounterId counter) {
    atCounter.remove(counter);
    if (!time().isBefore(LAST_CALL)) {
      return;
    }
    hub.queue().callNext(counter, OFFICER).calledTicket().ifPresentOrElse(ticket -> {
      atCounter.put(counter, ticket);
      Visitor v = byTicket.get(ticket.id());
      if (v.absentWhenCalled()) {
        after(Duration.ofMinutes(2), () -> hub.queue().recall(ticket.id(), OFFICER));
        after(Duration.ofMinutes(4), () -> {
          hub.queue().markNoShow(ticket.id(), OFFICER);
          counterFree(counter);
        });
        return;
      }
      after(WALK_TO_COUNTER, () -> hub.queue().startServing(ticket.id(), OFFICER));
      after(WALK_TO_COUNTER.plus(v.serviceTime()), () -> serve(counter, ticket, v));
    }, () -> after(Duration.ofMinutes(1), () -> counterFree(counter)));
  }

  private void serve(CounterId counter, Ticket ticket, Visitor v) {
    AgencyEntry entry = v.entry();
    entry.work().serve(new Visit(hub, ticket, v, counter, simulators.get(entry.agency()),
        ledger));
    Ticket done = hub.queue().finish(ticket.id(), OFFICER);
    if (v.ratesService()) {
      rate(done, v);
    }
    counterFree(counter);
  }

  private void rate(Ticket ticket, Visitor v) {
    SkmResponse.Builder b = SkmResponse.builder().ticket(ticket).answeredAt(clock.instant());
    int element = 0;
    for (SkmElement e : SkmElement.nine()) {
      b.score(e, VisitorDraw.score(v.index(), element++));
    }
    hub.survey().record(b.build());
    ledger.skmResponses++;
  }

  private LocalTime time() {
    return LocalTime.ofInstant(clock.instant(), WIB);
  }

  private void at(LocalTime time, Runnable action) {
    events.add(new Event(DATE.atTime(time).atZone(WIB).toInstant(), order++, action));
  }

  private void after(Duration delay, Runnable action) {
    events.add(new Event(clock.instant().plus(delay), order++, action));
  }

  /** Closes the hub, then the simulators. */
  @Override
  public void close() {
    hub.close();
    http.close();
    simulators.values().forEach(AgencySimulator::close);
  }
}
