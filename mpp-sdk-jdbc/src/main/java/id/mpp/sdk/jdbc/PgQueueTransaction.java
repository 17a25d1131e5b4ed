package id.mpp.sdk.jdbc;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.jdbc.Jdbc.SqlFailure;
import id.mpp.sdk.json.WireDocument;
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
import id.mpp.sdk.queue.QueueTransaction;
import id.mpp.sdk.queue.RankBounds;
import id.mpp.sdk.queue.ServiceDay;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.SessionDay;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.StepStatus;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.queue.TicketQuery;
import id.mpp.sdk.queue.TicketState;
import id.mpp.sdk.queue.TicketTransition;
import id.mpp.sdk.queue.ZoneState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One queue transaction (or read-only view) on one connection and one site. Every method runs
 * SQL on the connection the {@link Transactions} runner opened; a {@link SQLException} leaves as
 * a {@link SqlFailure} for the runner to classify, except unique violations, which become the
 * {@link ConflictException} the SPI names.
 */
final class PgQueueTransaction implements QueueTransaction {

  private static final String QUEUED = "state IN ('WAITING', 'DELAYED')";
  private static final String CALLABLE = " AND (assigned_counter IS NULL OR assigned_counter = ?)"
      + " AND (state = 'WAITING' OR (state = 'DELAYED' AND callable_at IS NOT NULL"
      + " AND callable_at <= ?))";
  private static final String TICKET_COLUMNS = "site, id, numbered_by, service_day, sequence,"
      + " agency, service, state, priority, rank, slot_start, callable_at, assigned_counter,"
      + " issued_at, version, doc";

  private final Connection c;
  private final String site;
  private final boolean readOnly;
  private boolean open = true;

  PgQueueTransaction(Connection c, SiteId site, boolean readOnly) {
    this.c = c;
    this.site = site.value();
    this.readOnly = readOnly;
  }

  void close() {
    open = false;
  }

  private void check() {
    if (!open) {
      throw new IllegalStateException("the store transaction has ended");
    }
  }

  private void checkWritable() {
    check();
    if (readOnly) {
      throw new IllegalStateException("a read may not write");
    }
  }

  // ------------------------------------------------------------------ SQL helpers

