package id.mpp.sdk.internal.queue;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.Announcement;
import id.mpp.sdk.queue.Booking;
import id.mpp.sdk.queue.BookingId;
import id.mpp.sdk.queue.BookingPlan;
import id.mpp.sdk.queue.BookingQuery;
import id.mpp.sdk.queue.BookingState;
import id.mpp.sdk.queue.Counter;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.HeadQuery;
import id.mpp.sdk.queue.IdempotencyEntry;
import id.mpp.sdk.queue.JourneyStep;
import id.mpp.sdk.queue.PriorityClass;
import id.mpp.sdk.queue.QueueAgency;
import id.mpp.sdk.queue.QueueEvent;
import id.mpp.sdk.queue.QueueReader;
import id.mpp.sdk.queue.QueueStore;
import id.mpp.sdk.queue.QueueTransaction;
import id.mpp.sdk.queue.RankBounds;
import id.mpp.sdk.queue.ServiceDay;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.SessionDay;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.queue.TicketQuery;
import id.mpp.sdk.queue.TicketState;
import id.mpp.sdk.queue.TicketTransition;
import id.mpp.sdk.queue.ZoneState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The embedded {@link QueueStore}: every site's data in plain collections guarded by one lock
 * per site. A transaction writes through and keeps an undo log; when its work throws, the log
 * is replayed backwards, so nothing it wrote survives. Readers take the same lock, so they see
 * committed data only.
 */
public final class InMemoryQueueStore implements QueueStore {

  private static final int SAMPLES_PER_SERVICE = 1000;
  private static final Comparator<Ticket> LIST_ORDER = Comparator
      .comparing(Ticket::serviceDay)
      .thenComparing(Ticket::issuedAt)
      .thenComparing(t -> t.id().value());
  private static final Comparator<Booking> BOOKING_ORDER = Comparator
      .comparing(Booking::date)
      .thenComparing(Booking::sessionStart)
      .thenComparing(Booking::createdAt)
      .thenComparing(b -> b.id().value());

  private final ConcurrentHashMap<SiteId, Site> sites = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryQueueStore() {
  }

  @Override
  public <T> T read(SiteId site, Function<? super QueueReader, ? extends T> work) {
    Objects.requireNonNull(work, "work");
    Site s = site(site);
    s.lock.lock();
    try {
      View view = new View(s);
      try {
        return work.apply(view);
      } finally {
        view.open = false;
      }
    } finally {
      s.lock.unlock();
    }
  }

