package id.mpp.sdk.jdbc;

import static id.mpp.sdk.jdbc.QueueFixture.DUKCAPIL;
import static id.mpp.sdk.jdbc.QueueFixture.KIOSK;
import static id.mpp.sdk.jdbc.QueueFixture.KTP;
import static id.mpp.sdk.jdbc.QueueFixture.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.CallResult;
import id.mpp.sdk.queue.CounterDefinition;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.CounterKind;
import id.mpp.sdk.queue.CounterService;
import id.mpp.sdk.queue.IssueRequest;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.QueueLedger;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketQuery;
import id.mpp.sdk.testing.LedgerSeeds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * J1 on PostgreSQL with random kills (reliability.md §9.3, with D1): issuer threads and two
 * caller threads per counter, on two store instances, race on one site while a seeded
 * {@link KillingDataSource#chaos chaos data source} kills connections just before commits (the
 * transaction rolls back) and just after them (it committed, the acknowledgement is lost). Each
 * client repeats a failed command with the same idempotency key until it gets an answer, as a
 * kiosk or counter app should. At the end {@link QueueLedger} compares what clients were told
 * with what the store holds: nothing lost, nothing called twice, nothing unexpected, numbers
 * unique and gap-free, no counter with two tickets at once.
 *
 * <p>Seeds: the fixed seed and two fresh random seeds per build ({@link LedgerSeeds});
 * {@code -Dmpp.ledger.seed=N} runs one seed, {@code -Dmpp.ledger.seeds=K} the fixed one and K
 * random ones. Each run prints its seed and counts, and
 * every assertion names the seed. The seed fixes the kill draws and the issuers' choices; the
 * threads' interleaving still varies between runs, so a failing seed is a strong lead, not an
 * exact replay.
 */
@Tag("reliability")
class PostgresQueueLedgerIT {

  private static final int ISSUERS = 3;
  private static final int TICKETS_PER_ISSUER = 50;
  private static final int TOTAL = ISSUERS * TICKETS_PER_ISSUER;
  private static final double KILL_BEFORE_COMMIT = 0.04;
  private static final double KILL_AFTER_COMMIT = 0.04;
  private static final int MAX_TRIES = 40;
  private static final ServiceCode KK = ServiceCode.of("DUKCAPIL-KK");
  /** The racing counters: each calls both services, so a permit always finds a ticket. */
  private static final List<CounterId> COUNTERS = List.of(CounterId.of("dukcapil-loket-3"),
      CounterId.of("dukcapil-loket-4"), CounterId.of("dukcapil-loket-5"));

