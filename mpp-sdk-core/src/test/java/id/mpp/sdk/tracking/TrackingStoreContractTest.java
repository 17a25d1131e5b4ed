package id.mpp.sdk.tracking;

import static id.mpp.sdk.tracking.TrackingFixtures.POLRES;
import static id.mpp.sdk.tracking.TrackingFixtures.T0;
import static id.mpp.sdk.tracking.TrackingFixtures.append;
import static id.mpp.sdk.tracking.TrackingFixtures.application;
import static id.mpp.sdk.tracking.TrackingFixtures.create;
import static id.mpp.sdk.tracking.TrackingFixtures.message;
import static id.mpp.sdk.tracking.TrackingFixtures.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.catalogue.AgencyId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TrackingStore} keeps. A store implementation proves it by one
 * subclass that returns a fresh, empty store:
 *
 * <pre>{@code
 * class PostgresTrackingStoreTest extends TrackingStoreContractTest {
 *   protected TrackingStore newStore() { return PostgresTrackingStore.create(freshDatabase()); }
 * }
 * }</pre>
 *
 * Covers atomic commits, optimistic versions (J2 of the reliability list: of concurrent appends
 * with the same expected version exactly one wins; versions have no gaps and never repeat),
 * event-id dedup, idempotency keys claimed once, sequence numbers, and outbox leases.
 */
public abstract class TrackingStoreContractTest {

  /** Threads in the concurrency tests: enough to race on 2 cores, bounded for CI time. */
  protected static final int THREADS = 8;

  protected TrackingStore store;
  private ExecutorService pool;

  /**
   * Creates a fresh, empty store for one test.
   *
   * @return the store
   */
  protected abstract TrackingStore newStore();