  @Override
  public <T> T transact(SiteId site, Function<? super QueueTransaction, ? extends T> work) {
    Objects.requireNonNull(work, "work");
    Site s = site(site);
    s.lock.lock();
    try {
      Tx tx = new Tx(s);
      boolean committed = false;
      try {
        T result = work.apply(tx);
        committed = true;
        return result;
      } finally {
        tx.open = false;
        if (!committed) {
          tx.rollback();
        }
      }
    } finally {
      s.lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "InMemoryQueueStore[sites=" + sites.size() + "]";
  }

  private Site site(SiteId id) {
    Objects.requireNonNull(id, "site");
    Site s = sites.get(id);
    return s != null ? s : sites.computeIfAbsent(id, k -> new Site());
  }

  // ---------------------------------------------------------------- data

  private record DayKey(ServiceCode service, LocalDate day) {
  }

  private record NumberKey(ServiceCode service, LocalDate day, int sequence) {
  }

  private record SessionKey(ServiceCode service, LocalDate date, LocalTime start) {
  }

  private record ActiveKey(String citizenHash, ServiceCode service, LocalDate date) {
  }

  private record Sample(Instant endedAt, Duration duration) {
  }

  /** Order within a lane: rank, then id. */
  private record OrderKey(long rank, String id) implements Comparable<OrderKey> {
    @Override
    public int compareTo(OrderKey o) {
      int c = Long.compare(rank, o.rank);
      return c != 0 ? c : id.compareTo(o.id);
    }
  }

  /** Order within the booked lane: slot, rank, then id. */
  private record SlotKey(Instant slot, long rank, String id) implements Comparable<SlotKey> {
    @Override
    public int compareTo(SlotKey o) {
      int c = slot.compareTo(o.slot);
      if (c != 0) {
        return c;
      }
      c = Long.compare(rank, o.rank);
      return c != 0 ? c : id.compareTo(o.id);
    }
  }

  /** The queued tickets of one service on one day. */
  private static final class Lanes {
    final TreeMap<OrderKey, TicketId> priority = new TreeMap<>();
    final TreeMap<OrderKey, TicketId> regular = new TreeMap<>();
    final TreeMap<SlotKey, TicketId> booked = new TreeMap<>();

    boolean isEmpty() {
      return priority.isEmpty() && regular.isEmpty();
    }
  }

  private static final class Site {
    final ReentrantLock lock = new ReentrantLock();
    final TreeMap<AgencyId, QueueAgency> agencies = new TreeMap<>();
    final TreeMap<ServiceCode, ServiceQueue> services = new TreeMap<>();
    final HashMap<ServiceCode, BookingPlan> plans = new HashMap<>();
    final TreeMap<CounterId, Counter> counters = new TreeMap<>();
    final HashMap<TicketId, Ticket> tickets = new HashMap<>();
    final HashMap<NumberKey, TicketId> numbers = new HashMap<>();
    final TreeMap<LocalDate, LinkedHashSet<TicketId>> byDay = new TreeMap<>();
    final HashMap<DayKey, Lanes> lanes = new HashMap<>();
    final HashMap<TicketId, ArrayList<TicketTransition>> transitions = new HashMap<>();
    final HashMap<ServiceCode, ArrayDeque<Sample>> samples = new HashMap<>();
    final HashMap<DayKey, ServiceDay> serviceDays = new HashMap<>();
    final HashMap<BookingId, Booking> bookings = new HashMap<>();
    final HashMap<String, BookingId> bookingCodes = new HashMap<>();
    final HashMap<ActiveKey, BookingId> activeBookings = new HashMap<>();
    final HashMap<SessionKey, SessionDay> sessionDays = new HashMap<>();
    final HashMap<String, IdempotencyEntry> keys = new HashMap<>();
    final ArrayList<QueueEvent> events = new ArrayList<>();
    long lastCursor;
    final HashMap<String, ZoneState> zones = new HashMap<>();
    final HashMap<String, ArrayList<Announcement>> announcements = new HashMap<>();
  }

  // ---------------------------------------------------------------- reads

  private static class View implements QueueReader {
    final Site s;
    boolean open = true;

    View(Site s) {
      this.s = s;
    }

    final void check() {
      if (!open) {
        throw new IllegalStateException("the store transaction has ended");
      }
    }

    @Override
    public Optional<QueueAgency> findAgency(AgencyId id) {
      check();
      return Optional.ofNullable(s.agencies.get(id));
    }

    @Override
    public List<QueueAgency> listAgencies() {
      check();
      return List.copyOf(s.agencies.values());
    }

    @Override
    public Optional<ServiceQueue> findService(ServiceCode code) {
      check();
      return Optional.ofNullable(s.services.get(code));
    }

    @Override
    public List<ServiceQueue> listServices() {
      check();
      return List.copyOf(s.services.values());
    }

    @Override
    public Optional<BookingPlan> findBookingPlan(ServiceCode service) {
      check();
      return Optional.ofNullable(s.plans.get(service));
    }

    @Override
    public Optional<Counter> findCounter(CounterId id) {
      check();
      return Optional.ofNullable(s.counters.get(id));
    }

    @Override
    public List<Counter> listCounters() {
      check();
      return List.copyOf(s.counters.values());
    }

    @Override
    public Optional<Ticket> findTicket(TicketId id) {
      check();
      return Optional.ofNullable(s.tickets.get(id));
    }

    @Override
    public List<Ticket> listTickets(TicketQuery query) {
      check();
      List<Ticket> found = new ArrayList<>();
      if (query.service() != null && !query.states().isEmpty()
          && query.states().stream().allMatch(st -> st == TicketState.WAITING
              || st == TicketState.DELAYED)) {
        for (LocalDate d = query.fromDay(); !d.isAfter(query.toDay()); d = d.plusDays(1)) {
          Lanes lanes = s.lanes.get(new DayKey(query.service(), d));
          if (lanes != null) {
            addMatching(lanes.priority.values(), query, found);
            addMatching(lanes.regular.values(), query, found);
          }
        }
      } else {
        for (Set<TicketId> ids : s.byDay.subMap(query.fromDay(), true, query.toDay(), true)
            .values()) {
          addMatching(ids, query, found);
        }
      }
      found.sort(LIST_ORDER);
      return found.size() > query.limit() ? List.copyOf(found.subList(0, query.limit()))
          : List.copyOf(found);
    }

    private void addMatching(Collection<TicketId> ids, TicketQuery query, List<Ticket> into) {
      for (TicketId id : ids) {
        Ticket t = s.tickets.get(id);
        if (t != null && query.matches(t)) {
          into.add(t);
        }
      }
    }

    @Override
    public List<TicketTransition> listTransitions(TicketId ticket) {
      check();
      List<TicketTransition> list = s.transitions.get(ticket);
      return list == null ? List.of() : List.copyOf(list);
    }

    @Override
    public List<Duration> recentServingTimes(ServiceCode service, Instant since, int limit) {
      check();
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1");
      }
      ArrayDeque<Sample> samples = s.samples.get(service);
      if (samples == null) {
        return List.of();
      }
      List<Sample> found = new ArrayList<>();
      for (Sample sample : samples) {
        if (!sample.endedAt().isBefore(since)) {
          found.add(sample);
        }
      }
      found.sort(Comparator.comparing(Sample::endedAt).reversed());
      return found.stream().limit(limit).map(Sample::duration).toList();
    }

    @Override
    public Optional<ServiceDay> findServiceDay(ServiceCode service, LocalDate day) {
      check();
      return Optional.ofNullable(s.serviceDays.get(new DayKey(service, day)));
    }

    @Override
    public Optional<Booking> findBooking(BookingId id) {
      check();
      return Optional.ofNullable(s.bookings.get(id));
    }

    @Override
    public Optional<Booking> findBookingByCode(String code) {
      check();
      BookingId id = s.bookingCodes.get(code);
      return id == null ? Optional.empty() : Optional.ofNullable(s.bookings.get(id));
    }

    @Override
    public List<Booking> listBookings(BookingQuery query) {
      check();
      List<Booking> found = new ArrayList<>();
      for (Booking b : s.bookings.values()) {
        if (query.matches(b)) {
          found.add(b);
        }
      }
      found.sort(BOOKING_ORDER);
      return List.copyOf(found);
    }

    @Override
    public Optional<SessionDay> findSessionDay(ServiceCode service, LocalDate date,
        LocalTime sessionStart) {
      check();
      return Optional.ofNullable(s.sessionDays.get(new SessionKey(service, date, sessionStart)));
    }

    @Override
    public Optional<IdempotencyEntry> findIdempotencyKey(String key) {
      check();
      return Optional.ofNullable(s.keys.get(key));
    }

    @Override
    public long lastEventCursor() {
      check();
      return s.lastCursor;
    }

    @Override
    public List<QueueEvent> listEvents(long afterCursor, int limit) {
      check();
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1");
      }
      List<QueueEvent> events = s.events;
      if (events.isEmpty()) {
        return List.of();
      }
      long first = events.get(0).cursor();
      int from = (int) Math.max(0, afterCursor + 1 - first);
      if (from >= events.size()) {
        return List.of();
      }
      return List.copyOf(events.subList(from, (int) Math.min(events.size(), (long) from + limit)));
    }

