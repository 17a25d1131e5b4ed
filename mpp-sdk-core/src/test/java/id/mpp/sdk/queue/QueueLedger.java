package id.mpp.sdk.queue;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The J1 queue ledger (reliability.md §9.3), reusable by every {@link QueueStore}: issuer and
 * caller threads on one or more desks (hub instances) sharing a store log what they were
 * acknowledged; at the end the ledger is compared with the store:
 * <ul>
 *   <li>lost: acknowledged as issued, never called (or not done) — must be 0;
 *   <li>duplicated: called more than once — must be 0;
 *   <li>unexpected: called or stored, never issued — must be 0;
 *   <li>numbers per service per day unique and gap-free (1..n, n = the stored sequence);
 *   <li>a counter never has two tickets called or served at once (replaying the event log).
 * </ul>
 * Commands carry idempotency keys and are repeated with the same key after a retryable error,
 * so a store that fails transiently (a killed connection) still must come out clean.
 */
public final class QueueLedger {

  /** The scenario's size. */
  public record Config(int issuers, int ticketsPerIssuer, int counters, long seed,
      Duration timeout) {

    /**
     * The default size: 4 issuers × 300 tickets, 6 counters (two caller threads each).
     *
     * @return the defaults
     */
    public static Config defaults() {
      return new Config(4, 300, 6, 20260302L, Duration.ofMinutes(2));
    }
  }

  /**
   * The verdict.
   *
   * @param issued tickets acknowledged as issued
   * @param called tickets acknowledged as called
   * @param lost ticket numbers issued but never called or not done
   * @param duplicated ticket numbers called more than once
   * @param unexpected ticket ids called or stored but never issued
   * @param numberProblems gaps or repeats per service and day
   * @param counterOverlaps a counter with two tickets at once
   * @param errors unexpected exceptions in the worker threads
   */
  public record Report(int issued, int called, List<String> lost, List<String> duplicated,
      List<String> unexpected, List<String> numberProblems, List<String> counterOverlaps,
      List<String> errors) {

    /**
     * Whether the run was clean.
     *
     * @return {@code true} when every list is empty and something was issued
     */
    public boolean clean() {
      return issued > 0 && lost.isEmpty() && duplicated.isEmpty() && unexpected.isEmpty()
          && numberProblems.isEmpty() && counterOverlaps.isEmpty() && errors.isEmpty();
    }
  }