  static List<Long> seeds() {
    return LedgerSeeds.seeds("J1 PostgreSQL kill ledger");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ledger_whenConnectionsAreKilledAroundCommitsAtRandom_losesAndDuplicatesNothing(long seed)
      throws Exception {
    String database = PostgresTestDatabase.createDatabase();
    long started = System.nanoTime();
    try (HikariDataSource pool = PostgresTestDatabase.pool(database, 10);
        HikariDataSource oracle = PostgresTestDatabase.pool(database, 2)) {
      KillingDataSource chaos = KillingDataSource.chaos(pool,
          PostgresTestDatabase.server().getPostgresDatabase(), seed, KILL_BEFORE_COMMIT,
          KILL_AFTER_COMMIT);
      try (PostgresStores first = PostgresStores.builder().dataSource(chaos)
              .transactionAttempts(5, Duration.ZERO).build();
          PostgresStores second = PostgresStores.builder().dataSource(chaos)
              .transactionAttempts(5, Duration.ZERO).build()) {
        QueueFixture site = new QueueFixture(first.queueStore());
        site.desk.createService(new ServiceQueue(KK, DUKCAPIL, "Kartu Keluarga", "B", 3, 0,
            Duration.ofMinutes(15), Duration.ofMinutes(10), Set.of()));
        for (int i = 0; i < COUNTERS.size(); i++) {
          site.desk.createCounter(new CounterDefinition(COUNTERS.get(i), DUKCAPIL, 3 + i,
              "Loket " + (3 + i), CounterKind.LOKET, null,
              List.of(CounterService.of(KTP), CounterService.of(KK))));
          site.desk.openCounter(COUNTERS.get(i), OFFICER);
        }
        List<QueueDesk> desks = List.of(site.desk, site.desk(second.queueStore()));
        LocalDate day = site.desk.today();

        Run run = new Run(seed, site, desks, oracle);
        chaos.chaos(true);
        boolean finished = run.race();
        chaos.chaos(false);
        QueueLedger.Report report = run.ledger.verify(first.queueStore(), site.site, day);
        List<Ticket> stored = site.desk.listTickets(TicketQuery.day(day).limit(TOTAL + 10));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        String counts = String.format("J1 seed=%d: %d commands acked (%d tickets issued, %d"
            + " called, %d done); %d failed then replayed with the same key: %d failed but"
            + " applied, %d applied on replay; %d failures seen (%d already committed); %d"
            + " refused (counter busy), %d of them on replay; kills %d before commit, %d after"
            + " commit, of %d commits; %d s. Rerun: -Dmpp.ledger.seed=%d", seed, run.acked.get(),
            report.issued(), report.called(), run.done.get(), run.replayed.get(),
            run.failedButApplied.get(), run.appliedOnReplay.get(), run.failures.get(),
            run.failuresAlreadyCommitted.get(), run.refused.get(), run.refusedOnReplay.get(),
            chaos.killsBeforeCommit.get(), chaos.killsAfterCommit.get(), chaos.commits.get(),
            seconds, seed);
        System.out.println(counts);

        String s = "seed " + seed + " (rerun with -Dmpp.ledger.seed=" + seed + "); " + counts;
        assertThat(finished).as("every ticket done before the deadline; " + s).isTrue();
        assertThat(report.errors()).as("unexpected failures; " + s).isEmpty();
        assertThat(report.lost()).as("lost; " + s).isEmpty();
        assertThat(report.duplicated()).as("duplicated; " + s).isEmpty();
        assertThat(report.unexpected()).as("unexpected; " + s).isEmpty();
        assertThat(report.numberProblems()).as("numbering; " + s).isEmpty();
        assertThat(report.counterOverlaps()).as("counter overlaps; " + s).isEmpty();
        assertThat(report.issued()).as("tickets acked as issued; " + s).isEqualTo(TOTAL);
        assertThat(stored).as("every acked ticket stored, nothing more; " + s).hasSize(TOTAL)
            .extracting(Ticket::id)
            .containsExactlyInAnyOrderElementsOf(run.ledgerIds());
        assertThat(stored.stream().map(Ticket::number).distinct().count())
            .as("distinct ticket numbers; " + s).isEqualTo(TOTAL);
        assertThat(chaos.killsBeforeCommit.get()).as("kills before commit; " + s).isPositive();
        assertThat(chaos.killsAfterCommit.get()).as("kills after commit; " + s).isPositive();
        assertThat(run.failures.get()).as("every failure a client saw was an injected kill; "
            + s).isEqualTo(chaos.killsBeforeCommit.get() + chaos.killsAfterCommit.get());
        assertThat(run.failuresAlreadyCommitted.get())
            .as("a kill after commit always left its command committed; " + s)
            .isGreaterThanOrEqualTo(chaos.killsAfterCommit.get());
        assertThat(run.failedButApplied.get()).as("acks lost after a commit; " + s)
            .isPositive();
        assertThat(run.appliedOnReplay.get()).as("commands first applied on replay; " + s)
            .isPositive();
      }
    }
  }

  /** One seed's race and its client-side counts. */
  private static final class Run {
    final long seed;
    final QueueFixture site;
    final List<QueueDesk> desks;
    final HikariDataSource oracle;
    final QueueLedger ledger = new QueueLedger();
    final List<Ticket> issued = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger acked = new AtomicInteger();
    final AtomicInteger replayed = new AtomicInteger();
    final AtomicInteger failedButApplied = new AtomicInteger();
    final AtomicInteger appliedOnReplay = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicInteger failuresAlreadyCommitted = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger refusedOnReplay = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger keys = new AtomicInteger();
    final AtomicBoolean stop = new AtomicBoolean();
    /** One permit per acknowledged ticket not yet taken by a caller: callers never poll. */
    final Semaphore callable = new Semaphore(0);
    /** Per counter, how many of its tickets are finished: a refused caller waits for the next. */
    final java.util.Map<CounterId, int[]> finished = new java.util.HashMap<>();
    int callers;

    Run(long seed, QueueFixture site, List<QueueDesk> desks, HikariDataSource oracle) {
      this.seed = seed;
      this.site = site;
      this.desks = desks;
      this.oracle = oracle;
    }

    List<id.mpp.sdk.queue.TicketId> ledgerIds() {
      synchronized (issued) {
        return issued.stream().map(Ticket::id).toList();
      }
    }

    /** Runs issuers and callers; returns whether all tickets were done before the deadline. */
    boolean race() throws InterruptedException {
      List<Thread> threads = new ArrayList<>();
      for (int w = 0; w < ISSUERS; w++) {
        QueueDesk desk = desks.get(w % desks.size());
        Random choices = new Random(seed + w);
        int issuer = w;
        threads.add(new Thread(() -> {
          for (int i = 0; i < TICKETS_PER_ISSUER; i++) {
            ServiceCode service = choices.nextInt(3) == 0 ? KK : KTP;
            String key = "issue-" + issuer + "-" + i;
            Ticket t = command(key, () -> desk.issue(IssueRequest.walkIn(service),
                KIOSK.key(key)));
            if (t == null) {
              return;
            }
            issued.add(t);
            ledger.issued(t);
            callable.release();
          }
        }, "j1-issuer-" + w));
      }
      for (CounterId counter : COUNTERS) {
        finished.put(counter, new int[1]);
        for (QueueDesk desk : desks) {
          callers++;
          threads.add(new Thread(() -> call(desk, counter), "j1-caller-" + counter));
        }
      }
      threads.forEach(Thread::start);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      for (Thread t : threads) {
        t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      }
      boolean allDone = threads.stream().noneMatch(Thread::isAlive);
      stopAll();
      for (Thread t : threads) {
        t.join(10_000);
      }
      return allDone;
    }

    private void stopAll() {
      stop.set(true);
      callable.release(callers);
      for (int[] turn : finished.values()) {
        synchronized (turn) {
          turn.notifyAll();
        }
      }
    }

    private void call(QueueDesk desk, CounterId counter) {
      int[] turn = finished.get(counter);
      while (true) {
        callable.acquireUninterruptibly();
        if (stop.get()) {
          return;
        }
        int seen;
        synchronized (turn) {
          seen = turn[0];
        }
        String key = "call-" + keys.incrementAndGet();
        CallResult r;
        try {
          r = command(key, () -> desk.callNext(counter, OFFICER.key(key)));
        } catch (ConflictException busy) {
          // the counter's other caller holds a ticket: give the permit back for another counter
          // and wait until that ticket is finished (no polling)
          callable.release();
          synchronized (turn) {
            while (turn[0] == seen && !stop.get()) {
              try {
                turn.wait();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
            }
          }
          continue;
        }
        if (r == null) {
          return;
        }
        if (r.calledTicket().isEmpty()) {
          callable.release();
          Thread.yield();
          continue;
        }
        Ticket t = r.calledTicket().get();
        ledger.called(t);
        String serve = "serve-" + keys.incrementAndGet();
        String finish = "finish-" + keys.incrementAndGet();
        if (command(serve, () -> desk.startServing(t.id(), OFFICER.key(serve))) == null
            || command(finish, () -> desk.finish(t.id(), OFFICER.key(finish))) == null) {
          return;
        }
        synchronized (turn) {
          turn[0]++;
          turn.notifyAll();
        }
        if (done.incrementAndGet() == TOTAL) {
          stopAll();
          return;
        }
      }
    }

    /**
     * Runs a command until it is answered, repeating it with the same key after a retryable
     * failure and asking the database (not the store) whether the failed attempt had committed.
     * A conflict a rule decides leaves to the caller; anything else is a ledger error.
     */
    private <T> T command(String key, Supplier<T> command) {
      Boolean committedAtFirstFailure = null;
      for (int attempt = 1; attempt <= MAX_TRIES; attempt++) {
        try {
          T result = command.get();
          acked.incrementAndGet();
          if (committedAtFirstFailure != null) {
            (committedAtFirstFailure ? failedButApplied : appliedOnReplay).incrementAndGet();
          }
          return result;
        } catch (ConflictException e) {
          if (e.isRetryable()) {
            continue;
          }
          refused.incrementAndGet();
          if (committedAtFirstFailure != null) {
            refusedOnReplay.incrementAndGet();
          }
          if (!"counter_busy".equals(e.reason())) {
            ledger.error(key, e);
            return null;
          }
          throw e;
        } catch (MppException e) {
          if (!e.isRetryable()) {
            ledger.error(key, e);
            return null;
          }
          failures.incrementAndGet();
          boolean committed = keyStored(key);
          if (committed) {
            failuresAlreadyCommitted.incrementAndGet();
          }
          if (committedAtFirstFailure == null) {
            committedAtFirstFailure = committed;
            replayed.incrementAndGet();
          }
        } catch (RuntimeException e) {
          ledger.error(key, e);
          return null;
        }
      }
      ledger.error(key, new IllegalStateException("no answer after " + MAX_TRIES + " tries"));
      return null;
    }

    private boolean keyStored(String key) {
      try (Connection c = oracle.getConnection(); PreparedStatement ps = c.prepareStatement(
          "SELECT 1 FROM mpp_queue_idempotency WHERE site = ? AND key = ?")) {
        ps.setString(1, site.site.value());
        ps.setString(2, key);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      } catch (SQLException e) {
        throw new IllegalStateException("the oracle query failed", e);
      }
    }
  }
}