  private <T> List<T> list(String sql, Jdbc.Row<T> row, Object... params) {
    check();
    try {
      return Jdbc.list(c, sql, row, params);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  private <T> Optional<T> one(String sql, Jdbc.Row<T> row, Object... params) {
    check();
    try {
      return Jdbc.one(c, sql, row, params);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  private <T> Optional<T> doc(String table, String where, Class<T> type, Object... params) {
    return one("SELECT doc FROM " + table + " WHERE site = ? AND " + where,
        rs -> Docs.read(rs, "doc", type), prepend(params));
  }

  private <T> List<T> docs(String sql, Class<T> type, Object... params) {
    return list(sql, rs -> Docs.read(rs, "doc", type), params);
  }

  private Object[] prepend(Object... params) {
    Object[] all = new Object[params.length + 1];
    all[0] = site;
    System.arraycopy(params, 0, all, 1, params.length);
    return all;
  }

  /** Runs a write. */
  private int exec(String sql, Object... params) {
    return execUnique(sql, constraint -> null, params);
  }

  /** Runs a write; a unique violation becomes the conflict {@code onDuplicate} makes. */
  private int execUnique(String sql, Function<String, ConflictException> onDuplicate,
      Object... params) {
    checkWritable();
    try {
      return Jdbc.update(c, sql, onDuplicate, params);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  private static ConflictException versionConflict(String kind, String id) {
    return new ConflictException("version_conflict", kind + " '" + id
        + "' was changed by someone else (version mismatch); read it again and retry");
  }

  // ------------------------------------------------------------------ reads

  @Override
  public Optional<QueueAgency> findAgency(AgencyId id) {
    return doc("mpp_queue_agency", "id = ?", QueueAgency.class, id.value());
  }

  @Override
  public List<QueueAgency> listAgencies() {
    return docs("SELECT doc FROM mpp_queue_agency WHERE site = ? ORDER BY id", QueueAgency.class,
        site);
  }

  @Override
  public Optional<ServiceQueue> findService(ServiceCode code) {
    return doc("mpp_queue_service", "code = ?", ServiceQueue.class, code.value());
  }

  @Override
  public List<ServiceQueue> listServices() {
    return docs("SELECT doc FROM mpp_queue_service WHERE site = ? ORDER BY code",
        ServiceQueue.class, site);
  }

  @Override
  public Optional<BookingPlan> findBookingPlan(ServiceCode service) {
    return doc("mpp_queue_booking_plan", "service = ?", BookingPlan.class, service.value());
  }

  @Override
  public Optional<Counter> findCounter(CounterId id) {
    return doc("mpp_queue_counter", "id = ?", Counter.class, id.value());
  }

  @Override
  public List<Counter> listCounters() {
    return docs("SELECT doc FROM mpp_queue_counter WHERE site = ? ORDER BY id", Counter.class,
        site);
  }

  @Override
  public Optional<Ticket> findTicket(TicketId id) {
    return doc("mpp_queue_ticket", "id = ?", Ticket.class, id.value());
  }

  @Override
  public List<Ticket> listTickets(TicketQuery query) {
    return tickets(query, "");
  }

  private List<Ticket> tickets(TicketQuery query, String lock) {
    Where where = new Where("SELECT doc FROM mpp_queue_ticket WHERE site = ?"
        + " AND service_day BETWEEN ? AND ?", site, query.fromDay(), query.toDay())
        .equal("agency", query.agency() == null ? null : query.agency().value())
        .equal("service", query.service() == null ? null : query.service().value())
        .in("state", query.states())
        .then(" ORDER BY service_day, issued_at, id LIMIT ?" + lock, query.limit());
    return docs(where.sql.toString(), Ticket.class, where.params.toArray()).stream()
        .filter(query::matches).toList();
  }

  /** A query with optional filters, each left out when its value is absent. */
  private static final class Where {
    final StringBuilder sql;
    final List<Object> params;

    Where(String head, Object... params) {
      this.sql = new StringBuilder(head);
      this.params = new ArrayList<>(List.of(params));
    }

    Where equal(String column, String value) {
      if (value != null) {
        sql.append(" AND ").append(column).append(" = ?");
        params.add(value);
      }
      return this;
    }

    Where in(String column, java.util.Set<? extends Enum<?>> values) {
      if (!values.isEmpty()) {
        sql.append(" AND ").append(column).append(" = ANY (?)");
        params.add(values.stream().map(Enum::name).toList());
      }
      return this;
    }

    Where then(String tail, Object... more) {
      sql.append(tail);
      params.addAll(List.of(more));
      return this;
    }
  }

  @Override
  public List<TicketTransition> listTransitions(TicketId ticket) {
    return docs("SELECT doc FROM mpp_queue_transition WHERE site = ? AND ticket = ?"
        + " ORDER BY version", TicketTransition.class, site, ticket.value());
  }

  @Override
  public List<Duration> recentServingTimes(ServiceCode service, Instant since, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    return list("SELECT nanos FROM mpp_queue_serving_sample WHERE site = ? AND service = ?"
        + " AND ended_at >= ? ORDER BY ended_at DESC, id LIMIT ?",
        rs -> Duration.ofNanos(rs.getLong(1)), site, service.value(), since, limit);
  }

  @Override
  public Optional<ServiceDay> findServiceDay(ServiceCode service, LocalDate day) {
    return doc("mpp_queue_service_day", "service = ? AND day = ?", ServiceDay.class,
        service.value(), day);
  }

  @Override
  public Optional<Booking> findBooking(BookingId id) {
    return doc("mpp_queue_booking", "id = ?", Booking.class, id.value());
  }

  @Override
  public Optional<Booking> findBookingByCode(String code) {
    return doc("mpp_queue_booking", "code = ?", Booking.class, code);
  }

  @Override
  public List<Booking> listBookings(BookingQuery query) {
    return bookings(query, "");
  }

  private List<Booking> bookings(BookingQuery query, String lock) {
    Where where = new Where("SELECT doc FROM mpp_queue_booking WHERE site = ?"
        + " AND day BETWEEN ? AND ?", site, query.fromDate(), query.toDate())
        .equal("service", query.service() == null ? null : query.service().value())
        .in("state", query.states())
        .then(" ORDER BY day, session_start, created_at, id" + lock);
    return docs(where.sql.toString(), Booking.class, where.params.toArray()).stream()
        .filter(query::matches).toList();
  }

  @Override
  public Optional<SessionDay> findSessionDay(ServiceCode service, LocalDate date,
      LocalTime sessionStart) {
    return doc("mpp_queue_session_day", "service = ? AND day = ? AND session_start = ?",
        SessionDay.class, service.value(), date, sessionStart);
  }

  @Override
  public Optional<IdempotencyEntry> findIdempotencyKey(String key) {
    return one("SELECT key, fingerprint, created_at, result_type, result"
        + " FROM mpp_queue_idempotency WHERE site = ? AND key = ?", PgQueueTransaction::entry,
        site, key);
  }

  private static IdempotencyEntry entry(ResultSet rs) throws SQLException {
    WireDocument result = Docs.readTyped(rs.getString("result_type"), rs.getString("result"));
    return new IdempotencyEntry(rs.getString("key"), rs.getString("fingerprint"),
        Jdbc.instant(rs, "created_at"), result);
  }

  @Override
  public long lastEventCursor() {
    return one("SELECT last_cursor FROM mpp_queue_site WHERE site = ?", rs -> rs.getLong(1), site)
        .orElse(0L);
  }

  @Override
  public List<QueueEvent> listEvents(long afterCursor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    return docs("SELECT doc FROM mpp_queue_event WHERE site = ? AND cursor > ? ORDER BY cursor"
        + " LIMIT ?", QueueEvent.class, site, afterCursor, limit);
  }

  @Override
  public List<Announcement> listAnnouncements(String zone, long afterSequence, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    return docs("SELECT doc FROM mpp_queue_announcement WHERE site = ? AND zone = ?"
        + " AND sequence > ? ORDER BY sequence LIMIT ?", Announcement.class, site, zone,
        afterSequence, limit);
  }

  @Override
  public List<Announcement> latestAnnouncements(String zone, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    return docs("SELECT doc FROM mpp_queue_announcement WHERE site = ? AND zone = ?"
        + " ORDER BY sequence DESC LIMIT ?", Announcement.class, site, zone, limit);
  }

  // ------------------------------------------------------------------ configuration

  @Override
  public void putAgency(QueueAgency agency) {
    exec("INSERT INTO mpp_queue_agency (site, id, doc) VALUES (?, ?, ?::jsonb)"
        + " ON CONFLICT (site, id) DO UPDATE SET doc = EXCLUDED.doc", site, agency.id().value(),
        Docs.write(agency));
  }

  @Override
  public void putService(ServiceQueue service) {
    execUnique("INSERT INTO mpp_queue_service (site, code, prefix, doc) VALUES (?, ?, ?, ?::jsonb)"
        + " ON CONFLICT (site, code) DO UPDATE SET prefix = EXCLUDED.prefix, doc = EXCLUDED.doc",
        constraint -> constraint.equals("mpp_queue_service_prefix_key")
            ? new ConflictException("duplicate_prefix", "ticket prefix '" + service.prefix()
                + "' is taken by another service of the site") : null,
        site, service.code().value(), service.prefix(), Docs.write(service));
  }

  @Override
  public void putBookingPlan(BookingPlan plan) {
    exec("INSERT INTO mpp_queue_booking_plan (site, service, doc) VALUES (?, ?, ?::jsonb)"
        + " ON CONFLICT (site, service) DO UPDATE SET doc = EXCLUDED.doc", site,
        plan.service().value(), Docs.write(plan));
  }

  // ------------------------------------------------------------------ counters

  @Override
  public void insertCounter(Counter counter) {
    checkWritable();
    ConflictException duplicate = new ConflictException("duplicate_counter",
        "counter '" + counter.id() + "' already exists");
    if (counter.version() != 1) {
      if (findCounter(counter.id()).isPresent()) {
        throw duplicate;
      }
      throw new IllegalArgumentException("a new counter has version 1");
    }
    execUnique("INSERT INTO mpp_queue_counter (site, id, version, doc) VALUES (?, ?, ?, ?::jsonb)",
        constraint -> duplicate, site, counter.id().value(), counter.version(),
        Docs.write(counter));
  }

  @Override
  public Optional<Counter> lockCounter(CounterId id) {
    return doc("mpp_queue_counter", "id = ? FOR UPDATE", Counter.class, id.value());
  }

  @Override
  public void updateCounter(Counter counter) {
    int n = exec("UPDATE mpp_queue_counter SET version = ?, doc = ?::jsonb WHERE site = ?"
        + " AND id = ? AND version = ?", counter.version(), Docs.write(counter), site,
        counter.id().value(), counter.version() - 1);
    if (n != 1) {
      throw versionConflict("counter", counter.id().value());
    }
  }

  // ------------------------------------------------------------------ numbers and tickets

  @Override
  public ServiceDay lockServiceDay(ServiceCode service, LocalDate day) {
    return lockOrCreate("mpp_queue_service_day (site, service, day, doc) VALUES (?, ?, ?,"
        + " ?::jsonb) ON CONFLICT (site, service, day)", ServiceDay.class, site, service.value(),
        day, Docs.write(new ServiceDay(service, day, 0, 0)));
  }

  /**
   * Creates a row if absent and locks it, in one statement: the no-op update of an existing row
   * takes its row lock, as {@code SELECT … FOR UPDATE} would, and returns it.
   */
  private <T> T lockOrCreate(String insert, Class<T> type, Object... params) {
    checkWritable();
    String table = insert.substring(0, insert.indexOf(' '));
    return one("INSERT INTO " + insert + " DO UPDATE SET doc = " + table + ".doc RETURNING doc",
        rs -> Docs.read(rs, "doc", type), params).orElseThrow();
  }

  @Override
  public void updateServiceDay(ServiceDay row) {
    exec("INSERT INTO mpp_queue_service_day (site, service, day, doc) VALUES (?, ?, ?, ?::jsonb)"
        + " ON CONFLICT (site, service, day) DO UPDATE SET doc = EXCLUDED.doc", site,
        row.service().value(), row.day(), Docs.write(row));
  }

  @Override
  public Optional<Ticket> lockTicket(TicketId id) {
    return doc("mpp_queue_ticket", "id = ? FOR UPDATE", Ticket.class, id.value());
  }

  @Override
  public void insertTicket(Ticket t) {
    checkWritable();
    ConflictException duplicate = new ConflictException("duplicate_ticket", "ticket '" + t.id()
        + "' or number " + t.number() + " of " + t.serviceDay() + " already exists");
    if (t.version() != 1) {
      if (findTicket(t.id()).isPresent()) {
        throw duplicate;
      }
      throw new IllegalArgumentException("a new ticket has version 1");
    }
    execUnique("INSERT INTO mpp_queue_ticket (" + TICKET_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)", constraint -> duplicate, site, t.id().value(),
        t.numberedBy().value(), t.serviceDay(), t.sequence(), t.agency().value(),
        t.service().value(), t.state().name(), isPriority(t), t.rank(), t.slotStart(),
        t.callableAt(), t.assignedCounter() == null ? null : t.assignedCounter().value(),
        t.issuedAt(), t.version(), Docs.write(t));
  }

  @Override
  public void updateTicket(Ticket t) {
    checkWritable();
    Ticket old = needsOld(t) ? findTicket(t.id()).orElse(null) : null;
    int n = execUnique("UPDATE mpp_queue_ticket SET numbered_by = ?, service_day = ?,"
        + " sequence = ?, agency = ?, service = ?, state = ?, priority = ?, rank = ?,"
        + " slot_start = ?, callable_at = ?, assigned_counter = ?, version = ?, doc = ?::jsonb"
        + " WHERE site = ? AND id = ? AND version = ?",
        constraint -> new ConflictException("duplicate_ticket", "number " + t.number() + " of "
            + t.serviceDay() + " already exists"),
        t.numberedBy().value(), t.serviceDay(), t.sequence(), t.agency().value(),
        t.service().value(), t.state().name(), isPriority(t), t.rank(), t.slotStart(),
        t.callableAt(), t.assignedCounter() == null ? null : t.assignedCounter().value(),
        t.version(), Docs.write(t), site, t.id().value(), t.version() - 1);
    if (n != 1) {
      throw versionConflict("ticket", t.id().value());
    }
    if (old != null) {
      sample(old, t);
    }
  }

  /** Whether the new ticket has a finished step whose serving time may need recording. */
  private static boolean needsOld(Ticket t) {
    return t.journey().stream().anyMatch(step -> step.status() == StepStatus.DONE
        && step.servingAt() != null && step.endedAt() != null);
  }

  /** Records the serving time of each step that became done in this update. */
  private void sample(Ticket old, Ticket now) {
    for (JourneyStep step : now.stepsFinishedSince(old)) {
      exec("INSERT INTO mpp_queue_serving_sample (site, service, ended_at, nanos)"
          + " VALUES (?, ?, ?, ?)", site, step.service().value(), step.endedAt(),
          Duration.between(step.servingAt(), step.endedAt()).toNanos());
    }
  }

  @Override
  public List<Ticket> lockCallHeads(HeadQuery query) {
    checkWritable();
    if (query.services().isEmpty()) {
      return List.of();
    }
    // one statement per lane for all the counter's services: each service's head is found by
    // its own index scan (LATERAL) and locked, skipping heads another transaction holds
    List<String> services = query.services().stream().map(ServiceCode::value).toList();
    String head = "SELECT h.doc FROM unnest(?::text[]) AS s(service) CROSS JOIN LATERAL"
        + " (SELECT doc FROM mpp_queue_ticket WHERE site = ? AND service = s.service"
        + " AND service_day = ? AND " + QUEUED + CALLABLE;
    Object[] lane = {services, site, query.day(), query.counter().value(), query.now()};
    List<Ticket> heads = new ArrayList<>(3 * services.size());
    heads.addAll(docs(head + " AND priority ORDER BY rank, id LIMIT 1 FOR UPDATE SKIP LOCKED) h",
        Ticket.class, lane));
    heads.addAll(docs(head + " AND NOT priority AND slot_start IS NOT NULL AND slot_start <= ?"
        + " ORDER BY slot_start, rank, id LIMIT 1 FOR UPDATE SKIP LOCKED) h", Ticket.class,
        with(lane, query.bookedDueBy())));
    heads.addAll(docs(head + " AND NOT priority AND (slot_start IS NULL OR slot_start > ?)"
        + " ORDER BY rank, id LIMIT 1 FOR UPDATE SKIP LOCKED) h", Ticket.class,
        with(lane, query.bookedDueBy())));
    return heads;
  }

  private static Object[] with(Object[] params, Object last) {
    Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
    all[params.length] = last;
    return all;
  }

  @Override
  public Optional<RankBounds> rankBounds(ServiceCode service, LocalDate day) {
    return one("SELECT min(rank), max(rank) FROM mpp_queue_ticket WHERE site = ? AND service = ?"
        + " AND service_day = ? AND " + QUEUED,
        rs -> {
          long min = rs.getLong(1);
          return rs.wasNull() ? null : new RankBounds(min, rs.getLong(2));
        }, site, service.value(), day);
  }

  @Override
  public List<Ticket> lockTickets(TicketQuery query) {
    checkWritable();
    return tickets(query, " FOR UPDATE");
  }

  @Override
  public void appendTransition(TicketTransition transition) {
    int n = execUnique("INSERT INTO mpp_queue_transition (site, ticket, version, doc)"
        + " SELECT ?, ?, ?, ?::jsonb WHERE (SELECT coalesce(max(version), 0)"
        + " FROM mpp_queue_transition WHERE site = ? AND ticket = ?) + 1 = ?",
        constraint -> versionConflict("transition of ticket", transition.ticket().value()),
        site, transition.ticket().value(), transition.version(), Docs.write(transition), site,
        transition.ticket().value(), transition.version());
    if (n != 1) {
      throw versionConflict("transition of ticket", transition.ticket().value());
    }
  }

  // ------------------------------------------------------------------ bookings

  @Override
  public SessionDay lockSessionDay(ServiceCode service, LocalDate date, LocalTime sessionStart) {
    return lockOrCreate("mpp_queue_session_day (site, service, day, session_start, doc)"
        + " VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT (site, service, day, session_start)",
        SessionDay.class, site, service.value(), date, sessionStart,
        Docs.write(new SessionDay(service, date, sessionStart, 0)));
  }

  @Override
  public void updateSessionDay(SessionDay row) {
    exec("INSERT INTO mpp_queue_session_day (site, service, day, session_start, doc)"
        + " VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT (site, service, day, session_start)"
        + " DO UPDATE SET doc = EXCLUDED.doc", site, row.service().value(), row.date(),
        row.sessionStart(), Docs.write(row));
  }

  @Override
  public Optional<Booking> lockBooking(BookingId id) {
    return doc("mpp_queue_booking", "id = ? FOR UPDATE", Booking.class, id.value());
  }

  @Override
  public Optional<Booking> lockBookingByCode(String code) {
    return doc("mpp_queue_booking", "code = ? FOR UPDATE", Booking.class, code);
  }

  @Override
  public void insertBooking(Booking b) {
    checkWritable();
    if (b.version() != 1) {
      if (findBooking(b.id()).isPresent() || findBookingByCode(b.code()).isPresent()) {
        throw duplicateBooking(b);
      }
      throw new IllegalArgumentException("a new booking has version 1");
    }
    execUnique("INSERT INTO mpp_queue_booking (site, id, code, service, day, session_start,"
        + " created_at, state, citizen_hash, active, version, doc)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)",
        constraint -> constraint.equals("mpp_queue_booking_active_key") ? duplicateActive(b)
            : duplicateBooking(b),
        site, b.id().value(), b.code(), b.service().value(), b.date(), b.sessionStart(),
        b.createdAt(), b.state().name(), b.citizenHash(), b.active(), b.version(),
        Docs.write(b));
  }

  private static ConflictException duplicateBooking(Booking b) {
    return new ConflictException("duplicate_booking",
        "booking '" + b.id() + "' or its code already exists");
  }

  private static ConflictException duplicateActive(Booking b) {
    return new ConflictException("duplicate_active_booking",
        "this person already has an active booking for " + b.service() + " on " + b.date());
  }

  @Override
  public void updateBooking(Booking b) {
    int n = execUnique("UPDATE mpp_queue_booking SET code = ?, service = ?, day = ?,"
        + " session_start = ?, state = ?, citizen_hash = ?, active = ?, version = ?,"
        + " doc = ?::jsonb WHERE site = ? AND id = ? AND version = ?",
        constraint -> constraint.equals("mpp_queue_booking_active_key") ? duplicateActive(b)
            : duplicateBooking(b),
        b.code(), b.service().value(), b.date(), b.sessionStart(), b.state().name(),
        b.citizenHash(), b.active(), b.version(), Docs.write(b), site, b.id().value(),
        b.version() - 1);
    if (n != 1) {
      throw versionConflict("booking", b.id().value());
    }
  }

  @Override
  public List<Booking> lockBookings(BookingQuery query) {
    checkWritable();
    return bookings(query, " FOR UPDATE");
  }

  // ------------------------------------------------------------------ keys, events, zones

  @Override
  public Optional<IdempotencyEntry> claimIdempotencyKey(IdempotencyEntry entry) {
    int n = exec("INSERT INTO mpp_queue_idempotency (site, key, fingerprint, created_at,"
        + " result_type, result) VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING", site,
        entry.key(), entry.fingerprint(), entry.createdAt(), entry.result().getClass().getName(),
        Docs.write(entry.result()));
    if (n == 1) {
      return Optional.empty();
    }
    return Optional.of(findIdempotencyKey(entry.key()).orElseThrow(() -> new IllegalStateException(
        "idempotency key neither inserted nor found")));
  }

  @Override
  public QueueEvent appendEvent(QueueEvent draft) {
    checkWritable();
    long cursor = one("INSERT INTO mpp_queue_site (site, last_cursor) VALUES (?, 1)"
        + " ON CONFLICT (site) DO UPDATE SET last_cursor = mpp_queue_site.last_cursor + 1"
        + " RETURNING last_cursor", rs -> rs.getLong(1), site).orElseThrow();
    QueueEvent event = draft.withCursor(cursor);
    exec("INSERT INTO mpp_queue_event (site, cursor, at, doc) VALUES (?, ?, ?, ?::jsonb)", site,
        cursor, event.at(), Docs.write(event));
    return event;
  }

  @Override
  public ZoneState lockZone(String zone) {
    return lockOrCreate("mpp_queue_zone (site, zone, doc) VALUES (?, ?, ?::jsonb)"
        + " ON CONFLICT (site, zone)", ZoneState.class, site, zone,
        Docs.write(new ZoneState(zone, 0, Instant.EPOCH)));
  }

  @Override
  public void updateZone(ZoneState row) {
    exec("INSERT INTO mpp_queue_zone (site, zone, doc) VALUES (?, ?, ?::jsonb)"
        + " ON CONFLICT (site, zone) DO UPDATE SET doc = EXCLUDED.doc", site, row.zone(),
        Docs.write(row));
  }

  @Override
  public void insertAnnouncement(Announcement a) {
    ConflictException stale = new ConflictException("version_conflict", "announcement sequence "
        + a.sequence() + " of zone " + a.zone() + " is not new");
    int n = execUnique("INSERT INTO mpp_queue_announcement (site, zone, sequence, requested_at,"
        + " doc) SELECT ?, ?, ?, ?, ?::jsonb WHERE NOT EXISTS (SELECT 1 FROM"
        + " mpp_queue_announcement WHERE site = ? AND zone = ? AND sequence >= ?)",
        constraint -> stale, site, a.zone(), a.sequence(), a.requestedAt(), Docs.write(a), site,
        a.zone(), a.sequence());
    if (n != 1) {
      throw stale;
    }
  }

  // ------------------------------------------------------------------ housekeeping

  @Override
  public int purge(Instant keysBefore, LocalDate dayBefore, Instant timeBefore) {
    checkWritable();
    int deleted = exec("DELETE FROM mpp_queue_idempotency WHERE site = ? AND created_at < ?",
        site, keysBefore);
    List<String> over = List.of(TicketState.DONE.name(), TicketState.CANCELLED.name(),
        TicketState.EXPIRED.name(), TicketState.NO_SHOW.name());
    exec("DELETE FROM mpp_queue_transition tr USING mpp_queue_ticket t WHERE t.site = ?"
        + " AND t.service_day < ? AND t.state = ANY (?) AND tr.site = t.site"
        + " AND tr.ticket = t.id", site, dayBefore, over);
    deleted += exec("DELETE FROM mpp_queue_ticket WHERE site = ? AND service_day < ?"
        + " AND state = ANY (?)", site, dayBefore, over);
    deleted += exec("DELETE FROM mpp_queue_booking WHERE site = ? AND day < ? AND state <> ?",
        site, dayBefore, BookingState.BOOKED.name());
    deleted += exec("DELETE FROM mpp_queue_service_day WHERE site = ? AND day < ?", site,
        dayBefore);
    deleted += exec("DELETE FROM mpp_queue_session_day WHERE site = ? AND day < ?", site,
        dayBefore);
    deleted += exec("DELETE FROM mpp_queue_event WHERE site = ? AND at < ?", site, timeBefore);
    deleted += exec("DELETE FROM mpp_queue_announcement WHERE site = ? AND requested_at < ?",
        site, timeBefore);
    exec("DELETE FROM mpp_queue_serving_sample WHERE site = ? AND ended_at < ?", site,
        timeBefore);
    return deleted;
  }

  private static boolean isPriority(Ticket t) {
    return t.priority() != PriorityClass.NONE;
  }
}