    @Override
    public List<Announcement> listAnnouncements(String zone, long afterSequence, int limit) {
      check();
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1");
      }
      List<Announcement> list = s.announcements.get(zone);
      if (list == null) {
        return List.of();
      }
      List<Announcement> found = new ArrayList<>();
      for (Announcement a : list) {
        if (a.sequence() > afterSequence) {
          found.add(a);
          if (found.size() == limit) {
            break;
          }
        }
      }
      return List.copyOf(found);
    }

    @Override
    public List<Announcement> latestAnnouncements(String zone, int limit) {
      check();
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1");
      }
      List<Announcement> list = s.announcements.get(zone);
      if (list == null) {
        return List.of();
      }
      List<Announcement> found = new ArrayList<>();
      for (int i = list.size() - 1; i >= 0 && found.size() < limit; i--) {
        found.add(list.get(i));
      }
      return List.copyOf(found);
    }
  }

  // ---------------------------------------------------------------- writes

  private static final class Tx extends View implements QueueTransaction {
    private final ArrayDeque<Runnable> undo = new ArrayDeque<>();

    Tx(Site s) {
      super(s);
    }

    void rollback() {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
    }

    private <K, V> void put(Map<K, V> map, K key, V value) {
      V old = map.put(key, value);
      undo.push(old == null ? () -> map.remove(key) : () -> map.put(key, old));
    }

    private <K, V> void remove(Map<K, V> map, K key) {
      V old = map.remove(key);
      if (old != null) {
        undo.push(() -> map.put(key, old));
      }
    }

    @Override
    public void putAgency(QueueAgency agency) {
      check();
      put(s.agencies, agency.id(), agency);
    }

    @Override
    public void putService(ServiceQueue service) {
      check();
      put(s.services, service.code(), service);
    }

    @Override
    public void putBookingPlan(BookingPlan plan) {
      check();
      put(s.plans, plan.service(), plan);
    }

    @Override
    public void insertCounter(Counter counter) {
      check();
      if (s.counters.containsKey(counter.id())) {
        throw new ConflictException("duplicate_counter",
            "counter '" + counter.id() + "' already exists");
      }
      if (counter.version() != 1) {
        throw new IllegalArgumentException("a new counter has version 1");
      }
      put(s.counters, counter.id(), counter);
    }

    @Override
    public Optional<Counter> lockCounter(CounterId id) {
      return findCounter(id);
    }

    @Override
    public void updateCounter(Counter counter) {
      check();
      Counter old = s.counters.get(counter.id());
      if (old == null || old.version() + 1 != counter.version()) {
        throw versionConflict("counter", counter.id().value());
      }
      put(s.counters, counter.id(), counter);
    }

    @Override
    public ServiceDay lockServiceDay(ServiceCode service, LocalDate day) {
      check();
      DayKey key = new DayKey(service, day);
      ServiceDay row = s.serviceDays.get(key);
      if (row == null) {
        row = new ServiceDay(service, day, 0, 0);
        put(s.serviceDays, key, row);
      }
      return row;
    }

    @Override
    public void updateServiceDay(ServiceDay row) {
      check();
      put(s.serviceDays, new DayKey(row.service(), row.day()), row);
    }

    @Override
    public Optional<Ticket> lockTicket(TicketId id) {
      return findTicket(id);
    }

    @Override
    public void insertTicket(Ticket ticket) {
      check();
      NumberKey number = new NumberKey(ticket.numberedBy(), ticket.serviceDay(), ticket.sequence());
      if (s.tickets.containsKey(ticket.id()) || s.numbers.containsKey(number)) {
        throw new ConflictException("duplicate_ticket", "ticket '" + ticket.id() + "' or number "
            + ticket.number() + " of " + ticket.serviceDay() + " already exists");
      }
      if (ticket.version() != 1) {
        throw new IllegalArgumentException("a new ticket has version 1");
      }
      put(s.numbers, number, ticket.id());
      LinkedHashSet<TicketId> day = s.byDay.get(ticket.serviceDay());
      if (day == null) {
        day = new LinkedHashSet<>();
        put(s.byDay, ticket.serviceDay(), day);
      }
      LinkedHashSet<TicketId> ids = day;
      ids.add(ticket.id());
      undo.push(() -> ids.remove(ticket.id()));
      writeTicket(null, ticket);
    }

    @Override
    public void updateTicket(Ticket ticket) {
      check();
      Ticket old = s.tickets.get(ticket.id());
      if (old == null || old.version() + 1 != ticket.version()) {
        throw versionConflict("ticket", ticket.id().value());
      }
      writeTicket(old, ticket);
    }

    /** Writes a ticket and keeps its lane index and serving samples in step. */
    private void writeTicket(Ticket old, Ticket now) {
      put(s.tickets, now.id(), now);
      if (old != null) {
        unindex(old);
      }
      index(now);
      if (old != null) {
        sample(old, now);
      }
    }

    private void index(Ticket t) {
      if (!t.queued()) {
        return;
      }
      DayKey key = new DayKey(t.service(), t.serviceDay());
      Lanes lanes = s.lanes.get(key);
      if (lanes == null) {
        lanes = new Lanes();
        put(s.lanes, key, lanes);
      }
      Lanes l = lanes;
      OrderKey order = new OrderKey(t.rank(), t.id().value());
      TreeMap<OrderKey, TicketId> target = isPriority(t) ? l.priority : l.regular;
      target.put(order, t.id());
      undo.push(() -> target.remove(order));
      if (!isPriority(t) && t.slotStart() != null) {
        SlotKey slot = new SlotKey(t.slotStart(), t.rank(), t.id().value());
        l.booked.put(slot, t.id());
        undo.push(() -> l.booked.remove(slot));
      }
    }

    private void unindex(Ticket t) {
      if (!t.queued()) {
        return;
      }
      Lanes l = s.lanes.get(new DayKey(t.service(), t.serviceDay()));
      if (l == null) {
        return;
      }
      OrderKey order = new OrderKey(t.rank(), t.id().value());
      TreeMap<OrderKey, TicketId> lane = isPriority(t) ? l.priority : l.regular;
      if (lane.remove(order) != null) {
        undo.push(() -> lane.put(order, t.id()));
      }
      if (t.slotStart() != null) {
        SlotKey slot = new SlotKey(t.slotStart(), t.rank(), t.id().value());
        if (l.booked.remove(slot) != null) {
          undo.push(() -> l.booked.put(slot, t.id()));
        }
      }
    }

    private void sample(Ticket old, Ticket now) {
      for (JourneyStep step : now.stepsFinishedSince(old)) {
        ArrayDeque<Sample> samples = s.samples.get(step.service());
        if (samples == null) {
          samples = new ArrayDeque<>();
          put(s.samples, step.service(), samples);
        }
        ArrayDeque<Sample> q = samples;
        q.addLast(new Sample(step.endedAt(), Duration.between(step.servingAt(), step.endedAt())));
        undo.push(q::removeLast);
        if (q.size() > SAMPLES_PER_SERVICE) {
          Sample dropped = q.removeFirst();
          undo.push(() -> q.addFirst(dropped));
        }
      }
    }

    @Override
    public List<Ticket> lockCallHeads(HeadQuery query) {
      check();
      List<Ticket> heads = new ArrayList<>(3 * query.services().size());
      for (ServiceCode service : query.services()) {
        Lanes l = s.lanes.get(new DayKey(service, query.day()));
        if (l == null) {
          continue;
        }
        Ticket p = firstCallable(l.priority.values(), query, false);
        if (p != null) {
          heads.add(p);
        }
        for (Map.Entry<SlotKey, TicketId> e : l.booked.entrySet()) {
          if (e.getKey().slot().isAfter(query.bookedDueBy())) {
            break;
          }
          Ticket t = s.tickets.get(e.getValue());
          if (callable(t, query)) {
            heads.add(t);
            break;
          }
        }
        Ticket r = firstCallable(l.regular.values(), query, true);
        if (r != null) {
          heads.add(r);
        }
      }
      return heads;
    }

    private Ticket firstCallable(Collection<TicketId> lane, HeadQuery q, boolean skipBookedDue) {
      for (Iterator<TicketId> it = lane.iterator(); it.hasNext(); ) {
        Ticket t = s.tickets.get(it.next());
        if (skipBookedDue && t.slotStart() != null && !t.slotStart().isAfter(q.bookedDueBy())) {
          continue;
        }
        if (callable(t, q)) {
          return t;
        }
      }
      return null;
    }

    private static boolean callable(Ticket t, HeadQuery q) {
      if (t.assignedCounter() != null && !t.assignedCounter().equals(q.counter())) {
        return false;
      }
      return t.state() == TicketState.WAITING
          || (t.state() == TicketState.DELAYED && t.callableAt() != null
              && !t.callableAt().isAfter(q.now()));
    }

    @Override
    public Optional<RankBounds> rankBounds(ServiceCode service, LocalDate day) {
      check();
      Lanes l = s.lanes.get(new DayKey(service, day));
      if (l == null || l.isEmpty()) {
        return Optional.empty();
      }
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (TreeMap<OrderKey, TicketId> lane : List.of(l.priority, l.regular)) {
        if (!lane.isEmpty()) {
          min = Math.min(min, lane.firstKey().rank());
          max = Math.max(max, lane.lastKey().rank());
        }
      }
      return Optional.of(new RankBounds(min, max));
    }

    @Override
    public List<Ticket> lockTickets(TicketQuery query) {
      return listTickets(query);
    }

    @Override
    public void appendTransition(TicketTransition transition) {
      check();
      ArrayList<TicketTransition> list = s.transitions.get(transition.ticket());
      if (list == null) {
        list = new ArrayList<>(8);
        put(s.transitions, transition.ticket(), list);
      }
      ArrayList<TicketTransition> l = list;
      long expected = l.isEmpty() ? 1 : l.get(l.size() - 1).version() + 1;
      if (transition.version() != expected) {
        throw versionConflict("transition of ticket", transition.ticket().value());
      }
      l.add(transition);
      undo.push(() -> l.remove(l.size() - 1));
    }

    @Override
    public SessionDay lockSessionDay(ServiceCode service, LocalDate date, LocalTime sessionStart) {
      check();
      SessionKey key = new SessionKey(service, date, sessionStart);
      SessionDay row = s.sessionDays.get(key);
      if (row == null) {
        row = new SessionDay(service, date, sessionStart, 0);
        put(s.sessionDays, key, row);
      }
      return row;
    }

    @Override
    public void updateSessionDay(SessionDay row) {
      check();
      put(s.sessionDays, new SessionKey(row.service(), row.date(), row.sessionStart()), row);
    }

    @Override
    public Optional<Booking> lockBooking(BookingId id) {
      return findBooking(id);
    }

    @Override
    public Optional<Booking> lockBookingByCode(String code) {
      return findBookingByCode(code);
    }

    @Override
    public void insertBooking(Booking booking) {
      check();
      if (s.bookings.containsKey(booking.id()) || s.bookingCodes.containsKey(booking.code())) {
        throw new ConflictException("duplicate_booking",
            "booking '" + booking.id() + "' or its code already exists");
      }
      if (booking.version() != 1) {
        throw new IllegalArgumentException("a new booking has version 1");
      }
      if (booking.active()) {
        ActiveKey key = activeKey(booking);
        if (s.activeBookings.containsKey(key)) {
          throw new ConflictException("duplicate_active_booking",
              "this person already has an active booking for " + booking.service() + " on "
                  + booking.date());
        }
        put(s.activeBookings, key, booking.id());
      }
      put(s.bookings, booking.id(), booking);
      put(s.bookingCodes, booking.code(), booking.id());
    }

    @Override
    public void updateBooking(Booking booking) {
      check();
      Booking old = s.bookings.get(booking.id());
      if (old == null || old.version() + 1 != booking.version()) {
        throw versionConflict("booking", booking.id().value());
      }
      ActiveKey key = activeKey(booking);
      if (old.active() && !booking.active()) {
        remove(s.activeBookings, activeKey(old));
      } else if (!old.active() && booking.active()) {
        if (s.activeBookings.containsKey(key)) {
          throw new ConflictException("duplicate_active_booking",
              "this person already has an active booking for " + booking.service() + " on "
                  + booking.date());
        }
        put(s.activeBookings, key, booking.id());
      }
      put(s.bookings, booking.id(), booking);
    }

    private static ActiveKey activeKey(Booking b) {
      return new ActiveKey(b.citizenHash(), b.service(), b.date());
    }

    @Override
    public List<Booking> lockBookings(BookingQuery query) {
      return listBookings(query);
    }

    @Override
    public Optional<IdempotencyEntry> claimIdempotencyKey(IdempotencyEntry entry) {
      check();
      IdempotencyEntry existing = s.keys.get(entry.key());
      if (existing != null) {
        return Optional.of(existing);
      }
      put(s.keys, entry.key(), entry);
      return Optional.empty();
    }

    @Override
    public QueueEvent appendEvent(QueueEvent draft) {
      check();
      long previous = s.lastCursor;
      QueueEvent event = draft.withCursor(previous + 1);
      s.lastCursor = previous + 1;
      s.events.add(event);
      undo.push(() -> {
        s.events.remove(s.events.size() - 1);
        s.lastCursor = previous;
      });
      return event;
    }

    @Override
    public ZoneState lockZone(String zone) {
      check();
      ZoneState row = s.zones.get(zone);
      if (row == null) {
        row = new ZoneState(zone, 0, Instant.EPOCH);
        put(s.zones, zone, row);
      }
      return row;
    }

    @Override
    public void updateZone(ZoneState row) {
      check();
      put(s.zones, row.zone(), row);
    }

    @Override
    public void insertAnnouncement(Announcement announcement) {
      check();
      ArrayList<Announcement> list = s.announcements.get(announcement.zone());
      if (list == null) {
        list = new ArrayList<>();
        put(s.announcements, announcement.zone(), list);
      }
      ArrayList<Announcement> l = list;
      if (!l.isEmpty() && l.get(l.size() - 1).sequence() >= announcement.sequence()) {
        throw new ConflictException("version_conflict", "announcement sequence "
            + announcement.sequence() + " of zone " + announcement.zone() + " is not new");
      }
      l.add(announcement);
      undo.push(() -> l.remove(l.size() - 1));
    }

    @Override
    public int purge(Instant keysBefore, LocalDate dayBefore, Instant timeBefore) {
      check();
      int deleted = 0;
      for (IdempotencyEntry e : List.copyOf(s.keys.values())) {
        if (e.createdAt().isBefore(keysBefore)) {
          remove(s.keys, e.key());
          deleted++;
        }
      }
      for (LocalDate day : List.copyOf(s.byDay.headMap(dayBefore, false).keySet())) {
        LinkedHashSet<TicketId> ids = s.byDay.get(day);
        for (TicketId id : List.copyOf(ids)) {
          Ticket t = s.tickets.get(id);
          if (t.finished() || t.state() == TicketState.NO_SHOW) {
            remove(s.tickets, id);
            remove(s.transitions, id);
            remove(s.numbers, new NumberKey(t.numberedBy(), t.serviceDay(), t.sequence()));
            ids.remove(id);
            undo.push(() -> ids.add(id));
            deleted++;
          }
        }
        if (ids.isEmpty()) {
          remove(s.byDay, day);
        }
      }
      for (Booking b : List.copyOf(s.bookings.values())) {
        if (b.date().isBefore(dayBefore) && b.state() != BookingState.BOOKED) {
          remove(s.bookings, b.id());
          remove(s.bookingCodes, b.code());
          if (b.active()) {
            remove(s.activeBookings, activeKey(b));
          }
          deleted++;
        }
      }
      for (DayKey key : List.copyOf(s.serviceDays.keySet())) {
        if (key.day().isBefore(dayBefore)) {
          remove(s.serviceDays, key);
          deleted++;
        }
      }
      for (SessionKey key : List.copyOf(s.sessionDays.keySet())) {
        if (key.date().isBefore(dayBefore)) {
          remove(s.sessionDays, key);
          deleted++;
        }
      }
      deleted += purgeList(s.events, e -> e.at().isBefore(timeBefore));
      for (ArrayList<Announcement> list : s.announcements.values()) {
        deleted += purgeList(list, a -> a.requestedAt().isBefore(timeBefore));
      }
      return deleted;
    }

    /** Removes the leading entries that match (lists are in time order). */
    private <T> int purgeList(ArrayList<T> list, java.util.function.Predicate<T> old) {
      int n = 0;
      while (n < list.size() && old.test(list.get(n))) {
        n++;
      }
      if (n == 0) {
        return 0;
      }
      List<T> removed = new ArrayList<>(list.subList(0, n));
      list.subList(0, n).clear();
      undo.push(() -> list.addAll(0, removed));
      return n;
    }

    private static boolean isPriority(Ticket t) {
      return t.priority() != PriorityClass.NONE;
    }

    private static ConflictException versionConflict(String kind, String id) {
      return new ConflictException("version_conflict", kind + " '" + id
          + "' was changed by someone else (version mismatch); read it again and retry");
    }
  }
}