  @BeforeEach
  void setUpStore() {
    store = newStore();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void tearDownPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void commit_whenCreating_storesApplicationFirstEventAndOutbox() {
    Application a = application(number(1));
    store.commit(create(a, message("m1", a.trackingNumber(), OutboxMessage.Type.SUBMIT, T0)));
    assertThat(store.findApplication(a.trackingNumber())).contains(a);
    assertThat(store.listEvents(a.trackingNumber())).extracting(StatusEvent::version)
        .containsExactly(1L);
    assertThat(store.findOutbox("m1")).isPresent();
    assertThat(store.listOutbox(a.trackingNumber())).hasSize(1);
  }

  @Test
  void commit_whenCreatingSameTrackingNumberTwice_conflictsAndKeepsFirst() {
    Application a = application(number(1));
    store.commit(create(a));
    Application other = append(a, "x", ApplicationStatus.RECEIVED, T0).application();
    Application clash = new Application(other.trackingNumber(), other.service(),
        "Lain", other.agency(), other.applicant(), other.documents(), other.fields(),
        other.ticket(), null, ApplicationStatus.SUBMITTED, null, 1, T0, T0, T0, null,
        NotificationChannel.NONE, "en");
    assertConflict(() -> store.commit(TrackingChange.create(clash,
        new StatusEvent("other:created", clash.trackingNumber(), 1, StatusEvent.Type.CREATED,
            null, null, ApplicationStatus.SUBMITTED, Actor.system(), null, null, null, T0, T0),
        List.of(), List.of())), TrackingStore.DUPLICATE_APPLICATION);
    assertThat(store.findApplication(a.trackingNumber()).orElseThrow().serviceName())
        .isEqualTo(a.serviceName());
    assertThat(store.findEvent("other:created")).isEmpty();
  }

  @Test
  void commit_whenAppending_advancesVersionAndHistory() {
    Application a = application(number(1));
    store.commit(create(a));
    TrackingChange change = append(a, "e2", ApplicationStatus.RECEIVED, T0.plusSeconds(60));
    store.commit(change);
    assertThat(store.findApplication(a.trackingNumber()).orElseThrow().version()).isEqualTo(2);
    assertThat(store.listEvents(a.trackingNumber())).extracting(StatusEvent::eventId)
        .containsExactly(a.trackingNumber().compact() + ":created", "e2");
    assertThat(store.findEvent("e2")).contains(change.events().get(0));
  }

  @Tag("reliability")
  @Test
  void commit_whenExpectedVersionStale_conflictsAndWritesNothing() {
    Application a = application(number(1));
    store.commit(create(a));
    store.commit(append(a, "e2", ApplicationStatus.RECEIVED, T0));
    TrackingChange stale = new TrackingChange(
        a.next(ApplicationStatus.REJECTED, "x", null, T0), a.version(),
        List.of(TrackingFixtures.changed("e2b", a, ApplicationStatus.REJECTED, T0)),
        List.of(message("m-stale", a.trackingNumber(), OutboxMessage.Type.NOTIFY, T0)),
        List.of(), List.of(new IdempotencyRecord("k-stale", a.trackingNumber(), "f", T0)));
    assertConflict(() -> store.commit(stale), TrackingStore.VERSION_CONFLICT);
    assertThat(store.findApplication(a.trackingNumber()).orElseThrow().status())
        .isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(store.findEvent("e2b")).isEmpty();
    assertThat(store.findOutbox("m-stale")).isEmpty();
    assertThat(store.findKey("k-stale")).isEmpty();
  }

  @Tag("reliability")
  @Test
  void commit_whenEventIdAlreadyRecorded_conflictsAndWritesNothing() {
    Application a = application(number(1));
    Application b = application(number(2));
    store.commit(create(a));
    store.commit(create(b));
    store.commit(append(a, "agency:evt-9", ApplicationStatus.RECEIVED, T0));
    assertConflict(() -> store.commit(append(b, "agency:evt-9", ApplicationStatus.RECEIVED, T0)),
        TrackingStore.DUPLICATE_EVENT);
    assertThat(store.findApplication(b.trackingNumber()).orElseThrow().version()).isEqualTo(1);
    assertThat(store.listEvents(b.trackingNumber())).hasSize(1);
  }

  @Tag("reliability")
  @Test
  void commit_whenKeyAlreadyClaimed_conflictsAndWritesNothing() {
    Application a = application(number(1));
    store.commit(TrackingChange.create(a, TrackingFixtures.created(a), List.of(),
        List.of(new IdempotencyRecord("create:k1", a.trackingNumber(), "fp", T0))));
    Application b = application(number(2));
    assertConflict(() -> store.commit(TrackingChange.create(b, TrackingFixtures.created(b),
        List.of(), List.of(new IdempotencyRecord("create:k1", b.trackingNumber(), "fp", T0)))),
        TrackingStore.DUPLICATE_KEY);
    assertThat(store.findApplication(b.trackingNumber())).isEmpty();
    assertThat(store.findKey("create:k1").orElseThrow().trackingNumber())
        .isEqualTo(a.trackingNumber());
  }

  @Tag("reliability")
  @Test
  void commit_whenOutboxUpdateStale_rollsBackTheApplicationChangeToo() {
    Application a = application(number(1));
    store.commit(create(a, message("m1", a.trackingNumber(), OutboxMessage.Type.SUBMIT, T0)));
    OutboxMessage claimed = store.claimOutbox(T0, T0.plusSeconds(60), 10).get(0);
    // another relay took the message over after the lease expired
    store.claimOutbox(T0.plusSeconds(61), T0.plusSeconds(120), 10);
    OutboxMessage sent = claimed.next(OutboxMessage.State.SENT, 1, T0, null, false, null, T0);
    TrackingChange ack = append(a, "ack", ApplicationStatus.RECEIVED, T0);
    assertConflict(() -> store.commit(new TrackingChange(ack.application(), 1, ack.events(),
        List.of(), List.of(sent), List.of())), TrackingStore.OUTBOX_CONFLICT);
    assertThat(store.findApplication(a.trackingNumber()).orElseThrow().version()).isEqualTo(1);
    assertThat(store.findEvent("ack")).isEmpty();
    assertThat(store.findOutbox("m1").orElseThrow().state())
        .isEqualTo(OutboxMessage.State.PENDING);
  }

  @Test
  void commit_whenAgencyReferenceSet_findsByReference() {
    Application a = application(number(1));
    store.commit(create(a));
    TrackingChange ack = append(a, "ack", ApplicationStatus.RECEIVED, T0);
    store.commit(new TrackingChange(ack.application().withAgencyReference("SKCK/2026/0001"), 1,
        ack.events(), List.of(), List.of(), List.of()));
    assertThat(store.findByAgencyReference(POLRES, "SKCK/2026/0001"))
        .map(Application::trackingNumber).contains(a.trackingNumber());
    assertThat(store.findByAgencyReference(AgencyId.of("dukcapil"), "SKCK/2026/0001")).isEmpty();
  }

  @Tag("reliability")
  @Test
  void commit_whenConcurrentAppendsShareExpectedVersion_exactlyOneWins() throws Exception {
    Application a = application(number(1));
    store.commit(create(a));
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger wins = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String eventId = "race-" + i;
      futures.add(pool.submit(() -> {
        start.await();
        try {
          store.commit(append(a, eventId, ApplicationStatus.RECEIVED, T0));
          wins.incrementAndGet();
        } catch (ConflictException e) {
          assertThat(e.reason()).isEqualTo(TrackingStore.VERSION_CONFLICT);
          conflicts.incrementAndGet();
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
    assertThat(wins).hasValue(1);
    assertThat(conflicts).hasValue(THREADS - 1);
    assertThat(store.listEvents(a.trackingNumber())).extracting(StatusEvent::version)
        .containsExactly(1L, 2L);
  }

  @Tag("reliability")
  @Test
  void commit_whenManyWritersRetryOnConflict_versionsAreGapFreeAndNeverRepeat() throws Exception {
    // J2 ledger: every writer appends until it has landed its events, re-reading on conflict
    Application a = application(number(1));
    store.commit(create(a));
    int perThread = 40;
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger conflicts = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perThread; i++) {
          String eventId = "w" + thread + "-" + i;
          while (true) {
            Application current = store.findApplication(a.trackingNumber()).orElseThrow();
            ApplicationStatus to = current.status() == ApplicationStatus.IN_PROCESS
                ? ApplicationStatus.RECEIVED : ApplicationStatus.IN_PROCESS;
            try {
              store.commit(append(current, eventId, to, T0));
              acknowledged.add(eventId);
              break;
            } catch (ConflictException e) {
              assertThat(e.reason()).isEqualTo(TrackingStore.VERSION_CONFLICT);
              conflicts.incrementAndGet();
            }
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    List<StatusEvent> history = store.listEvents(a.trackingNumber());
    int expected = 1 + THREADS * perThread;
    assertThat(history).hasSize(expected);
    for (int i = 0; i < history.size(); i++) {
      assertThat(history.get(i).version()).as("gap-free at %d", i).isEqualTo(i + 1L);
    }
    Set<String> recorded = new HashSet<>();
    for (StatusEvent e : history.subList(1, history.size())) {
      assertThat(recorded.add(e.eventId())).as("event %s once", e.eventId()).isTrue();
    }
    assertThat(recorded).isEqualTo(acknowledged);
    assertThat(store.findApplication(a.trackingNumber()).orElseThrow().version())
        .isEqualTo(expected);
  }

  @Test
  void listEvents_whenUnknownApplication_isEmpty() {
    assertThat(store.listEvents(number(99))).isEmpty();
    assertThat(store.findApplication(number(99))).isEmpty();
  }

  @Test
  void listApplications_whenFilteredAndPaged_returnsMatchesInTrackingNumberOrder() {
    for (int i = 1; i <= 7; i++) {
      Application a = application(number(i));
      store.commit(create(a));
      if (i % 2 == 0) {
        store.commit(append(a, "done-" + i, ApplicationStatus.COMPLETED, T0));
      }
    }
    ApplicationQuery open = ApplicationQuery.open(2);
    List<TrackingNumber> seen = new ArrayList<>();
    List<Application> page = store.listApplications(open);
    while (!page.isEmpty()) {
      assertThat(page.size()).isLessThanOrEqualTo(2);
      page.forEach(a -> seen.add(a.trackingNumber()));
      page = store.listApplications(open.withAfter(page.get(page.size() - 1).trackingNumber()));
    }
    assertThat(seen).containsExactly(number(1), number(3), number(5), number(7));
    assertThat(store.listApplications(ApplicationQuery.all(100)
        .withStatuses(EnumSet.of(ApplicationStatus.COMPLETED)))).hasSize(3);
    assertThat(store.listApplications(ApplicationQuery.all(100).withAgency(AgencyId.of("dukcapil"))))
        .isEmpty();
  }

  @Test
  void listApplications_whenDueBefore_returnsOnlyDue() {
    Application a = application(number(1));
    store.commit(create(a));
    Instant due = a.sla().dueAt();
    assertThat(store.listApplications(ApplicationQuery.open(10).withDueBefore(due))).hasSize(1);
    assertThat(store.listApplications(ApplicationQuery.open(10)
        .withDueBefore(due.minusSeconds(1)))).isEmpty();
    assertThat(store.listApplications(ApplicationQuery.open(10)
        .withNearBreachBefore(a.sla().nearBreachAt()))).hasSize(1);
    assertThat(store.listApplications(ApplicationQuery.open(10).withAgencyReferenceOnly()))
        .isEmpty();
  }

  @Tag("reliability")
  @Test
  void nextSequence_whenCalledConcurrently_givesEachNumberOnce() throws Exception {
    LocalDate day = LocalDate.of(2026, 3, 16);
    int perThread = 50;
    List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          numbers.add(store.nextSequence("3273", day));
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
    assertThat(numbers).hasSize(THREADS * perThread).doesNotHaveDuplicates();
    assertThat(Collections.max(numbers)).isEqualTo(THREADS * perThread);
    assertThat(store.nextSequence("3273", day.plusDays(1))).isEqualTo(1);
    assertThat(store.nextSequence("3274", day)).isEqualTo(1);
  }

  @Test
  void claimOutbox_whenDueAndFree_leasesOldestFirstWithNextRevision() {
    Application a = application(number(1));
    store.commit(create(a,
        message("late", a.trackingNumber(), OutboxMessage.Type.NOTIFY, T0.plusSeconds(30)),
        message("early", a.trackingNumber(), OutboxMessage.Type.SUBMIT, T0),
        message("future", a.trackingNumber(), OutboxMessage.Type.NOTIFY, T0.plusSeconds(3600))));
    List<OutboxMessage> claimed = store.claimOutbox(T0.plusSeconds(60), T0.plusSeconds(120), 10);
    assertThat(claimed).extracting(OutboxMessage::id).containsExactly("early", "late");
    assertThat(claimed).allSatisfy(m -> {
      assertThat(m.revision()).isEqualTo(2);
      assertThat(m.leaseUntil()).isEqualTo(T0.plusSeconds(120));
    });
    assertThat(store.claimOutbox(T0.plusSeconds(60), T0.plusSeconds(120), 10)).isEmpty();
  }

  @Test
  void claimOutbox_whenLeaseExpired_letsAnotherRelayClaim() {
    Application a = application(number(1));
    store.commit(create(a, message("m1", a.trackingNumber(), OutboxMessage.Type.SUBMIT, T0)));
    store.claimOutbox(T0, T0.plusSeconds(60), 10);
    assertThat(store.claimOutbox(T0.plusSeconds(59), T0.plusSeconds(120), 10)).isEmpty();
    assertThat(store.claimOutbox(T0.plusSeconds(60), T0.plusSeconds(120), 10))
        .extracting(OutboxMessage::revision).containsExactly(3L);
  }

  @Test
  void claimOutbox_whenRelaysRace_neverHandsAMessageToTwo() throws Exception {
    Application a = application(number(1));
    OutboxMessage[] messages = new OutboxMessage[200];
    for (int i = 0; i < messages.length; i++) {
      messages[i] = message("m" + i, a.trackingNumber(), OutboxMessage.Type.NOTIFY, T0);
    }
    store.commit(create(a, messages));
    List<String> claimed = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        start.await();
        List<OutboxMessage> batch;
        do {
          batch = store.claimOutbox(T0, T0.plusSeconds(600), 7);
          batch.forEach(m -> claimed.add(m.id()));
        } while (!batch.isEmpty());
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
    assertThat(claimed).hasSize(messages.length).doesNotHaveDuplicates();
  }

  @Test
  void updateOutbox_whenRevisionFollowsStored_writesIt() {
    Application a = application(number(1));
    store.commit(create(a, message("m1", a.trackingNumber(), OutboxMessage.Type.NOTIFY, T0)));
    OutboxMessage claimed = store.claimOutbox(T0, T0.plusSeconds(60), 1).get(0);
    store.updateOutbox(claimed.next(OutboxMessage.State.DEAD, 5, T0, null, true, "gave up",
        T0.plusSeconds(1)));
    assertThat(store.findOutbox("m1").orElseThrow()).satisfies(m -> {
      assertThat(m.state()).isEqualTo(OutboxMessage.State.DEAD);
      assertThat(m.outcomeUnknown()).isTrue();
      assertThat(m.lastError()).isEqualTo("gave up");
    });
    assertThat(store.listOutbox(OutboxMessage.State.DEAD, 10)).extracting(OutboxMessage::id)
        .containsExactly("m1");
    assertThat(store.listOutbox(OutboxMessage.State.PENDING, 10)).isEmpty();
  }

  @Test
  void updateOutbox_whenRevisionStale_conflicts() {
    Application a = application(number(1));
    OutboxMessage m = message("m1", a.trackingNumber(), OutboxMessage.Type.NOTIFY, T0);
    store.commit(create(a, m));
    store.claimOutbox(T0, T0.plusSeconds(60), 1);
    assertConflict(() -> store.updateOutbox(m.next(OutboxMessage.State.SENT, 1, T0, null, false,
        null, T0)), TrackingStore.OUTBOX_CONFLICT);
    assertThat(store.findOutbox("m1").orElseThrow().state())
        .isEqualTo(OutboxMessage.State.PENDING);
  }

  @Test
  void updateOutbox_whenUnknownMessage_throwsNotFound() {
    Application a = application(number(1));
    OutboxMessage m = message("nope", a.trackingNumber(), OutboxMessage.Type.NOTIFY, T0);
    assertThatThrownBy(() -> store.updateOutbox(m.next(OutboxMessage.State.SENT, 1, T0, null,
        false, null, T0))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void findKey_whenClaimed_returnsRecord() {
    Application a = application(number(1));
    IdempotencyRecord key = new IdempotencyRecord("webhook:polres:evt-1", a.trackingNumber(),
        "abc", T0.plus(Duration.ofMinutes(1)));
    store.commit(TrackingChange.create(a, TrackingFixtures.created(a), List.of(), List.of(key)));
    assertThat(store.findKey("webhook:polres:evt-1")).contains(key);
    assertThat(store.findKey("webhook:polres:evt-2")).isEmpty();
  }

  private static void assertConflict(Runnable r, String reason) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
