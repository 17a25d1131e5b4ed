package id.mpp.sdk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.QuotaExceededException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.testing.LedgerSeeds;
import id.mpp.sdk.validation.MppValidator;
import id.mpp.sdk.validation.Nik;
import id.mpp.sdk.validation.PersonalDataHasher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every {@link QueueStore} must pass, exercised through {@link QueueDesk} and, for
 * the store's own guarantees (rollback, versions, uniqueness, lanes, cursors), through the SPI
 * directly. A store passes it by one subclass that implements {@link #newStore()}.
 *
 * <p>Every test uses its own {@link SiteId}, so a persistent store may share one database across
 * tests without cleaning it. Time is a {@link ManualClock} starting Monday 2 March 2026, 08:00
 * WIB.
 */
public abstract class QueueStoreContractTest {

  private static final AtomicInteger SITES = new AtomicInteger();
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  /** The site's zone (WIB). */
  protected static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  /** When every test starts: Monday 2 March 2026, 08:00 WIB. */
  protected static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 8, 0);
  /** Disdukcapil: closes 15:00, zone lantai-1. */
  protected static final AgencyId DUKCAPIL = AgencyId.of("dukcapil");
  /** BPJS Kesehatan: no closing time, zone lantai-2. */
  protected static final AgencyId BPJS = AgencyId.of("bpjs-kesehatan");
  /** KTP-el, prefix A, all priority classes, targets 15 min wait / 10 min serve. */
  protected static final ServiceCode KTP = ServiceCode.of("DUKCAPIL-KTP-EL");
  /** Kartu Keluarga, prefix B, no priority classes. */
  protected static final ServiceCode KK = ServiceCode.of("DUKCAPIL-KK");
  /** BPJS registration, prefix C. */
  protected static final ServiceCode JKN = ServiceCode.of("BPJS-KES-DAFTAR");
  /** Loket 1: KTP only. */
  protected static final CounterId L1 = CounterId.of("dukcapil-loket-1");
  /** Loket 2: KTP weight 3, KK weight 1. */
  protected static final CounterId L2 = CounterId.of("dukcapil-loket-2");
  /** Loket 5: BPJS registration. */
  protected static final CounterId L5 = CounterId.of("bpjs-loket-5");
  /** An officer. */
  protected static final CommandOptions BY_OFFICER = CommandOptions.by(Actor.officer("petugas-17"));
  /** A kiosk. */
  protected static final CommandOptions BY_KIOSK = CommandOptions.by(Actor.kiosk("kiosk-1"));
  /** A citizen on the web. */
  protected static final CommandOptions BY_CITIZEN = CommandOptions.by(Actor.citizen("web"));

  /** The clock of the test. */
  protected ManualClock clock;
  /** The store under test, fresh for each test. */
  protected QueueStore store;
  /** The test's own site. */
  protected SiteId site;
  /** A desk over the store, configured with two agencies, three services and three counters. */
  protected QueueDesk desk;
  /** Events the desk's listener heard. */
  protected final List<QueueEvent> heard = new CopyOnWriteArrayList<>();
  /** The NIK hasher of the desks. */
  protected final PersonalDataHasher hasher = PersonalDataHasher.withKey(key());
  private int extraCounters;

  /**
   * Creates the store under test; called once per test.
   *
   * @return a store (it may hold other sites' data)
   */
  protected abstract QueueStore newStore();

  /**
   * A second store over the same data, as a second hub instance has (its own connection pool
   * on the same database). The J1 test races desks over {@link #store} and this one. The
   * in-memory store has no second instance, so the default returns {@code store} itself.
   *
   * @param store the store of the test
   * @return a store that sees the same data
   */
  protected QueueStore secondInstance(QueueStore store) {
    return store;
  }

  /**
   * The size of the J1 run; a slower store may shrink it (keep at least two issuers and a few
   * hundred tickets).
   *
   * @return the J1 configuration
   */
  protected QueueLedger.Config ledgerConfig() {
    return QueueLedger.Config.defaults();
  }

  private static byte[] key() {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) 7);
    return k;
  }

  @BeforeEach
  void setUpSite() {
    clock = ManualClock.at(START, WIB);
    store = newStore();
    site = SiteId.of("contract-" + RUN + "-" + SITES.incrementAndGet());
    desk = desk(rules().build());
    desk.createAgency(new QueueAgency(DUKCAPIL, "Disdukcapil", "lantai-1", LocalTime.of(15, 0)));
    desk.createAgency(new QueueAgency(BPJS, "BPJS Kesehatan", "lantai-2", null));
    desk.createService(new ServiceQueue(KTP, DUKCAPIL, "KTP-el", "A", 3, 0,
        Duration.ofMinutes(15), Duration.ofMinutes(10), EnumSet.allOf(PriorityClass.class)
            .stream().filter(p -> p != PriorityClass.UNKNOWN && p != PriorityClass.NONE)
            .collect(java.util.stream.Collectors.toSet())));
    desk.createService(new ServiceQueue(KK, DUKCAPIL, "Kartu Keluarga", "B", 3, 0,
        Duration.ofMinutes(20), Duration.ofMinutes(10), Set.of()));
    desk.createService(new ServiceQueue(JKN, BPJS, "Pendaftaran JKN", "C", 3, 0,
        Duration.ofMinutes(20), Duration.ofMinutes(10), Set.of(PriorityClass.LANSIA)));
    createOpenCounter(L1, DUKCAPIL, 1, List.of(CounterService.of(KTP)));
    createOpenCounter(L2, DUKCAPIL, 2, List.of(CounterService.of(KTP, 3), CounterService.of(KK)));
    createOpenCounter(L5, BPJS, 5, List.of(CounterService.of(JKN)));
  }

  /**
   * The rules of the default desk: the defaults with announcement timing chime 2 s, 0.5 s per
   * word, 1 s gap.
   *
   * @return a rules builder
   */
  protected QueueRules.Builder rules() {
    return QueueRules.builder().announcementTiming(Duration.ofSeconds(2), Duration.ofMillis(500),
        Duration.ofSeconds(1));
  }

  /**
   * A desk of the test's site over the test's store.
   *
   * @param rules the rules
   * @return the desk
   */
  protected QueueDesk desk(QueueRules rules) {
    return QueueDesk.builder().site(site, WIB).clock(clock).store(store).rules(rules)
        .hasher(hasher).listener(heard::add).build();
  }

  private void createOpenCounter(CounterId id, AgencyId agency, int number,
      List<CounterService> services) {
    desk.createCounter(new CounterDefinition(id, agency, number, "Loket " + number,
        CounterKind.LOKET, null, services));
    desk.openCounter(id, BY_OFFICER);
  }

  /** A new open KTP counter, for tests that need many idle counters. */
  private CounterId freshCounter() {
    extraCounters++;
    CounterId id = CounterId.of("dukcapil-extra-" + extraCounters);
    createOpenCounter(id, DUKCAPIL, 100 + extraCounters, List.of(CounterService.of(KTP)));
    return id;
  }

  private Ticket issue(ServiceCode service) {
    return desk.issue(IssueRequest.walkIn(service), BY_KIOSK);
  }

  private Ticket issue(ServiceCode service, PriorityClass priority) {
    return desk.issue(IssueRequest.walkIn(service).priority(priority), BY_KIOSK);
  }

  private Ticket callNext(CounterId counter) {
    return desk.callNext(counter, BY_OFFICER).calledTicket().orElseThrow();
  }

  /** Calls the next ticket at a counter, serves and finishes it. */
  private Ticket serveNext(CounterId counter) {
    Ticket t = callNext(counter);
    desk.startServing(t.id(), BY_OFFICER);
    desk.finish(t.id(), BY_OFFICER);
    return t;
  }

  private LocalDate today() {
    return START.toLocalDate();
  }

  private static String reason(Throwable e) {
    return ((ConflictException) e).reason();
  }

  // ======================================================================= the SPI itself

  @Test
  void transact_whenWorkThrows_writesNothing() {
    long cursor = store.read(site, QueueReader::lastEventCursor);
    Ticket row = ticketRow("rollback-1", KTP, 41);
    assertThatThrownBy(() -> store.transact(site, tx -> {
      tx.putAgency(new QueueAgency(AgencyId.of("rollback-agency"), "Gone", "lantai-9", null));
      ServiceDay day = tx.lockServiceDay(KTP, today());
      tx.updateServiceDay(new ServiceDay(KTP, today(), day.lastNumber() + 41, 0));
      tx.insertTicket(row);
      tx.appendTransition(new TicketTransition(row.id(), 1, null, TicketState.WAITING,
          TicketCommand.ISSUE, Actor.system(), null, null, row.issuedAt(), DUKCAPIL, KTP, 0));
      tx.appendEvent(new QueueEvent(0, EventType.TICKET_ISSUED, row.issuedAt(), site, row.id(),
          row.number(), DUKCAPIL, KTP, null, TicketState.WAITING, 1, null, null));
      Counter l1 = tx.lockCounter(L1).orElseThrow();
      tx.updateCounter(new Counter(l1.definition(), CounterStatus.CLOSED, null, null, null,
          row.issuedAt(), l1.callState(), l1.version() + 1));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

    store.read(site, r -> {
      assertThat(r.findAgency(AgencyId.of("rollback-agency"))).isEmpty();
      assertThat(r.findServiceDay(KTP, today()).map(ServiceDay::lastNumber).orElse(0)).isZero();
      assertThat(r.findTicket(row.id())).isEmpty();
      assertThat(r.listTransitions(row.id())).isEmpty();
      assertThat(r.lastEventCursor()).isEqualTo(cursor);
      assertThat(r.findCounter(L1).orElseThrow().status()).isEqualTo(CounterStatus.OPEN);
      return null;
    });
  }

  @Test
  void transact_whenWorkReturns_commitsEveryWrite() {
    Ticket row = ticketRow("commit-1", KTP, 1);
    store.transact(site, tx -> {
      tx.updateServiceDay(new ServiceDay(KTP, today(), 1, 1));
      tx.insertTicket(row);
      return null;
    });
    assertThat(store.read(site, (QueueReader r) -> r.findTicket(row.id()))).contains(row);
    assertThat(store.read(site, (QueueReader r) -> r.findServiceDay(KTP, today()))).map(ServiceDay::lastNumber)
        .contains(1);
  }

  @Test
  void transact_readsItsOwnWrites() {
    Ticket row = ticketRow("own-1", KTP, 1);
    boolean seen = store.transact(site, tx -> {
      tx.insertTicket(row);
      return tx.findTicket(row.id()).isPresent()
          && tx.listTickets(TicketQuery.day(today()).service(KTP)).contains(row);
    });
    assertThat(seen).isTrue();
  }

  @Test
  void read_whenOtherSite_seesNothingOfThisSite() {
    issue(KTP);
    SiteId other = SiteId.of(site.value() + "-other");
    assertThat(store.read(other, (QueueReader r) -> r.listTickets(TicketQuery.day(today())))).isEmpty();
    assertThat(store.read(other, QueueReader::listCounters)).isEmpty();
    assertThat(store.read(other, QueueReader::lastEventCursor)).isZero();
  }

  @Test
  void updateTicket_whenVersionIsStale_conflictsAndKeepsStoredRow() {
    Ticket t = issue(KTP);
    Ticket stale = withVersion(t, t.version() + 2);
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> store.transact(site, tx -> {
          tx.lockTicket(t.id());
          tx.updateTicket(stale);
          return null;
        }));
    assertThat(reason(e)).isEqualTo("version_conflict");
    assertThat(desk.getTicket(t.id())).isEqualTo(t);
  }

  @Test
  void insertTicket_whenNumberOfTheDayIsTaken_conflicts() {
    Ticket t = issue(KTP);
    Ticket twin = ticketRow("twin-1", KTP, t.sequence());
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> store.transact(site, tx -> {
          tx.insertTicket(twin);
          return null;
        }));
    assertThat(reason(e)).isEqualTo("duplicate_ticket");
    assertThat(desk.findTicket(twin.id())).isEmpty();
  }

  @Test
  void insertCounter_whenIdExists_conflicts() {
    Throwable e = catchThrowableOfType(ConflictException.class, () -> desk.createCounter(
        new CounterDefinition(L1, DUKCAPIL, 9, "Loket 9", CounterKind.LOKET, null,
            List.of(CounterService.of(KTP)))));
    assertThat(reason(e)).isEqualTo("duplicate_counter");
    assertThat(desk.getCounter(L1).definition().number()).isEqualTo(1);
  }

  @Tag("reliability")
  @Test
  void claimIdempotencyKey_whenClaimedTwice_returnsTheFirstEntry() {
    CallResult first = CallResult.none();
    IdempotencyEntry entry = new IdempotencyEntry("key-1", "fp-1", clock.instant(), first);
    assertThat(store.transact(site, (QueueTransaction tx) -> tx.claimIdempotencyKey(entry))).isEmpty();
    IdempotencyEntry again = new IdempotencyEntry("key-1", "fp-2", clock.instant(),
        CallResult.called(issue(KTP)));
    Optional<IdempotencyEntry> held = store.transact(site, tx -> tx.claimIdempotencyKey(again));
    assertThat(held).hasValueSatisfying(h -> {
      assertThat(h.fingerprint()).isEqualTo("fp-1");
      assertThat(h.result()).isEqualTo(first);
    });
  }

  @Test
  void appendEvent_givesStrictlyIncreasingCursorsWithoutGaps() {
    issue(KTP);
    issue(KK);
    callNext(L1);
    List<QueueEvent> events = desk.events(0, 1000);
    assertThat(events).isNotEmpty();
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).cursor()).isEqualTo(events.get(i - 1).cursor() + 1);
    }
    assertThat(events.get(events.size() - 1).cursor())
        .isEqualTo(store.read(site, QueueReader::lastEventCursor));
  }

  @Test
  void lockCallHeads_returnsTheHeadOfEachLane() {
    Instant now = clock.instant();
    Ticket regular1 = insert(ticketRow("h-reg-1", KTP, 1), t -> t);
    insert(ticketRow("h-reg-2", KTP, 2), t -> t);
    Ticket assignedElsewhere = insert(ticketRow("h-asg", KTP, 3), t -> {
      t.assignedCounter = L2;
      t.rank = 0;
      return t;
    });
    Ticket delayed = insert(ticketRow("h-dly", KTP, 4), t -> {
      t.state = TicketState.DELAYED;
      t.callableAt = now.plusSeconds(60);
      t.rank = 1;
      return t;
    });
    Ticket prio = insert(ticketRow("h-pri", KTP, 5), t -> {
      t.priority = PriorityClass.LANSIA;
      return t;
    });
    Ticket bookedDue = insert(ticketRow("h-bk-due", KTP, 6), t -> {
      t.slotStart = now.plusSeconds(300);
      t.rank = 2;
      return t;
    });
    insert(ticketRow("h-bk-late", KTP, 7), t -> {
      t.slotStart = now.plusSeconds(7200);
      t.rank = 3;
      return t;
    });
    Ticket kk = insert(ticketRow("h-kk", KK, 1), t -> t);

    List<Ticket> heads = store.transact(site, tx -> tx.lockCallHeads(new HeadQuery(L1,
        List.of(KTP, KK), today(), now, now.plusSeconds(600))));

    // the booked ticket whose slot is far away sits in the regular lane, where its rank 3 is first
    assertThat(heads).extracting(Ticket::id).containsExactlyInAnyOrder(prio.id(),
        bookedDue.id(), TicketId.of("h-bk-late"), kk.id());
    assertThat(heads).extracting(Ticket::id).doesNotContain(assignedElsewhere.id(), delayed.id(),
        regular1.id());
  }

  @Test
  void lockCallHeads_whenDelayHasPassed_includesTheDelayedTicket() {
    Instant now = clock.instant();
    Ticket delayed = insert(ticketRow("d-1", KTP, 1), t -> {
      t.state = TicketState.DELAYED;
      t.callableAt = now;
      t.rank = 0;
      return t;
    });
    insert(ticketRow("d-2", KTP, 2), t -> t);
    List<Ticket> heads = store.transact(site, tx -> tx.lockCallHeads(new HeadQuery(L1,
        List.of(KTP), today(), now, now)));
    assertThat(heads).extracting(Ticket::id).containsExactly(delayed.id());
  }

  @Test
  void rankBounds_coverQueuedTicketsOnly() {
    insert(ticketRow("r-1", KTP, 1), t -> {
      t.rank = 10;
      return t;
    });
    insert(ticketRow("r-2", KTP, 2), t -> {
      t.rank = 30;
      t.priority = PriorityClass.IBU_HAMIL;
      return t;
    });
    insert(ticketRow("r-3", KTP, 3), t -> {
      t.rank = 5;
      t.state = TicketState.CALLED;
      return t;
    });
    Optional<RankBounds> bounds = store.transact(site, tx -> tx.rankBounds(KTP, today()));
    assertThat(bounds).contains(new RankBounds(10, 30));
    assertThat(store.transact(site, (QueueTransaction tx) -> tx.rankBounds(JKN, today()))).isEmpty();
  }

  @Test
  void insertBooking_whenPersonHasActiveBookingForServiceAndDay_conflicts() {
    Booking first = bookingRow("b-1", "RSV-AAAA0001", "hash-1", BookingState.BOOKED);
    store.transact(site, tx -> {
      tx.insertBooking(first);
      return null;
    });
    Booking second = bookingRow("b-2", "RSV-AAAA0002", "hash-1", BookingState.BOOKED);
    Throwable e = catchThrowableOfType(ConflictException.class, () -> store.transact(site, tx -> {
      tx.insertBooking(second);
      return null;
    }));
    assertThat(reason(e)).isEqualTo("duplicate_active_booking");
    store.transact(site, tx -> {
      Booking locked = tx.lockBooking(first.id()).orElseThrow();
      tx.updateBooking(new Booking(locked.id(), locked.site(), locked.code(), locked.service(),
          locked.agency(), locked.date(), locked.sessionStart(), locked.sessionEnd(),
          BookingState.CANCELLED, locked.citizenHash(), locked.createdAt(), clock.instant(), null,
          locked.version() + 1));
      tx.insertBooking(second);
      return null;
    });
    assertThat(store.read(site, (QueueReader r) -> r.findBookingByCode("RSV-AAAA0002"))).map(Booking::id)
        .contains(second.id());
  }

  @Test
  void purge_removesOldFinishedHistoryAndKeepsOpenTickets() {
    Ticket done = serveNextAfterIssue(L1);
    Ticket waiting = issue(KK);
    clock.advance(Duration.ofDays(40));
    int purged = store.transact(site, tx -> tx.purge(clock.instant(), today().plusDays(40),
        clock.instant()));
    assertThat(purged).isPositive();
    assertThat(desk.findTicket(done.id())).isEmpty();
    assertThat(desk.findTicket(waiting.id())).isPresent();
    assertThat(desk.events(0, 10)).isEmpty();
  }

  private Ticket serveNextAfterIssue(CounterId counter) {
    issue(KTP);
    return serveNext(counter);
  }

  // ======================================================================= configuration

  @Test
  void createService_whenFieldsAreBad_reportsEveryViolationInIndonesian() {
    QueueDesk id = QueueDesk.builder().site(site, WIB).clock(clock).store(store)
        .locale(MppValidator.INDONESIAN).build();
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> id.createService(new ServiceQueue(ServiceCode.of("DUKCAPIL-AKTA"), DUKCAPIL, " ",
            "ab", 0, -1, Duration.ZERO, Duration.ofMinutes(5), Set.of())));
    assertThat(e.violations()).extracting(Violation::field)
        .containsExactlyInAnyOrder("name", "prefix", "padding", "dailyQuota", "targetWait");
    assertThat(e.violations()).filteredOn(v -> v.field().equals("prefix"))
        .extracting(Violation::message).containsExactly(
            "awalan nomor antrian harus 1 sampai 3 huruf kapital");
    assertThat(desk.listServices()).hasSize(3);
  }

  @Test
  void createService_whenPrefixIsTaken_failsNamingPrefix() {
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> desk.createService(new ServiceQueue(ServiceCode.of("DUKCAPIL-AKTA"), DUKCAPIL,
            "Akta", "A", 3, 0, Duration.ofMinutes(5), Duration.ofMinutes(5), Set.of())));
    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("prefix", "queue.prefix.taken"));
  }

  @Test
  void createCounter_whenServiceBelongsToAnotherAgency_failsNamingTheService() {
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> desk.createCounter(new CounterDefinition(CounterId.of("dukcapil-loket-9"),
            DUKCAPIL, 9, "Loket 9", CounterKind.LOKET, null,
            List.of(CounterService.of(KTP), CounterService.of(JKN)))));
    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("services[1].service",
            "queue.counter.serviceAgency"));
    assertThat(desk.findCounter(CounterId.of("dukcapil-loket-9"))).isEmpty();
  }

  // ======================================================================= issue and numbering

  @Test
  void issue_numbersEachServiceFromOneWithZeroPadding() {
    assertThat(issue(KTP).number()).isEqualTo("A001");
    assertThat(issue(KTP).number()).isEqualTo("A002");
    assertThat(issue(KK).number()).isEqualTo("B001");
    assertThat(issue(JKN).number()).isEqualTo("C001");
  }

  @Test
  void issue_whenDayRollsOverInSiteZone_restartsNumbering() {
    Ticket monday = issue(KTP);
    clock.set(LocalDateTime.of(2026, 3, 2, 23, 59, 59));
    assertThat(issue(KTP).number()).isEqualTo("A002");
    clock.set(LocalDateTime.of(2026, 3, 3, 0, 0, 0));
    Ticket tuesday = issue(KTP);
    assertThat(tuesday.number()).isEqualTo("A001");
    assertThat(tuesday.serviceDay()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(monday.serviceDay()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void callNext_whenYesterdaysTicketStillWaits_callsTodaysTicketOnly() {
    Ticket monday = issue(KTP);
    clock.set(LocalDateTime.of(2026, 3, 3, 8, 0));
    Ticket tuesday = issue(KTP);
    assertThat(callNext(L1).id()).isEqualTo(tuesday.id());
    assertThat(desk.callNext(L2, BY_OFFICER).outcome()).isEqualTo(CallOutcome.NONE);
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.call(L2, monday.id(), BY_OFFICER));
    assertThat(reason(e)).isEqualTo("day_over");
  }

  @Test
  void issue_whenDailyQuotaIsUsedUp_throwsQuotaAndWritesNothing() {
    ServiceCode skck = ServiceCode.of("POLRES-SKCK");
    desk.createAgency(new QueueAgency(AgencyId.of("polres"), "Polres", "lantai-1", null));
    desk.createService(new ServiceQueue(skck, AgencyId.of("polres"), "SKCK", "S", 3, 2,
        Duration.ofMinutes(30), Duration.ofMinutes(15), Set.of()));
    issue(skck);
    issue(skck);
    long cursor = store.read(site, QueueReader::lastEventCursor);
    QuotaExceededException e = catchThrowableOfType(QuotaExceededException.class,
        () -> issue(skck));
    assertThat(e.quota()).isEqualTo("daily_quota");
    assertThat(desk.listTickets(TicketQuery.day(today()).service(skck))).hasSize(2);
    assertThat(store.read(site, (QueueReader r) -> r.findServiceDay(skck, today()))).map(ServiceDay::lastNumber)
        .contains(2);
    assertThat(store.read(site, QueueReader::lastEventCursor)).isEqualTo(cursor);
    clock.advance(Duration.ofDays(1));
    assertThat(issue(skck).number()).isEqualTo("S001");
  }

  @Test
  void issue_whenPriorityClassIsNotServedWithPrecedence_failsNamingPriority() {
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> issue(KK, PriorityClass.LANSIA));
    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("priority",
            "queue.priority.notAllowed"));
    assertThat(desk.listTickets(TicketQuery.day(today()))).isEmpty();
  }

  @Test
  void issue_whenServiceIsUnknown_failsNamingService() {
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> issue(ServiceCode.of("NOPE-NOPE")));
    assertThat(e.violations()).extracting(Violation::field).containsExactly("service");
  }

  @Test
  void issue_withNik_keepsOnlyTheKeyedHash() {
    Nik nik = Nik.parse("3201011708900001");
    Ticket t = desk.issue(IssueRequest.walkIn(KTP).nik(nik), BY_KIOSK);
    assertThat(t.citizenHash()).isEqualTo(hasher.hash(nik));
    assertThat(MppJson.defaults().write(t)).doesNotContain("3201011708900001");
    assertThat(t.toString()).doesNotContain("3201011708900001");
  }

  @Test
  void issue_whenPrinted_staysIssuingUntilThePrintIsConfirmed() {
    Ticket t = desk.issue(IssueRequest.walkIn(KTP).withPrint(), BY_KIOSK);
    assertThat(t.state()).isEqualTo(TicketState.ISSUING);
    assertThat(desk.callNext(L1, BY_OFFICER).outcome()).isEqualTo(CallOutcome.NONE);
    assertThat(desk.confirmPrint(t.id(), BY_KIOSK).state()).isEqualTo(TicketState.WAITING);
    assertThat(callNext(L1).id()).isEqualTo(t.id());
  }

  @Test
  void failPrint_cancelsTheTicketAndNeverReusesItsNumber() {
    Ticket t = desk.issue(IssueRequest.walkIn(KTP).withPrint(), BY_KIOSK);
    assertThat(desk.failPrint(t.id(), BY_KIOSK).state()).isEqualTo(TicketState.CANCELLED);
    assertThat(issue(KTP).number()).isEqualTo("A002");
  }

  @Test
  void sweep_whenPrintTimeoutHasPassed_cancelsTheReservation() {
    Ticket t = desk.issue(IssueRequest.walkIn(KTP).withPrint(), BY_KIOSK);
    clock.advance(Duration.ofSeconds(119));
    assertThat(desk.sweep().printTimeouts()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(desk.sweep().printTimeouts()).isEqualTo(1);
    assertThat(desk.getTicket(t.id()).state()).isEqualTo(TicketState.CANCELLED);
    assertThat(desk.listTransitions(t.id())).last()
        .extracting(TicketTransition::command, TicketTransition::actor)
        .containsExactly(TicketCommand.PRINT_TIMEOUT, Actor.system());
  }

  @Test
  void transitions_areAppendOnlyWithGapFreeVersionsActorCounterAndReason() {
    Ticket t = issue(KTP);
    callNext(L1);
    desk.recall(t.id(), BY_OFFICER);
    desk.startServing(t.id(), BY_OFFICER);
    desk.finish(t.id(), BY_OFFICER.reason("berkas lengkap"));
    List<TicketTransition> log = desk.listTransitions(t.id());
    assertThat(log).extracting(TicketTransition::version).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(log).extracting(TicketTransition::command).containsExactly(TicketCommand.ISSUE,
        TicketCommand.CALL, TicketCommand.RECALL, TicketCommand.START_SERVING,
        TicketCommand.FINISH);
    assertThat(log).extracting(TicketTransition::from).containsExactly(null, TicketState.WAITING,
        TicketState.CALLED, TicketState.CALLED, TicketState.SERVING);
    assertThat(log.get(0).actor()).isEqualTo(BY_KIOSK.actor());
    assertThat(log.get(1).counter()).isEqualTo(L1);
    assertThat(log.get(4).reason()).isEqualTo("berkas lengkap");
    assertThat(log.get(4).to()).isEqualTo(TicketState.DONE);
    assertThat(desk.getTicket(t.id()).version()).isEqualTo(5);
  }

  // ======================================================================= idempotency

  @Tag("reliability")
  @Test
  void issue_whenRepeatedWithTheSameKey_issuesOnce() {
    Ticket first = desk.issue(IssueRequest.walkIn(KTP), BY_KIOSK.key("click-1"));
    Ticket again = desk.issue(IssueRequest.walkIn(KTP), BY_KIOSK.key("click-1"));
    assertThat(again).isEqualTo(first);
    assertThat(desk.listTickets(TicketQuery.day(today()))).hasSize(1);
    assertThat(issue(KTP).number()).isEqualTo("A002");
  }

  @Tag("reliability")
  @Test
  void issue_whenTheSameKeyArrivesFromEightKiosksAtOnce_issuesOnceAndNoAttemptSeesAnother()
      throws Exception {
    int kiosks = 8;
    ExecutorService pool = Executors.newFixedThreadPool(kiosks);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Ticket>> attempts = new ArrayList<>();
    try {
      for (int i = 0; i < kiosks; i++) {
        attempts.add(pool.submit(() -> {
          start.await();
          try {
            return desk.issue(IssueRequest.walkIn(KTP), BY_KIOSK.key("race-1"));
          } catch (ConflictException inFlight) {
            // the first attempt holds the key: retry later, nothing stored for this one
            return null;
          }
        }));
      }
      start.countDown();
      List<Ticket> answered = new ArrayList<>();
      for (Future<Ticket> f : attempts) {
        Ticket t = f.get(30, TimeUnit.SECONDS);
        if (t != null) {
          answered.add(t);
        }
      }
      assertThat(answered).as("attempts answered with a ticket").isNotEmpty();
      assertThat(answered.stream().map(Ticket::id).distinct()).as("tickets the attempts saw")
          .hasSize(1);
      assertThat(desk.listTickets(TicketQuery.day(today()))).as("tickets stored").hasSize(1);
      assertThat(desk.issue(IssueRequest.walkIn(KTP), BY_KIOSK.key("race-1")).id())
          .isEqualTo(answered.get(0).id());
      assertThat(issue(KTP).number()).isEqualTo("A002");
    } finally {
      pool.shutdownNow();
    }
  }

  @Tag("reliability")
  @Test
  void callNext_whenDoubleClickedWithTheSameKey_callsOnce() {
    Ticket a1 = issue(KTP);
    Ticket a2 = issue(KTP);
    CallResult first = desk.callNext(L1, BY_OFFICER.key("dbl-1"));
    CallResult second = desk.callNext(L1, BY_OFFICER.key("dbl-1"));
    assertThat(second).isEqualTo(first);
    assertThat(first.ticket().id()).isEqualTo(a1.id());
    assertThat(desk.getTicket(a2.id()).state()).isEqualTo(TicketState.WAITING);
    assertThat(desk.listTransitions(a1.id())).filteredOn(x -> x.command() == TicketCommand.CALL)
        .hasSize(1);
    assertThat(desk.announcements("lantai-1", 0, 10)).hasSize(1);
  }

  @Test
  void callNext_whenClickedTwiceWithoutKey_refusesTheSecondAsBusy() {
    issue(KTP);
    issue(KTP);
    callNext(L1);
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.callNext(L1, BY_OFFICER));
    assertThat(reason(e)).isEqualTo("counter_busy");
  }

  @Tag("reliability")
  @Test
  void command_whenKeyIsReusedForAnotherCommand_conflicts() {
    issue(KTP);
    desk.callNext(L1, BY_OFFICER.key("k-1"));
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.issue(IssueRequest.walkIn(KK), BY_KIOSK.key("k-1")));
    assertThat(reason(e)).isEqualTo("idempotency_key_reused");
    assertThat(desk.listTickets(TicketQuery.day(today()).service(KK))).isEmpty();
  }

  @Tag("reliability")
  @Test
  void command_whenTheFirstAttemptFailed_leavesTheKeyFree() {
    Ticket t = issue(KTP);
    assertThatThrownBy(() -> desk.cancel(t.id(), BY_OFFICER.key("c-1")))
        .isInstanceOf(MppValidationException.class);
    Ticket cancelled = desk.cancel(t.id(), BY_OFFICER.key("c-1").reason("salah layanan"));
    assertThat(cancelled.state()).isEqualTo(TicketState.CANCELLED);
  }

  @Tag("reliability")
  @Test
  void issue_whenKeyHas255Characters_issuesOnce() {
    String key = "k".repeat(254) + "1";
    Ticket first = desk.issue(IssueRequest.walkIn(KTP), BY_KIOSK.key(key));
    Ticket again = desk.issue(IssueRequest.walkIn(KTP), BY_KIOSK.key(key));
    assertThat(again).isEqualTo(first);
    assertThat(desk.listTickets(TicketQuery.day(today()))).hasSize(1);
  }

  @Tag("reliability")
  @Test
  void issue_whenKeyIsLongerThan255OrHasControls_refusedNamingTheKeyAndIssuesNothing() {
    for (String key : List.of("k".repeat(256), "", "click\n1", "click\u00001")) {
      assertThatThrownBy(() -> desk.issue(IssueRequest.walkIn(KTP), BY_KIOSK.key(key)))
          .isInstanceOfSatisfying(MppValidationException.class, e -> {
            assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("idempotencyKey", "queue.key.format"));
            assertThat(e.getMessage()).doesNotContain("kkkk").doesNotContain("click");
          });
    }
    assertThat(desk.listTickets(TicketQuery.day(today()))).isEmpty();
    assertThat(issue(KTP).number()).isEqualTo("A001");
  }

  @Tag("reliability")
  @Test
  void issue_whenRepeatedJustInsideTheRetention_stillIssuesOnceEvenAfterASweep() {
    QueueDesk keeping = desk(rules().idempotencyRetention(Duration.ofHours(24)).build());
    Ticket first = keeping.issue(IssueRequest.walkIn(KTP), BY_KIOSK.key("kiosk-7-click-1"));
    clock.advance(Duration.ofHours(24).minusSeconds(1));
    keeping.sweep();
    Ticket again = keeping.issue(IssueRequest.walkIn(KTP), BY_KIOSK.key("kiosk-7-click-1"));
    assertThat(again).isEqualTo(first);
    assertThat(keeping.listTickets(TicketQuery.day(first.serviceDay()))).hasSize(1);
    assertThat(keeping.listTickets(TicketQuery.day(first.serviceDay().plusDays(1)))).isEmpty();
  }

  @Tag("reliability")
  @Test
  void issue_whenRepeatedAfterTheRetentionAndASweep_theKeyIsFreeAgain() {
    QueueDesk keeping = desk(rules().idempotencyRetention(Duration.ofHours(24)).build());
    Ticket first = keeping.issue(IssueRequest.walkIn(KTP), BY_KIOSK.key("kiosk-7-click-1"));
    clock.advance(Duration.ofHours(24).plusSeconds(1));
    assertThat(keeping.sweep().purged()).isPositive();
    Ticket later = keeping.issue(IssueRequest.walkIn(KTP), BY_KIOSK.key("kiosk-7-click-1"));
    assertThat(later.id()).isNotEqualTo(first.id());
    assertThat(later.serviceDay()).isEqualTo(first.serviceDay().plusDays(1));
  }

  // ======================================================================= the state machine

  /** The ticket state machine of docs/en/queue.md: state → commands it accepts. */
  private static final Map<TicketState, Set<TicketCommand>> ACCEPTS = Map.of(
      TicketState.ISSUING, EnumSet.of(TicketCommand.CONFIRM_PRINT, TicketCommand.FAIL_PRINT),
      TicketState.WAITING, EnumSet.of(TicketCommand.CALL, TicketCommand.CANCEL,
          TicketCommand.TRANSFER),
      TicketState.DELAYED, EnumSet.of(TicketCommand.CANCEL, TicketCommand.TRANSFER),
      TicketState.CALLED, EnumSet.of(TicketCommand.RECALL, TicketCommand.START_SERVING,
          TicketCommand.NO_SHOW, TicketCommand.RETURN_TO_QUEUE, TicketCommand.TRANSFER,
          TicketCommand.CANCEL),
      TicketState.SERVING, EnumSet.of(TicketCommand.FINISH, TicketCommand.TRANSFER,
          TicketCommand.PARK, TicketCommand.CANCEL),
      TicketState.PARKED, EnumSet.of(TicketCommand.CALL, TicketCommand.RELEASE,
          TicketCommand.TRANSFER, TicketCommand.CANCEL),
      TicketState.NO_SHOW, EnumSet.of(TicketCommand.REINSTATE),
      TicketState.DONE, EnumSet.noneOf(TicketCommand.class),
      TicketState.CANCELLED, EnumSet.noneOf(TicketCommand.class));

  private static final List<TicketCommand> COMMANDS = List.of(TicketCommand.CONFIRM_PRINT,
      TicketCommand.FAIL_PRINT, TicketCommand.CALL, TicketCommand.RECALL,
      TicketCommand.START_SERVING, TicketCommand.FINISH, TicketCommand.NO_SHOW,
      TicketCommand.REINSTATE, TicketCommand.CANCEL, TicketCommand.RETURN_TO_QUEUE,
      TicketCommand.PARK, TicketCommand.RELEASE, TicketCommand.TRANSFER);

  @Test
  void everyCommand_whenTheStateDoesNotAcceptIt_conflictsAndChangesNothing() {
    for (Map.Entry<TicketState, Set<TicketCommand>> row : ACCEPTS.entrySet()) {
      for (TicketCommand command : COMMANDS) {
        Ticket t = ticketIn(row.getKey());
        clock.advance(Duration.ofMinutes(1));
        Throwable thrown = null;
        try {
          run(command, t);
        } catch (RuntimeException e) {
          thrown = e;
        }
        String label = row.getKey() + " + " + command;
        if (row.getValue().contains(command)) {
          if (thrown instanceof ConflictException c) {
            assertThat(c.reason()).as(label).isNotEqualTo("illegal_transition");
          } else {
            assertThat(thrown).as(label).isNull();
          }
        } else {
          assertThat(thrown).as(label).isInstanceOf(ConflictException.class);
          assertThat(reason(thrown)).as(label).isEqualTo("illegal_transition");
          assertThat(desk.getTicket(t.id())).as(label).isEqualTo(t);
        }
      }
    }
  }

  @Test
  void expiredTicket_acceptsNoCommand() {
    Ticket t = issue(KTP);
    clock.set(LocalDateTime.of(2026, 3, 2, 15, 0));
    desk.sweep();
    Ticket expired = desk.getTicket(t.id());
    assertThat(expired.state()).isEqualTo(TicketState.EXPIRED);
    for (TicketCommand command : COMMANDS) {
      Throwable e = catchThrowableOfType(ConflictException.class, () -> run(command, expired));
      assertThat(reason(e)).as(command.name()).isEqualTo("illegal_transition");
    }
  }

  /** Runs a command with everything it needs. */
  private void run(TicketCommand command, Ticket t) {
    switch (command) {
      case CONFIRM_PRINT -> desk.confirmPrint(t.id(), BY_KIOSK);
      case FAIL_PRINT -> desk.failPrint(t.id(), BY_KIOSK);
      case CALL -> desk.call(t.counter() != null && t.state() == TicketState.PARKED ? t.counter()
          : freshCounter(), t.id(), BY_OFFICER);
      case RECALL -> desk.recall(t.id(), BY_OFFICER);
      case START_SERVING -> desk.startServing(t.id(), BY_OFFICER);
      case FINISH -> desk.finish(t.id(), BY_OFFICER);
      case NO_SHOW -> desk.markNoShow(t.id(), BY_OFFICER);
      case REINSTATE -> desk.reinstate(t.id(), Position.FIRST, BY_OFFICER);
      case CANCEL -> desk.cancel(t.id(), BY_OFFICER.reason("uji"));
      case RETURN_TO_QUEUE -> desk.returnToQueue(t.id(), Position.LAST, BY_OFFICER);
      case PARK -> desk.park(t.id(), BY_OFFICER);
      case RELEASE -> desk.release(t.id(), Position.LAST, BY_OFFICER);
      case TRANSFER -> desk.transfer(t.id(), TransferRequest.toService(JKN), BY_OFFICER);
      default -> throw new IllegalArgumentException(command.name());
    }
  }

  /** A new ticket brought into a state through the desk. */
  private Ticket ticketIn(TicketState state) {
    return switch (state) {
      case ISSUING -> desk.issue(IssueRequest.walkIn(KTP).withPrint(), BY_KIOSK);
      case WAITING -> issue(KTP);
      case DELAYED -> desk.transfer(issue(KTP).id(),
          TransferRequest.toService(KTP).delay(Duration.ofHours(1)), BY_OFFICER);
      case CALLED -> desk.call(freshCounter(), issue(KTP).id(), BY_OFFICER);
      case SERVING -> desk.startServing(ticketIn(TicketState.CALLED).id(), BY_OFFICER);
      case PARKED -> desk.park(ticketIn(TicketState.SERVING).id(), BY_OFFICER);
      case DONE -> desk.finish(ticketIn(TicketState.SERVING).id(), BY_OFFICER);
      case NO_SHOW -> {
        Ticket called = ticketIn(TicketState.CALLED);
        clock.advance(Duration.ofSeconds(30));
        yield desk.markNoShow(called.id(), BY_OFFICER);
      }
      case CANCELLED -> desk.cancel(issue(KTP).id(), BY_CITIZEN);
      default -> throw new IllegalArgumentException(state.name());
    };
  }

  // ======================================================================= calling

  @Test
  void callNext_whenCounterIsClosed_conflictsAndCallsNobody() {
    Ticket t = issue(KTP);
    desk.closeCounter(L1, BY_OFFICER);
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.callNext(L1, BY_OFFICER));
    assertThat(reason(e)).isEqualTo("counter_state");
    assertThat(desk.getTicket(t.id()).state()).isEqualTo(TicketState.WAITING);
  }

  @Test
  void callNext_whenNobodyIsCallable_returnsNone() {
    issue(JKN);
    assertThat(desk.callNext(L1, BY_OFFICER)).isEqualTo(CallResult.none());
    assertThat(desk.getCounter(L1).busy()).isFalse();
  }

  @Test
  void callNext_callsRegularVisitorsInIssueOrder() {
    Ticket a1 = issue(KTP);
    clock.advance(Duration.ofSeconds(5));
    Ticket a2 = issue(KTP);
    clock.advance(Duration.ofSeconds(5));
    Ticket a3 = issue(KTP);
    assertThat(List.of(serveNext(L1).id(), serveNext(L1).id(), serveNext(L1).id()))
        .containsExactly(a1.id(), a2.id(), a3.id());
  }

  @Test
  void callNext_marksTicketAndCounterTogether() {
    Ticket t = issue(KTP);
    Ticket called = callNext(L1);
    assertThat(called.state()).isEqualTo(TicketState.CALLED);
    assertThat(called.counter()).isEqualTo(L1);
    assertThat(called.currentStep().calledAt()).isEqualTo(clock.instant());
    assertThat(desk.getCounter(L1).currentTicket()).isEqualTo(t.id());
  }

  @Test
  void call_whenTicketIsOfAServiceTheCounterDoesNotCall_isRefused() {
    Ticket c1 = issue(JKN);
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.call(L1, c1.id(), BY_OFFICER));
    assertThat(reason(e)).isEqualTo("not_callable");
    assertThat(desk.getTicket(c1.id()).state()).isEqualTo(TicketState.WAITING);
  }

  @Test
  void recall_countsAndAnnouncesAgain() {
    Ticket t = issue(KTP);
    callNext(L1);
    clock.advance(Duration.ofSeconds(20));
    Ticket recalled = desk.recall(t.id(), BY_OFFICER);
    assertThat(recalled.state()).isEqualTo(TicketState.CALLED);
    assertThat(recalled.recallCount()).isEqualTo(1);
    List<Announcement> all = desk.announcements("lantai-1", 0, 10);
    assertThat(all).extracting(Announcement::recall).containsExactly(false, true);
    assertThat(all.get(1).text()).isEqualTo(
        "Panggilan ulang, nomor antrian A nol nol satu, silakan menuju loket satu");
  }

  @Test
  void recall_whenOverTheLimit_becomesNoShowAndFreesTheCounter() {
    Ticket t = issue(KTP);
    callNext(L1);
    for (int i = 0; i < desk.rules().recallLimit(); i++) {
      assertThat(desk.recall(t.id(), BY_OFFICER).state()).isEqualTo(TicketState.CALLED);
    }
    Ticket over = desk.recall(t.id(), BY_OFFICER);
    assertThat(over.state()).isEqualTo(TicketState.NO_SHOW);
    assertThat(over.currentStep().status()).isEqualTo(StepStatus.NO_SHOW);
    assertThat(desk.getCounter(L1).busy()).isFalse();
    assertThat(desk.listTransitions(t.id())).last().extracting(TicketTransition::command,
        TicketTransition::to).containsExactly(TicketCommand.RECALL, TicketState.NO_SHOW);
  }

  @Test
  void markNoShow_whenCalledTooRecently_isRefused() {
    Ticket t = issue(KTP);
    callNext(L1);
    clock.advance(Duration.ofSeconds(29));
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.markNoShow(t.id(), BY_OFFICER));
    assertThat(reason(e)).isEqualTo("too_soon");
    clock.advance(Duration.ofSeconds(1));
    assertThat(desk.markNoShow(t.id(), BY_OFFICER).state()).isEqualTo(TicketState.NO_SHOW);
    assertThat(desk.getCounter(L1).busy()).isFalse();
  }

  @Test
  void reinstate_withinGrace_putsTheNoShowFirst() {
    Ticket late = issue(KTP);
    Ticket other = issue(KTP);
    callNext(L1);
    clock.advance(Duration.ofSeconds(30));
    desk.markNoShow(late.id(), BY_OFFICER);
    clock.advance(Duration.ofMinutes(15));
    Ticket back = desk.reinstate(late.id(), Position.FIRST, BY_OFFICER);
    assertThat(back.state()).isEqualTo(TicketState.WAITING);
    assertThat(back.currentStep().status()).isEqualTo(StepStatus.ACTIVE);
    assertThat(callNext(L1).id()).isEqualTo(late.id());
    assertThat(desk.getTicket(other.id()).state()).isEqualTo(TicketState.WAITING);
  }

  @Test
  void reinstate_afterGrace_isRefused() {
    Ticket t = issue(KTP);
    callNext(L1);
    clock.advance(Duration.ofSeconds(30));
    desk.markNoShow(t.id(), BY_OFFICER);
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.reinstate(t.id(), Position.FIRST, BY_OFFICER));
    assertThat(reason(e)).isEqualTo("grace_over");
    assertThat(desk.getTicket(t.id()).state()).isEqualTo(TicketState.NO_SHOW);
  }

  @Test
  void finish_whenServed_isDoneAndFreesTheCounter() {
    Ticket t = issue(KTP);
    callNext(L1);
    clock.advance(Duration.ofMinutes(1));
    desk.startServing(t.id(), BY_OFFICER);
    clock.advance(Duration.ofMinutes(7));
    Ticket done = desk.finish(t.id(), BY_OFFICER);
    assertThat(done.state()).isEqualTo(TicketState.DONE);
    assertThat(done.currentStep().servingTime()).contains(Duration.ofMinutes(7));
    assertThat(done.currentStep().waitingTime()).contains(Duration.ZERO);
    assertThat(desk.getCounter(L1).busy()).isFalse();
  }

  @Test
  void cancel_byOfficerWithoutReason_isRefusedNamingReason() {
    Ticket t = issue(KTP);
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> desk.cancel(t.id(), BY_OFFICER));
    assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("reason", "queue.reason.required"));
    assertThat(desk.getTicket(t.id()).state()).isEqualTo(TicketState.WAITING);
  }

  @Test
  void cancel_whenCalled_recordsTheReasonAndFreesTheCounter() {
    Ticket t = issue(KTP);
    callNext(L1);
    Ticket cancelled = desk.cancel(t.id(), BY_OFFICER.reason("dokumen tidak dibawa"));
    assertThat(cancelled.state()).isEqualTo(TicketState.CANCELLED);
    assertThat(desk.listTransitions(t.id())).last().extracting(TicketTransition::reason)
        .isEqualTo("dokumen tidak dibawa");
    assertThat(desk.getCounter(L1).busy()).isFalse();
  }

  @Test
  void returnToQueue_last_putsTheVisitorBehindEveryone() {
    Ticket a1 = issue(KTP);
    Ticket a2 = issue(KTP);
    Ticket a3 = issue(KTP);
    callNext(L1);
    desk.returnToQueue(a1.id(), Position.LAST, BY_OFFICER);
    assertThat(desk.getCounter(L1).busy()).isFalse();
    assertThat(List.of(serveNext(L1).id(), serveNext(L1).id(), serveNext(L1).id()))
        .containsExactly(a2.id(), a3.id(), a1.id());
  }

  @Test
  void park_freesTheCounterAndOnlyThatCounterCallsTheTicketAgain() {
    Ticket parked = issue(KTP);
    Ticket next = issue(KTP);
    callNext(L1);
    desk.startServing(parked.id(), BY_OFFICER);
    assertThat(desk.park(parked.id(), BY_OFFICER).state()).isEqualTo(TicketState.PARKED);
    assertThat(serveNext(L1).id()).isEqualTo(next.id());
    assertThat(desk.callNext(L2, BY_OFFICER).outcome()).isEqualTo(CallOutcome.NONE);
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.call(L2, parked.id(), BY_OFFICER));
    assertThat(reason(e)).isEqualTo("not_callable");
    assertThat(desk.call(L1, parked.id(), BY_OFFICER).state()).isEqualTo(TicketState.CALLED);
  }

  @Test
  void release_sendsAParkedTicketBackToItsQueue() {
    Ticket t = issue(KTP);
    callNext(L1);
    desk.startServing(t.id(), BY_OFFICER);
    desk.park(t.id(), BY_OFFICER);
    Ticket released = desk.release(t.id(), Position.FIRST, BY_OFFICER);
    assertThat(released.state()).isEqualTo(TicketState.WAITING);
    assertThat(released.counter()).isNull();
    assertThat(callNext(L2).id()).isEqualTo(t.id());
  }

  // ======================================================================= transfers and journeys

  @Test
  void transfer_byIssueTime_placesTheTicketAmongOthersByItsOriginalIssueTime() {
    Ticket c1 = issue(JKN);
    clock.advance(Duration.ofMinutes(1));
    Ticket a1 = issue(KTP);
    clock.advance(Duration.ofMinutes(1));
    Ticket c2 = issue(JKN);
    clock.advance(Duration.ofMinutes(1));
    Ticket moved = desk.transfer(a1.id(), TransferRequest.toService(JKN), BY_OFFICER);
    assertThat(moved.number()).isEqualTo("A001");
    assertThat(moved.issuedAt()).isEqualTo(a1.issuedAt());
    assertThat(moved.agency()).isEqualTo(BPJS);
    assertThat(List.of(serveNext(L5).id(), serveNext(L5).id(), serveNext(L5).id()))
        .containsExactly(c1.id(), a1.id(), c2.id());
  }

  @Test
  void transfer_first_putsTheTicketAtTheFront() {
    issue(JKN);
    issue(JKN);
    Ticket a1 = issue(KTP);
    desk.transfer(a1.id(), TransferRequest.toService(JKN).position(Position.FIRST), BY_OFFICER);
    assertThat(callNext(L5).id()).isEqualTo(a1.id());
  }

  @Test
  void transfer_last_putsTheTicketAtTheBack() {
    Ticket a1 = issue(KTP);
    clock.advance(Duration.ofMinutes(1));
    Ticket c1 = issue(JKN);
    Ticket c2 = issue(JKN);
    desk.transfer(a1.id(), TransferRequest.toService(JKN).position(Position.LAST), BY_OFFICER);
    assertThat(List.of(serveNext(L5).id(), serveNext(L5).id(), serveNext(L5).id()))
        .containsExactly(c1.id(), c2.id(), a1.id());
  }

  @Test
  void transfer_whileServed_closesTheStepAndOpensOneAtTheTarget() {
    Ticket t = issue(KTP);
    callNext(L1);
    desk.startServing(t.id(), BY_OFFICER);
    Ticket moved = desk.transfer(t.id(), TransferRequest.toService(JKN), BY_OFFICER
        .reason("perlu pendaftaran JKN"));
    assertThat(moved.journey()).extracting(JourneyStep::service, JourneyStep::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(KTP, StepStatus.TRANSFERRED),
            org.assertj.core.groups.Tuple.tuple(JKN, StepStatus.ACTIVE));
    assertThat(moved.step()).isEqualTo(1);
    assertThat(desk.getCounter(L1).busy()).isFalse();
    assertThat(desk.events(0, 1000)).last().extracting(QueueEvent::type, QueueEvent::detail)
        .containsExactly(EventType.TICKET_TRANSFERRED, "service:" + JKN);
  }

  @Test
  void transfer_withDelay_isNotCallableUntilTheDelayHasPassed() {
    Ticket t = issue(KTP);
    Ticket delayed = desk.transfer(t.id(), TransferRequest.toService(JKN)
        .delay(Duration.ofMinutes(5)), BY_OFFICER);
    assertThat(delayed.state()).isEqualTo(TicketState.DELAYED);
    assertThat(delayed.callableAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
    clock.advance(Duration.ofMinutes(4).plusSeconds(59));
    assertThat(desk.callNext(L5, BY_OFFICER).outcome()).isEqualTo(CallOutcome.NONE);
    clock.advance(Duration.ofSeconds(1));
    assertThat(callNext(L5).id()).isEqualTo(t.id());
    assertThat(desk.listTransitions(t.id())).extracting(TicketTransition::command)
        .containsSubsequence(TicketCommand.TRANSFER, TicketCommand.DELAY_ELAPSED,
            TicketCommand.CALL);
  }

  @Test
  void sweep_whenDelayHasPassed_makesTheTicketWaiting() {
    Ticket t = issue(KTP);
    desk.transfer(t.id(), TransferRequest.toService(KTP).delay(Duration.ofMinutes(2)),
        BY_OFFICER);
    clock.advance(Duration.ofMinutes(2));
    assertThat(desk.sweep().delaysElapsed()).isEqualTo(1);
    assertThat(desk.getTicket(t.id()).state()).isEqualTo(TicketState.WAITING);
  }

  @Test
  void transfer_toACounter_isCalledByThatCounterOnly() {
    Ticket t = issue(KTP);
    desk.transfer(t.id(), TransferRequest.toCounter(L2), BY_OFFICER);
    assertThat(desk.callNext(L1, BY_OFFICER).outcome()).isEqualTo(CallOutcome.NONE);
    assertThat(callNext(L2).id()).isEqualTo(t.id());
  }

  @Test
  void transfer_toACounterThatDoesNotCallTheService_failsNamingCounter() {
    Ticket t = issue(KTP);
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> desk.transfer(t.id(), TransferRequest.toCounter(L5), BY_OFFICER));
    assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("counter", "queue.counter.notServed"));
    assertThat(desk.getTicket(t.id())).isEqualTo(t);
  }

  @Test
  void journey_whenFirstStepIsFinished_waitsAtTheNextAgencyUnderTheSameNumber() {
    Ticket t = desk.issue(IssueRequest.walkIn(KTP).then(JKN), BY_KIOSK);
    assertThat(t.journey()).extracting(JourneyStep::status)
        .containsExactly(StepStatus.ACTIVE, StepStatus.PLANNED);
    callNext(L1);
    desk.startServing(t.id(), BY_OFFICER);
    Ticket next = desk.finish(t.id(), BY_OFFICER);
    assertThat(next.state()).isEqualTo(TicketState.WAITING);
    assertThat(next.number()).isEqualTo("A001");
    assertThat(next.agency()).isEqualTo(BPJS);
    assertThat(next.service()).isEqualTo(JKN);
    assertThat(desk.getCounter(L1).busy()).isFalse();
    Ticket atBpjs = callNext(L5);
    assertThat(atBpjs.id()).isEqualTo(t.id());
    assertThat(desk.announcements("lantai-2", 0, 10)).extracting(Announcement::text)
        .containsExactly("Nomor antrian A nol nol satu, silakan menuju loket lima");
    desk.startServing(t.id(), BY_OFFICER);
    Ticket done = desk.finish(t.id(), BY_OFFICER);
    assertThat(done.state()).isEqualTo(TicketState.DONE);
    assertThat(done.journey()).extracting(JourneyStep::status)
        .containsExactly(StepStatus.DONE, StepStatus.DONE);
  }

  // ======================================================================= end of day

  @Test
  void sweep_atAgencyClosingTime_expiresItsOpenTicketsAndFreesCounters() {
    Ticket waiting = issue(KTP);
    Ticket called = issue(KTP);
    desk.call(L2, called.id(), BY_OFFICER);
    Ticket bpjs = issue(JKN);
    clock.set(LocalDateTime.of(2026, 3, 2, 14, 59));
    assertThat(desk.sweep().ticketsExpired()).isZero();
    clock.set(LocalDateTime.of(2026, 3, 2, 15, 0));
    assertThat(desk.sweep().ticketsExpired()).isEqualTo(2);
    assertThat(desk.getTicket(waiting.id()).state()).isEqualTo(TicketState.EXPIRED);
    assertThat(desk.getTicket(called.id()).state()).isEqualTo(TicketState.EXPIRED);
    assertThat(desk.getCounter(L2).busy()).isFalse();
    assertThat(desk.getTicket(bpjs.id()).state()).isEqualTo(TicketState.WAITING);
  }

  @Test
  void sweep_afterMidnight_expiresEveryOpenTicketOfThePastDay() {
    Ticket bpjs = issue(JKN);
    clock.set(LocalDateTime.of(2026, 3, 3, 0, 0, 1));
    desk.sweep();
    assertThat(desk.getTicket(bpjs.id()).state()).isEqualTo(TicketState.EXPIRED);
    assertThat(desk.getTicket(bpjs.id()).currentStep().status()).isEqualTo(StepStatus.EXPIRED);
  }

  // ======================================================================= call policy

  @Test
  void callNext_callsPriorityVisitorsBeforeRegularOnes() {
    Ticket regular = issue(KTP);
    Ticket lansia = issue(KTP, PriorityClass.LANSIA);
    assertThat(serveNext(L1).id()).isEqualTo(lansia.id());
    assertThat(serveNext(L1).id()).isEqualTo(regular.id());
  }

  @Test
  void callNext_whenPriorityVisitorsKeepComing_callsTheWaitingRegularVisitorWithinTheBound() {
    Ticket regular = issue(KTP);
    int bound = desk.starvationBound(L1, KTP);
    assertThat(bound).isEqualTo(desk.rules().maxPrecedenceStreak() + 1);
    int calls = 0;
    PriorityClass[] classes = {PriorityClass.LANSIA, PriorityClass.DISABILITAS,
        PriorityClass.IBU_HAMIL, PriorityClass.IBU_DENGAN_BALITA};
    issue(KTP, classes[0]);
    while (true) {
      issue(KTP, classes[calls % classes.length]);
      calls++;
      if (serveNext(L1).id().equals(regular.id())) {
        break;
      }
      assertThat(calls).isLessThan(bound);
    }
    assertThat(calls).isEqualTo(bound);
  }

  @Test
  void callNext_whenNoRegularVisitorWaits_callsPriorityVisitorsWithoutLimit() {
    for (int i = 0; i < 6; i++) {
      issue(KTP, PriorityClass.LANSIA);
    }
    for (int i = 0; i < 6; i++) {
      assertThat(serveNext(L1).priority()).isEqualTo(PriorityClass.LANSIA);
    }
  }

  @Test
  void callNext_whenBothServicesHaveVisitors_followsTheWeights() {
    for (int i = 0; i < 8; i++) {
      issue(KTP);
      issue(KK);
    }
    List<ServiceCode> served = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      served.add(serveNext(L2).service());
    }
    assertThat(served).filteredOn(KTP::equals).hasSize(6);
    for (int i = 0; i + 4 <= served.size(); i++) {
      assertThat(served.subList(i, i + 4)).filteredOn(KK::equals).as("window at %d", i)
          .hasSize(1);
    }
  }

  @Test
  void callNext_underRandomArrivals_neverExceedsTheStarvationBound() {
    Random random = new Random(42);
    int boundKk = desk.starvationBound(L2, KK);
    int boundKtp = desk.starvationBound(L2, KTP);
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < 3; i++) {
        issue(KTP, PriorityClass.LANSIA);
        issue(KTP);
      }
      Ticket kk = issue(KK);
      int calls = 0;
      boolean kkCalled = false;
      while (!kkCalled) {
        if (random.nextBoolean()) {
          issue(KTP, PriorityClass.LANSIA);
        }
        if (random.nextBoolean()) {
          issue(KTP);
        }
        Ticket t = serveNext(L2);
        calls++;
        kkCalled = t.id().equals(kk.id());
        assertThat(calls).as("round %d", round).isLessThanOrEqualTo(boundKk);
      }
      assertThat(boundKtp).isLessThan(boundKk);
      CallResult drained;
      while ((drained = desk.callNext(L2, BY_OFFICER)).outcome() == CallOutcome.CALLED) {
        desk.startServing(drained.ticket().id(), BY_OFFICER);
        desk.finish(drained.ticket().id(), BY_OFFICER);
      }
    }
  }

  // ======================================================================= announcements

  @Test
  void callNext_announcesInBahasaIndonesiaWithOrderedVoiceParts() {
    issue(JKN);
    callNext(L5);
    Announcement a = desk.announcements("lantai-2", 0, 10).get(0);
    assertThat(a.text()).isEqualTo("Nomor antrian C nol nol satu, silakan menuju loket lima");
    assertThat(a.parts()).extracting(VoicePart::text).containsExactly("", "nomor antrian", "C",
        "nol", "nol", "satu", "silakan menuju", "loket", "lima");
    assertThat(a.parts()).extracting(VoicePart::clip).containsExactly("chime",
        "phrase-nomor-antrian", "letter-c", "digit-0", "digit-0", "digit-1",
        "phrase-silakan-menuju", "phrase-loket", "number-5");
    assertThat(a.number()).isEqualTo("C001");
    assertThat(a.counter()).isEqualTo(L5);
  }

  @Test
  void announcements_inOneZone_areScheduledBackToBackAndNeverOverlap() {
    issue(KTP);
    issue(KTP);
    issue(JKN);
    Instant now = clock.instant();
    callNext(L1);
    callNext(L2);
    callNext(L5);
    List<Announcement> floor1 = desk.announcements("lantai-1", 0, 10);
    assertThat(floor1).extracting(Announcement::sequence).containsExactly(1L, 2L);
    // 10 spoken words × 0.5 s + 2 s chime = 7 s; then 1 s gap
    assertThat(floor1.get(0).startsAt()).isEqualTo(now);
    assertThat(floor1.get(0).endsAt()).isEqualTo(now.plusSeconds(7));
    assertThat(floor1.get(1).startsAt()).isEqualTo(now.plusSeconds(8));
    assertThat(floor1.get(1).startsAt()).isAfterOrEqualTo(floor1.get(0).endsAt());
    assertThat(floor1.get(1).text()).endsWith("loket dua");
    List<Announcement> floor2 = desk.announcements("lantai-2", 0, 10);
    assertThat(floor2).singleElement().extracting(Announcement::startsAt).isEqualTo(now);
  }

  @Test
  void announcements_afterTheZoneFellSilent_startImmediately() {
    issue(KTP);
    issue(KTP);
    serveNext(L1);
    clock.advance(Duration.ofMinutes(1));
    callNext(L1);
    List<Announcement> all = desk.announcements("lantai-1", 1, 10);
    assertThat(all).singleElement().extracting(Announcement::startsAt)
        .isEqualTo(clock.instant());
  }

  @Test
  void recentlyCalled_isNewestFirstWithOneEntryPerTicket() {
    Ticket a1 = issue(KTP);
    Ticket a2 = issue(KTP);
    callNext(L1);
    clock.advance(Duration.ofSeconds(10));
    callNext(L2);
    clock.advance(Duration.ofSeconds(10));
    desk.recall(a1.id(), BY_OFFICER);
    List<Announcement> recent = desk.recentlyCalled("lantai-1", 5);
    assertThat(recent).extracting(Announcement::ticket).containsExactly(a1.id(), a2.id());
    assertThat(recent.get(0).recall()).isTrue();
  }

  // ======================================================================= events

  @Test
  void events_resumeFromACursorWithoutGapsOrRepeats() {
    Ticket t = issue(KTP);
    callNext(L1);
    desk.startServing(t.id(), BY_OFFICER);
    desk.finish(t.id(), BY_OFFICER);
    List<QueueEvent> all = desk.events(0, 1000);
    long middle = all.get(all.size() / 2).cursor();
    List<QueueEvent> rest = desk.events(middle, 1000);
    assertThat(rest).isEqualTo(all.subList(all.size() / 2 + 1, all.size()));
    assertThat(all).extracting(QueueEvent::type).endsWith(EventType.TICKET_ISSUED,
        EventType.TICKET_CALLED, EventType.SERVING_STARTED, EventType.TICKET_DONE);
  }

  @Test
  void listener_hearsEveryCommittedEventInCursorOrder() {
    heard.clear();
    Ticket t = issue(KTP);
    callNext(L1);
    desk.pauseCounter(L2, PauseReason.SHOLAT_JUMAT, BY_OFFICER);
    List<QueueEvent> log = desk.events(0, 1000);
    assertThat(heard).isEqualTo(log.subList(log.size() - heard.size(), log.size()));
    assertThat(heard).extracting(QueueEvent::type).containsExactly(EventType.TICKET_ISSUED,
        EventType.TICKET_CALLED, EventType.COUNTER_PAUSED);
    assertThat(heard.get(1).ticket()).isEqualTo(t.id());
    assertThat(heard.get(2).detail()).isEqualTo("SHOLAT_JUMAT");
  }

  @Test
  void listener_whenTheCommandFails_hearsNothing() {
    Ticket t = issue(KTP);
    heard.clear();
    assertThatThrownBy(() -> desk.cancel(t.id(), BY_OFFICER))
        .isInstanceOf(MppValidationException.class);
    assertThatThrownBy(() -> desk.startServing(t.id(), BY_OFFICER))
        .isInstanceOf(ConflictException.class);
    assertThat(heard).isEmpty();
    assertThat(desk.listTransitions(t.id())).hasSize(1);
  }

  @Test
  void listener_whenItThrows_doesNotBreakTheCommand() {
    QueueDesk noisy = QueueDesk.builder().site(site, WIB).clock(clock).store(store)
        .listener(e -> {
          throw new IllegalStateException("listener down");
        }).build();
    Ticket t = noisy.issue(IssueRequest.walkIn(KTP), BY_KIOSK);
    assertThat(desk.getTicket(t.id()).state()).isEqualTo(TicketState.WAITING);
  }

  // ======================================================================= counters

  @Test
  void pauseCounter_forFridayPrayer_stopsCallsUntilResumed() {
    issue(KTP);
    Counter paused = desk.pauseCounter(L1, PauseReason.SHOLAT_JUMAT,
        BY_OFFICER.reason("kembali 13.00"));
    assertThat(paused.status()).isEqualTo(CounterStatus.PAUSED);
    assertThat(paused.pauseReason()).isEqualTo(PauseReason.SHOLAT_JUMAT);
    assertThat(paused.note()).isEqualTo("kembali 13.00");
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.callNext(L1, BY_OFFICER));
    assertThat(reason(e)).isEqualTo("counter_state");
    assertThat(desk.resumeCounter(L1, BY_OFFICER).status()).isEqualTo(CounterStatus.OPEN);
    assertThat(desk.callNext(L1, BY_OFFICER).outcome()).isEqualTo(CallOutcome.CALLED);
  }

  @Test
  void pauseCounter_whileBusy_isRefused() {
    issue(KTP);
    callNext(L1);
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.pauseCounter(L1, PauseReason.ISTIRAHAT, BY_OFFICER));
    assertThat(reason(e)).isEqualTo("counter_busy");
    assertThat(desk.getCounter(L1).status()).isEqualTo(CounterStatus.OPEN);
  }

  @Test
  void closeCounter_whenIdle_closesAndOpenAgainWorks() {
    assertThat(desk.closeCounter(L1, BY_OFFICER).status()).isEqualTo(CounterStatus.CLOSED);
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.closeCounter(L1, BY_OFFICER));
    assertThat(reason(e)).isEqualTo("counter_state");
    assertThat(desk.openCounter(L1, BY_OFFICER).status()).isEqualTo(CounterStatus.OPEN);
  }

  // ======================================================================= waiting-time estimates

  @Test
  void getStatus_givesPositionAndPeopleAhead() {
    Ticket a1 = issue(KTP);
    issue(KTP, PriorityClass.LANSIA);
    Ticket a3 = issue(KTP);
    TicketStatus status = desk.getStatus(a3.id());
    assertThat(status.peopleAhead()).isEqualTo(2);
    assertThat(status.position()).isEqualTo(3);
    assertThat(desk.getStatus(a1.id()).peopleAhead()).isEqualTo(1);
    callNext(L1);
    assertThat(desk.getStatus(a3.id()).peopleAhead()).isEqualTo(1);
  }

  @Test
  void getStatus_whenFewServingTimesAreKnown_estimatesFromTheTarget() {
    desk.closeCounter(L2, BY_OFFICER);
    issue(KTP);
    issue(KTP);
    Ticket third = issue(KTP);
    WaitEstimate e = desk.getStatus(third.id()).estimate();
    // 2 ahead + ½, target 600 s, σ = 300 s, one counter open:
    // p50 = 2.5 × 600 = 1500 s; p90 = 1500 + 1.2816 × 300 × √2.5 = 2107.9 → 2108 s
    assertThat(e.peopleAhead()).isEqualTo(2);
    assertThat(e.samples()).isZero();
    assertThat(e.openCounters()).isEqualTo(1);
    assertThat(e.p50()).isEqualTo(Duration.ofSeconds(1500));
    assertThat(e.p90()).isEqualTo(Duration.ofSeconds(2108));
  }

  @Test
  void getStatus_withRecentServingTimes_estimatesFromThemAndTheOpenCounters() {
    desk.closeCounter(L2, BY_OFFICER);
    for (int minutes : new int[] {4, 5, 6, 5, 5}) {
      Ticket t = issue(KTP);
      callNext(L1);
      desk.startServing(t.id(), BY_OFFICER);
      clock.advance(Duration.ofMinutes(minutes));
      desk.finish(t.id(), BY_OFFICER);
    }
    issue(KTP);
    issue(KTP);
    Ticket third = issue(KTP);
    WaitEstimate e = desk.getStatus(third.id()).estimate();
    // μ = 300 s, σ = √(7200/4) = 42.43 s: p50 = 2.5 × 300 = 750 s;
    // p90 = 750 + 1.2816 × 42.43 × √2.5 = 835.97 → 836 s
    assertThat(e.samples()).isEqualTo(5);
    assertThat(e.p50()).isEqualTo(Duration.ofSeconds(750));
    assertThat(e.p90()).isEqualTo(Duration.ofSeconds(836));
    desk.openCounter(L2, BY_OFFICER);
    WaitEstimate two = desk.getStatus(third.id()).estimate();
    // L1 counts 1, L2 counts 3/4 of its weight for KTP: capacity 1.75
    assertThat(two.capacity()).isEqualTo(1.75);
    assertThat(two.p50()).isEqualTo(Duration.ofSeconds(429));
  }

  @Test
  void getStatus_whenAnIdleCounterIsFree_estimatesNoWait() {
    Ticket t = issue(KTP);
    WaitEstimate e = desk.getStatus(t.id()).estimate();
    assertThat(e.p50()).isZero();
    assertThat(e.p90()).isZero();
  }

  @Test
  void getStatus_whenTheTicketIsNotQueued_hasNoEstimate() {
    Ticket t = issue(KTP);
    callNext(L1);
    TicketStatus s = desk.getStatus(t.id());
    assertThat(s.position()).isZero();
    assertThat(s.estimate()).isNull();
    assertThat(s.ticket().state()).isEqualTo(TicketState.CALLED);
  }

  @Test
  void getTicket_whenUnknown_throwsNotFound() {
    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> desk.getTicket(TicketId.of("missing")));
    assertThat(e.kind()).isEqualTo("ticket");
  }

  // ======================================================================= KPIs

  @Test
  void kpis_countPerServiceAndHourWithPercentilesNoShowsAndTargets() {
    desk.closeCounter(L2, BY_OFFICER);
    Ticket t1 = issue(KTP);
    Ticket t2 = issue(KTP);
    Ticket t3 = issue(KTP);
    clock.set(START.plusMinutes(10));
    callNext(L1);
    clock.advance(Duration.ofMinutes(1));
    desk.startServing(t1.id(), BY_OFFICER);
    clock.advance(Duration.ofMinutes(5));
    desk.finish(t1.id(), BY_OFFICER);
    clock.set(START.plusMinutes(20));
    callNext(L1);
    clock.advance(Duration.ofMinutes(1));
    desk.markNoShow(t2.id(), BY_OFFICER);
    clock.set(START.plusMinutes(30));
    callNext(L1);
    clock.advance(Duration.ofMinutes(1));
    desk.startServing(t3.id(), BY_OFFICER);
    clock.advance(Duration.ofMinutes(15));
    desk.finish(t3.id(), BY_OFFICER);

    QueueKpis kpis = desk.kpis(KpiQuery.day(today()));
    assertThat(kpis.services()).singleElement().satisfies(k -> {
      assertThat(k.service()).isEqualTo(KTP);
      assertThat(k.arrivals()).isEqualTo(3);
      assertThat(k.arrivalsPerHour()).containsExactly(new HourCount(8, 3));
      assertThat(k.served()).isEqualTo(2);
      assertThat(k.noShows()).isEqualTo(1);
      assertThat(k.waitP50()).isEqualTo(Duration.ofMinutes(20));
      assertThat(k.waitP90()).isEqualTo(Duration.ofMinutes(30));
      assertThat(k.serveP50()).isEqualTo(Duration.ofMinutes(5));
      assertThat(k.serveP90()).isEqualTo(Duration.ofMinutes(15));
      assertThat(k.noShowRate()).isEqualTo(1.0 / 3);
      assertThat(k.withinTargetWait()).isEqualTo(1.0 / 3);
      assertThat(k.withinTargetServe()).isEqualTo(0.5);
    });
  }

  // ======================================================================= booking

  private static final Nik NIK_1 = Nik.parse("3201011708900001");
  private static final Nik NIK_2 = Nik.parse("3201011708900002");
  private static final Nik NIK_3 = Nik.parse("3201011708900003");
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime ONE_PM = LocalTime.of(13, 0);

  /** KTP takes bookings 30 days ahead, sessions 09-10 and 13-14 on weekdays with 2 places. */
  private BookingPlan bookingPlan() {
    List<BookingSession> sessions = new ArrayList<>();
    for (java.time.DayOfWeek day : EnumSet.range(java.time.DayOfWeek.MONDAY,
        java.time.DayOfWeek.FRIDAY)) {
      sessions.add(new BookingSession(day, NINE, LocalTime.of(10, 0), 2));
      sessions.add(new BookingSession(day, ONE_PM, LocalTime.of(14, 0), 2));
    }
    return desk.setBookingPlan(new BookingPlan(KTP, 30, Duration.ofMinutes(30),
        Duration.ofMinutes(15), sessions, Set.of(LocalDate.of(2026, 3, 10))));
  }

  private Booking book(LocalDate date, LocalTime start, Nik nik) {
    return desk.book(new BookingRequest(KTP, date, start, nik), BY_CITIZEN);
  }

  private static String field(MppValidationException e) {
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0).field() + ":" + e.violations().get(0).rule();
  }

  @Test
  void setBookingPlan_whenASessionIsListedTwice_failsNamingTheSession() {
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> desk.setBookingPlan(new BookingPlan(KTP, 7, Duration.ZERO, Duration.ZERO,
            List.of(new BookingSession(java.time.DayOfWeek.MONDAY, NINE, LocalTime.of(10, 0), 5),
                new BookingSession(java.time.DayOfWeek.MONDAY, NINE, LocalTime.of(11, 0), 5)),
            Set.of())));
    assertThat(field(e)).isEqualTo("sessions[1]:queue.session.duplicate");
    assertThat(desk.findBookingPlan(KTP)).isEmpty();
  }

  @Test
  void listSessions_skipsWeekendsHolidaysCutiBersamaAndClosedDates() {
    bookingPlan();
    List<SessionAvailability> sessions = desk.listSessions(KTP, LocalDate.of(2026, 3, 6),
        LocalDate.of(2026, 3, 24));
    assertThat(sessions.stream().map(SessionAvailability::date).distinct()).containsExactly(
        LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11),
        LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 16),
        LocalDate.of(2026, 3, 17));
    assertThat(sessions).hasSize(14).allSatisfy(s -> {
      assertThat(s.remaining()).isEqualTo(2);
      assertThat(s.bookable()).isTrue();
    });
  }

  @Test
  void listSessions_endsAtTheBookingWindow() {
    bookingPlan();
    List<SessionAvailability> sessions = desk.listSessions(KTP, today(), today().plusDays(60));
    assertThat(sessions).last().extracting(SessionAvailability::date)
        .isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void book_onNyepi_failsNamingTheDate() {
    bookingPlan();
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> book(LocalDate.of(2026, 3, 19), NINE, NIK_1));
    assertThat(field(e)).isEqualTo("date:queue.booking.closed");
  }

  @Test
  void book_onAClosedDateOrAWeekend_failsNamingTheDate() {
    bookingPlan();
    MppValidationException closed = catchThrowableOfType(MppValidationException.class,
        () -> book(LocalDate.of(2026, 3, 10), NINE, NIK_1));
    assertThat(field(closed)).isEqualTo("date:queue.booking.closed");
    MppValidationException saturday = catchThrowableOfType(MppValidationException.class,
        () -> book(LocalDate.of(2026, 3, 7), NINE, NIK_1));
    assertThat(field(saturday)).isEqualTo("date:queue.booking.closed");
  }

  @Test
  void book_outsideTheBookingWindow_failsNamingTheDate() {
    bookingPlan();
    MppValidationException late = catchThrowableOfType(MppValidationException.class,
        () -> book(today().plusDays(31), NINE, NIK_1));
    assertThat(field(late)).isEqualTo("date:queue.booking.window");
    MppValidationException past = catchThrowableOfType(MppValidationException.class,
        () -> book(today().minusDays(1), NINE, NIK_1));
    assertThat(field(past)).isEqualTo("date:queue.booking.window");
    assertThat(desk.listBookings(BookingQuery.dates(today().minusDays(1), today().plusDays(31))))
        .isEmpty();
  }

  @Test
  void book_whenNoSessionStartsThen_failsNamingSessionStart() {
    bookingPlan();
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> book(today().plusDays(1), LocalTime.of(11, 0), NIK_1));
    assertThat(field(e)).isEqualTo("sessionStart:queue.booking.session");
  }

  @Test
  void book_whenTheSessionsCheckInIsOver_failsNamingSessionStart() {
    bookingPlan();
    clock.set(LocalDateTime.of(2026, 3, 2, 10, 15));
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> book(today(), NINE, NIK_1));
    assertThat(field(e)).isEqualTo("sessionStart:queue.booking.sessionOver");
  }

  @Test
  void book_whenTheServiceTakesNoBookings_failsNamingService() {
    MppValidationException e = catchThrowableOfType(MppValidationException.class,
        () -> desk.book(new BookingRequest(KK, today(), NINE, NIK_1), BY_CITIZEN));
    assertThat(field(e)).isEqualTo("service:queue.booking.notOffered");
  }

  @Test
  void book_whenTheSessionIsFull_throwsQuotaAndKeepsTheCount() {
    bookingPlan();
    LocalDate day = today().plusDays(1);
    book(day, NINE, NIK_1);
    book(day, NINE, NIK_2);
    QuotaExceededException e = catchThrowableOfType(QuotaExceededException.class,
        () -> book(day, NINE, NIK_3));
    assertThat(e.quota()).isEqualTo("session_quota");
    SessionAvailability nine = desk.listSessions(KTP, day, day).get(0);
    assertThat(nine.booked()).isEqualTo(2);
    assertThat(nine.bookable()).isFalse();
    assertThat(desk.listBookings(BookingQuery.dates(day, day))).hasSize(2);
  }

  @Test
  void book_whenThePersonAlreadyBookedTheServiceThatDay_conflicts() {
    bookingPlan();
    LocalDate day = today().plusDays(1);
    Booking first = book(day, NINE, NIK_1);
    Throwable e = catchThrowableOfType(ConflictException.class, () -> book(day, ONE_PM, NIK_1));
    assertThat(reason(e)).isEqualTo("duplicate_active_booking");
    assertThat(book(day.plusDays(1), NINE, NIK_1).state()).isEqualTo(BookingState.BOOKED);
    desk.cancelBooking(first.code(), BY_CITIZEN);
    assertThat(book(day, ONE_PM, NIK_1).state()).isEqualTo(BookingState.BOOKED);
  }

  @Test
  void book_keepsOnlyTheKeyedHashOfTheNik() {
    bookingPlan();
    Booking b = book(today().plusDays(1), NINE, NIK_1);
    assertThat(b.citizenHash()).isEqualTo(hasher.hash(NIK_1));
    assertThat(b.code()).matches("RSV-[2-9A-HJ-NP-Z]{8}");
    assertThat(MppJson.defaults().write(b)).doesNotContain(NIK_1.value());
    assertThat(new BookingRequest(KTP, today(), NINE, NIK_1).toString())
        .doesNotContain(NIK_1.value());
  }

  @Tag("reliability")
  @Test
  void book_whenRepeatedWithTheSameKey_booksOnce() {
    bookingPlan();
    BookingRequest request = new BookingRequest(KTP, today().plusDays(1), NINE, NIK_1);
    Booking first = desk.book(request, BY_CITIZEN.key("book-1"));
    assertThat(desk.book(request, BY_CITIZEN.key("book-1"))).isEqualTo(first);
    assertThat(desk.listSessions(KTP, today().plusDays(1), today().plusDays(1)).get(0).booked())
        .isEqualTo(1);
  }

  @Test
  void cancelBooking_freesThePlaceAndCannotBeRepeated() {
    bookingPlan();
    LocalDate day = today().plusDays(1);
    Booking b = book(day, NINE, NIK_1);
    Booking cancelled = desk.cancelBooking(b.code(), BY_CITIZEN);
    assertThat(cancelled.state()).isEqualTo(BookingState.CANCELLED);
    assertThat(desk.listSessions(KTP, day, day).get(0).booked()).isZero();
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.cancelBooking(b.code(), BY_CITIZEN));
    assertThat(reason(e)).isEqualTo("booking_state");
  }

  @Test
  void checkIn_beforeTheWindowOpens_isRefused() {
    bookingPlan();
    Booking b = book(today(), NINE, NIK_1);
    clock.set(LocalDateTime.of(2026, 3, 2, 8, 29, 59));
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.checkIn(b.code(), BY_KIOSK));
    assertThat(reason(e)).isEqualTo("check_in_window");
    assertThat(desk.getBooking(b.id()).state()).isEqualTo(BookingState.BOOKED);
  }

  @Test
  void checkIn_insideTheWindow_turnsTheBookingIntoATicketWithTheNextNumber() {
    bookingPlan();
    issue(KTP);
    Booking b = book(today(), NINE, NIK_1);
    clock.set(LocalDateTime.of(2026, 3, 2, 8, 30));
    Ticket t = desk.checkIn(b.code(), BY_KIOSK);
    assertThat(t.number()).isEqualTo("A002");
    assertThat(t.state()).isEqualTo(TicketState.WAITING);
    assertThat(t.channel()).isEqualTo(Channel.BOOKING);
    assertThat(t.booking()).isEqualTo(b.id());
    assertThat(t.slotStart()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0).atZone(WIB)
        .toInstant());
    assertThat(t.citizenHash()).isEqualTo(b.citizenHash());
    assertThat(desk.listTransitions(t.id())).first().extracting(TicketTransition::command)
        .isEqualTo(TicketCommand.CHECK_IN);
    Booking checkedIn = desk.getBooking(b.id());
    assertThat(checkedIn.state()).isEqualTo(BookingState.CHECKED_IN);
    assertThat(checkedIn.ticket()).isEqualTo(t.id());
  }

  @Test
  void checkIn_isAllowedUntilTheGraceAfterTheSessionEnds() {
    bookingPlan();
    Booking b = book(today(), NINE, NIK_1);
    clock.set(LocalDateTime.of(2026, 3, 2, 10, 15));
    assertThat(desk.checkIn(b.code(), BY_KIOSK).state()).isEqualTo(TicketState.WAITING);
  }

  @Test
  void checkIn_afterTheGrace_isRefusedAndTheSweepExpiresTheBooking() {
    bookingPlan();
    Booking b = book(today(), NINE, NIK_1);
    clock.set(LocalDateTime.of(2026, 3, 2, 10, 15, 1));
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.checkIn(b.code(), BY_KIOSK));
    assertThat(reason(e)).isEqualTo("check_in_window");
    assertThat(desk.sweep().bookingsExpired()).isEqualTo(1);
    assertThat(desk.getBooking(b.id()).state()).isEqualTo(BookingState.EXPIRED);
    assertThat(store.read(site, (QueueReader r) -> r.findSessionDay(KTP, today(), NINE)))
        .map(SessionDay::booked).contains(0);
  }

  @Test
  void checkIn_ofTomorrowsBooking_isRefusedToday() {
    bookingPlan();
    Booking b = book(today().plusDays(1), NINE, NIK_1);
    clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.checkIn(b.code(), BY_KIOSK));
    assertThat(reason(e)).isEqualTo("check_in_window");
    assertThat(desk.sweep().bookingsExpired()).isZero();
  }

  @Test
  void checkIn_twice_isRefusedUnlessTheKeyIsTheSame() {
    bookingPlan();
    Booking b = book(today(), NINE, NIK_1);
    clock.set(LocalDateTime.of(2026, 3, 2, 8, 45));
    Ticket t = desk.checkIn(b.code(), BY_KIOSK.key("scan-1"));
    assertThat(desk.checkIn(b.code(), BY_KIOSK.key("scan-1"))).isEqualTo(t);
    Throwable e = catchThrowableOfType(ConflictException.class,
        () -> desk.checkIn(b.code(), BY_KIOSK));
    assertThat(reason(e)).isEqualTo("booking_state");
    assertThat(desk.listTickets(TicketQuery.day(today()))).hasSize(1);
  }

  @Test
  void callNext_givesABookedVisitorPrecedenceNearTheSlotOnly() {
    bookingPlan();
    desk.closeCounter(L2, BY_OFFICER);
    Booking b = book(today(), NINE, NIK_1);
    Ticket walkIn1 = issue(KTP);
    clock.set(LocalDateTime.of(2026, 3, 2, 8, 10));
    Ticket walkIn2 = issue(KTP);
    clock.set(LocalDateTime.of(2026, 3, 2, 8, 40));
    Ticket booked = desk.checkIn(b.code(), BY_KIOSK);
    clock.set(LocalDateTime.of(2026, 3, 2, 8, 45));
    assertThat(desk.getStatus(booked.id()).peopleAhead()).isEqualTo(2);
    assertThat(serveNext(L1).id()).isEqualTo(walkIn1.id());
    clock.set(LocalDateTime.of(2026, 3, 2, 8, 50));
    assertThat(desk.getStatus(booked.id()).peopleAhead()).isZero();
    assertThat(serveNext(L1).id()).isEqualTo(booked.id());
    assertThat(serveNext(L1).id()).isEqualTo(walkIn2.id());
  }

  // ======================================================================= J1

  static List<Long> ledgerSeeds() {
    return LedgerSeeds.seeds("J1 queue ledger");
  }

  @Tag("reliability")
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("ledgerSeeds")
  void ledger_whenTwoDesksRaceManyIssuersAndCallers_isClean(long seed)
      throws InterruptedException {
    QueueRules rules = rules().build();
    QueueDesk second = QueueDesk.builder().site(site, WIB).clock(clock)
        .store(secondInstance(store)).rules(rules).hasher(hasher).build();
    QueueLedger.Config size = ledgerConfig();
    QueueLedger.Config config = new QueueLedger.Config(size.issuers(), size.ticketsPerIssuer(),
        size.counters(), seed, size.timeout());
    QueueLedger.Report report = QueueLedger.runJ1(List.of(desk(rules), second), config);
    String run = "seed " + seed;
    assertThat(report.errors()).as(run).isEmpty();
    assertThat(report.lost()).as(run).isEmpty();
    assertThat(report.duplicated()).as(run).isEmpty();
    assertThat(report.unexpected()).as(run).isEmpty();
    assertThat(report.numberProblems()).as(run).isEmpty();
    assertThat(report.counterOverlaps()).as(run).isEmpty();
    assertThat(report.issued()).as(run).isEqualTo(config.issuers() * config.ticketsPerIssuer());
    assertThat(report.called()).as(run).isEqualTo(report.issued());
    assertThat(report.clean()).as(run).isTrue();
    System.out.printf("J1 seed %d: %d issued, %d called, 0 lost, 0 duplicated%n", seed,
        report.issued(), report.called());
  }

  // ======================================================================= helpers for rows

  /** A waiting ticket row of today, numbered in a service, for SPI-level tests. */
  protected Ticket ticketRow(String id, ServiceCode service, int sequence) {
    Instant now = clock.instant();
    AgencyId agency = service.equals(JKN) ? BPJS : DUKCAPIL;
    String prefix = service.equals(KTP) ? "A" : service.equals(KK) ? "B" : "C";
    return new Ticket(TicketId.of(id), site, prefix + String.format("%03d", sequence), service,
        sequence, today(), TicketState.WAITING, agency, service, PriorityClass.NONE,
        Channel.KIOSK, now, now.getEpochSecond() * 1_000_000L, null, null, null, 0, now, null,
        null, null, List.of(new JourneyStep(agency, service, StepStatus.ACTIVE, now, null, null,
            null, null)), 0, 1);
  }

  /** Inserts a changed copy of a ticket row. */
  private Ticket insert(Ticket row, Function<RowDraft, RowDraft> change) {
    RowDraft d = change.apply(new RowDraft(row));
    Ticket t = d.build();
    store.transact(site, tx -> {
      tx.insertTicket(t);
      return null;
    });
    return t;
  }

  /** The few fields the SPI tests change. */
  private static final class RowDraft {
    final Ticket base;
    TicketState state;
    PriorityClass priority;
    long rank;
    Instant callableAt;
    CounterId assignedCounter;
    Instant slotStart;

    RowDraft(Ticket base) {
      this.base = base;
      this.state = base.state();
      this.priority = base.priority();
      this.rank = base.rank();
    }

    Ticket build() {
      Ticket b = base;
      return new Ticket(b.id(), b.site(), b.number(), b.numberedBy(), b.sequence(),
          b.serviceDay(), state, b.agency(), b.service(), priority, b.channel(), b.issuedAt(),
          rank, callableAt, assignedCounter, b.counter(), b.recallCount(), b.stateSince(),
          b.booking(), slotStart, b.citizenHash(), b.journey(), b.step(), b.version());
    }
  }

  private static Ticket withVersion(Ticket b, long version) {
    return new Ticket(b.id(), b.site(), b.number(), b.numberedBy(), b.sequence(), b.serviceDay(),
        TicketState.CANCELLED, b.agency(), b.service(), b.priority(), b.channel(), b.issuedAt(),
        b.rank(), b.callableAt(), b.assignedCounter(), b.counter(), b.recallCount(),
        b.stateSince(), b.booking(), b.slotStart(), b.citizenHash(), b.journey(), b.step(),
        version);
  }

  private Booking bookingRow(String id, String code, String hash, BookingState state) {
    Instant now = clock.instant();
    return new Booking(BookingId.of(id), site, code, KTP, DUKCAPIL, today().plusDays(1),
        LocalTime.of(8, 0), LocalTime.of(10, 0), state, hash, now, now, null, 1);
  }
}