  private final Map<TicketId, Ticket> issued = new ConcurrentHashMap<>();
  private final Map<TicketId, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());

  /**
   * Logs an acknowledged issue.
   *
   * @param ticket the ticket the desk returned
   */
  public void issued(Ticket ticket) {
    issued.put(ticket.id(), ticket);
  }

  /**
   * Logs an acknowledged call.
   *
   * @param ticket the ticket the desk returned
   */
  public void called(Ticket ticket) {
    calls.computeIfAbsent(ticket.id(), k -> new AtomicInteger()).incrementAndGet();
  }

  /**
   * Logs an unexpected error of a worker.
   *
   * @param what what the worker did
   * @param e the error
   */
  public void error(String what, Throwable e) {
    errors.add(what + ": " + e);
  }

  /**
   * Compares the ledger with the store.
   *
   * @param store the store
   * @param site the site
   * @param day the service day
   * @return the verdict
   */
  public Report verify(QueueStore store, SiteId site, LocalDate day) {
    return store.read(site, r -> {
      List<String> lost = new ArrayList<>();
      List<String> duplicated = new ArrayList<>();
      List<String> unexpected = new ArrayList<>();
      List<String> numberProblems = new ArrayList<>();
      List<String> overlaps = new ArrayList<>();
      for (Ticket t : issued.values()) {
        AtomicInteger n = calls.get(t.id());
        Ticket stored = r.findTicket(t.id()).orElse(null);
        if (n == null || stored == null || stored.state() != TicketState.DONE) {
          lost.add(t.number() + " (" + (stored == null ? "missing" : stored.state()) + ")");
        }
        if (n != null && n.get() > 1) {
          duplicated.add(t.number() + " called " + n.get() + " times by the desk");
        }
        long storedCalls = r.listTransitions(t.id()).stream()
            .filter(x -> x.command() == TicketCommand.CALL).count();
        if (storedCalls > 1) {
          duplicated.add(t.number() + " has " + storedCalls + " CALL transitions");
        }
      }
      for (TicketId id : calls.keySet()) {
        if (!issued.containsKey(id)) {
          unexpected.add(id + " called but never issued");
        }
      }
      List<Ticket> all = r.listTickets(TicketQuery.day(day));
      Map<ServiceCode, List<Integer>> numbers = new TreeMap<>();
      for (Ticket t : all) {
        if (!issued.containsKey(t.id())) {
          unexpected.add(t.id() + " (" + t.number() + ") stored but never acknowledged");
        }
        numbers.computeIfAbsent(t.numberedBy(), k -> new ArrayList<>()).add(t.sequence());
      }
      for (Map.Entry<ServiceCode, List<Integer>> e : numbers.entrySet()) {
        List<Integer> seqs = e.getValue();
        seqs.sort(null);
        for (int i = 0; i < seqs.size(); i++) {
          if (seqs.get(i) != i + 1) {
            numberProblems.add(e.getKey() + ": expected " + (i + 1) + " at position " + i
                + ", found " + seqs.get(i));
            break;
          }
        }
        int last = r.findServiceDay(e.getKey(), day).map(ServiceDay::lastNumber).orElse(0);
        if (last != seqs.size()) {
          numberProblems.add(e.getKey() + ": sequence ends at " + last + " but " + seqs.size()
              + " tickets are stored");
        }
        ServiceQueue service = r.findService(e.getKey()).orElseThrow();
        for (Ticket t : all) {
          if (t.numberedBy().equals(e.getKey()) && !t.number().equals(service.number(t.sequence()))) {
            numberProblems.add(t.number() + " does not match sequence " + t.sequence());
          }
        }
      }
      Map<CounterId, TicketId> busy = new HashMap<>();
      long cursor = 0;
      List<QueueEvent> batch;
      do {
        batch = r.listEvents(cursor, 1000);
        for (QueueEvent e : batch) {
          cursor = e.cursor();
          if (e.ticket() == null) {
            continue;
          }
          if (e.type() == EventType.TICKET_CALLED) {
            TicketId holder = busy.get(e.counter());
            if (holder != null) {
              overlaps.add(e.counter() + " called " + e.number() + " while busy with " + holder);
            }
            busy.put(e.counter(), e.ticket());
          } else if (e.state() != TicketState.CALLED && e.state() != TicketState.SERVING) {
            busy.values().remove(e.ticket());
          }
        }
      } while (!batch.isEmpty());
      int calledCount = calls.size();
      return new Report(issued.size(), calledCount, lost, duplicated, unexpected,
          numberProblems, overlaps, List.copyOf(errors));
    });
  }

  /**
   * Runs J1 on desks that share one store and one site (the first desk configures it): issuer
   * threads issue tickets spread over four services (a quarter of them with a priority class);
   * two caller threads per counter, on different desks, race to call, serve and finish.
   *
   * @param desks one or more desks of the same site over the same store
   * @param config the size
   * @return the verdict
   * @throws InterruptedException if interrupted while waiting for the workers
   */
  public static Report runJ1(List<QueueDesk> desks, Config config) throws InterruptedException {
    QueueDesk first = desks.get(0);
    AgencyId agency = AgencyId.of("j1-agency");
    first.createAgency(new QueueAgency(agency, "J1 agency", "j1-zone", (LocalTime) null));
    List<ServiceCode> services = new ArrayList<>();
    String[] prefixes = {"JA", "JB", "JC", "JD"};
    for (int i = 0; i < prefixes.length; i++) {
      ServiceCode code = ServiceCode.of("J1-SVC-" + i);
      services.add(code);
      first.createService(new ServiceQueue(code, agency, "J1 service " + i, prefixes[i], 3, 0,
          Duration.ofMinutes(30), Duration.ofMinutes(10),
          Set.of(PriorityClass.LANSIA, PriorityClass.DISABILITAS)));
    }
    Random random = new Random(config.seed());
    List<CounterId> counters = new ArrayList<>();
    Actor officer = Actor.officer("j1-officer");
    for (int c = 0; c < config.counters(); c++) {
      List<CounterService> served = new ArrayList<>();
      for (int i = 0; i < services.size(); i++) {
        if (random.nextInt(3) > 0 || (served.isEmpty() && i == services.size() - 1)) {
          served.add(CounterService.of(services.get(i), 1 + random.nextInt(4)));
        }
      }
      CounterId id = CounterId.of("j1-loket-" + c);
      first.createCounter(new CounterDefinition(id, agency, c + 1, "Loket " + (c + 1),
          CounterKind.LOKET, null, served));
      first.openCounter(id, CommandOptions.by(officer));
      counters.add(id);
    }
    // every service must be called by some counter, or its tickets would be lost by design
    for (ServiceCode s : services) {
      boolean covered = first.listCounters().stream().anyMatch(c -> c.definition().calls(s));
      if (!covered) {
        CounterId id = CounterId.of("j1-loket-extra-" + s.value().toLowerCase().replace('_', '-'));
        first.createCounter(new CounterDefinition(id, agency, 90 + services.indexOf(s),
            "Extra", CounterKind.LOKET, null, List.of(CounterService.of(s))));
        first.openCounter(id, CommandOptions.by(officer));
        counters.add(id);
      }
    }
    LocalDate day = first.today();

    QueueLedger ledger = new QueueLedger();
    int total = config.issuers() * config.ticketsPerIssuer();
    AtomicInteger issuedCount = new AtomicInteger();
    AtomicInteger issuersDone = new AtomicInteger();
    AtomicInteger doneCount = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong keys = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < config.issuers(); w++) {
      QueueDesk desk = desks.get(w % desks.size());
      long seed = config.seed() + w;
      threads.add(new Thread(() -> {
        Random rnd = new Random(seed);
        CommandOptions kiosk = CommandOptions.by(Actor.kiosk("j1-kiosk"));
        await(start);
        for (int i = 0; i < config.ticketsPerIssuer() && !stop.get(); i++) {
          ServiceCode s = services.get(rnd.nextInt(services.size()));
          IssueRequest request = IssueRequest.walkIn(s).priority(rnd.nextInt(4) == 0
              ? PriorityClass.LANSIA : PriorityClass.NONE);
          String key = "j1-issue-" + keys.incrementAndGet();
          Ticket t = retry(ledger, "issue", () -> desk.issue(request, kiosk.key(key)));
          if (t != null) {
            ledger.issued(t);
            issuedCount.incrementAndGet();
          }
        }
        issuersDone.incrementAndGet();
      }, "j1-issuer-" + w));
    }
    for (CounterId counter : counters) {
      for (int k = 0; k < 2; k++) {
        QueueDesk desk = desks.get(k % desks.size());
        threads.add(new Thread(() -> {
          CommandOptions opts = CommandOptions.by(officer);
          await(start);
          while (!stop.get()) {
            String key = "j1-call-" + keys.incrementAndGet();
            CallResult r;
            try {
              r = retry(ledger, "callNext", () -> desk.callNext(counter, opts.key(key)));
            } catch (ConflictException busy) {
              Thread.yield();
              continue;
            }
            if (r == null) {
              continue;
            }
            if (r.outcome() == CallOutcome.NONE) {
              if (issuersDone.get() == config.issuers()
                  && doneCount.get() >= issuedCount.get()) {
                return;
              }
              Thread.yield();
              continue;
            }
            Ticket t = r.ticket();
            ledger.called(t);
            String serveKey = "j1-serve-" + keys.incrementAndGet();
            String finishKey = "j1-finish-" + keys.incrementAndGet();
            retry(ledger, "startServing", () -> desk.startServing(t.id(), opts.key(serveKey)));
            Ticket done = retry(ledger, "finish", () -> desk.finish(t.id(), opts.key(finishKey)));
            if (done != null) {
              doneCount.incrementAndGet();
            }
          }
        }, "j1-caller-" + counter + "-" + k));
      }
    }
    threads.forEach(Thread::start);
    start.countDown();
    long deadline = System.nanoTime() + config.timeout().toNanos();
    for (Thread t : threads) {
      long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
      t.join(left);
    }
    boolean timedOut = threads.stream().anyMatch(Thread::isAlive);
    stop.set(true);
    for (Thread t : threads) {
      t.join(10_000);
    }
    if (timedOut) {
      ledger.errors.add("timed out after " + config.timeout() + " with " + doneCount.get()
          + " of " + total + " done");
    }
    return ledger.verify(first.store(), first.site(), day);
  }

  /** Repeats a command with the same key while the store reports a retryable failure. */
  private static <T> T retry(QueueLedger ledger, String what, java.util.function.Supplier<T> cmd) {
    for (int attempt = 1; ; attempt++) {
      try {
        return cmd.get();
      } catch (ConflictException e) {
        if (e.isRetryable() && attempt < 50) {
          continue;
        }
        if ("counter_busy".equals(e.reason())) {
          throw e;
        }
        ledger.error(what, e);
        return null;
      } catch (MppException e) {
        if (e.isRetryable() && attempt < 50) {
          continue;
        }
        ledger.error(what, e);
        return null;
      } catch (RuntimeException e) {
        ledger.error(what, e);
        return null;
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
