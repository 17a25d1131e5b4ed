package id.mpp.sdk.benchmarks.queue;

import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.Actor;
import id.mpp.sdk.queue.CallOutcome;
import id.mpp.sdk.queue.CallResult;
import id.mpp.sdk.queue.CommandOptions;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.IssueRequest;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.time.ManualClock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * B5 (reliability.md §8): the in-memory queue engine ({@link QueueDesk} on its default in-memory
 * store; 250 services, 30 open counters) running one ticket through a counter, against
 * {@link ArrayBlockingQueue} {@code offer} + {@code poll} of the same ticket object. One SDK
 * operation is {@code issue} + {@code callNext} + {@code startServing} + {@code finish}: the
 * counter must finish a ticket before it may call the next, so the pair cannot repeat without the
 * last two (each command is an atomic transaction with a version check, a transition and an
 * event). 1 and 4 threads; with 4, each thread drives its own counters. Throughput in operations
 * per second (= tickets per second). Goal: ≥ 0.10× ABQ throughput.
 *
 * <p>A new desk is built for every iteration, so the day's ticket history does not grow past one
 * iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class QueueBenchmark {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private QueueDesk desk;
  private QueueSite site;
  private ArrayBlockingQueue<Ticket> abq;
  private Ticket sample;

  /** Builds a fresh desk and site, and the baseline queue. */
  @Setup(Level.Iteration)
  public void setUp() {
    desk = QueueDesk.builder()
        .site(SiteId.of("mpp-bench"), WIB)
        .clock(ManualClock.at(LocalDateTime.of(2026, 1, 15, 9, 0), WIB))
        .build();
    site = QueueSite.configure(desk);
    abq = new ArrayBlockingQueue<>(1024);
    sample = desk.issue(IssueRequest.walkIn(site.serviceOf(0, 0)),
        CommandOptions.by(Actor.kiosk("kiosk-bench")));
    Ticket called = desk.callNext(site.counters().get(0), CommandOptions.by(
        Actor.officer("petugas-bench"))).ticket();
    if (called == null || !called.id().equals(sample.id())) {
      throw new IllegalStateException("the first counter did not call the sample ticket");
    }
    desk.startServing(called.id(), CommandOptions.by(Actor.officer("petugas-bench")));
    desk.finish(called.id(), CommandOptions.by(Actor.officer("petugas-bench")));
  }

  /** @return the desk of the current iteration */
  public QueueDesk desk() {
    return desk;
  }

  /** The counters one benchmark thread drives, round robin. */
  @State(Scope.Thread)
  public static class Worker {
    private int first;
    private int step;
    private int next;
    private int round;
    private CommandOptions kiosk;
    private CommandOptions officer;

    /**
     * Takes counters {@code index, index + threads, ...}.
     *
     * @param params the thread's index and the thread count
     */
    @Setup
    public void setUp(ThreadParams params) {
      first = params.getThreadIndex() % QueueSite.COUNTERS;
      step = Math.min(params.getThreadCount(), QueueSite.COUNTERS);
      next = first;
      kiosk = CommandOptions.by(Actor.kiosk("kiosk-" + params.getThreadIndex()));
      officer = CommandOptions.by(Actor.officer("petugas-" + params.getThreadIndex()));
    }

    int round() {
      return round;
    }

    CommandOptions kiosk() {
      return kiosk;
    }

    CommandOptions officer() {
      return officer;
    }

    int nextCounter() {
      int c = next;
      next += step;
      if (next >= QueueSite.COUNTERS) {
        next = first;
        round++;
      }
      return c;
    }
  }

  /**
   * One ticket through a counter of the SDK's in-memory queue engine.
   *
   * @param w the thread's counters
   * @return the finished ticket
   */
  @Benchmark
  public Ticket sdkTicketCycle(Worker w) {
    return cycle(w);
  }

  /**
   * The same, 4 threads on separate counters of one desk.
   *
   * @param w the thread's counters
   * @return the finished ticket
   */
  @Benchmark
  @Threads(4)
  public Ticket sdkTicketCycle4Threads(Worker w) {
    return cycle(w);
  }

  private Ticket cycle(Worker w) {
    int c = w.nextCounter();
    ServiceCode service = site.serviceOf(c, w.round);
    CounterId counter = site.counters().get(c);
    Ticket issued = desk.issue(IssueRequest.walkIn(service), w.kiosk);
    CallResult call = desk.callNext(counter, w.officer);
    if (call.outcome() != CallOutcome.CALLED || !call.ticket().id().equals(issued.id())) {
      throw new IllegalStateException("counter " + counter + " did not call " + issued.id());
    }
    desk.startServing(issued.id(), w.officer);
    return desk.finish(issued.id(), w.officer);
  }

  /** @return the ticket, after an offer and a poll of the bare queue */
  @Benchmark
  public Ticket baselineAbq() {
    abq.offer(sample);
    return abq.poll();
  }

  /** @return the ticket, after an offer and a poll of the bare queue, 4 threads sharing it */
  @Benchmark
  @Threads(4)
  public Ticket baselineAbq4Threads() {
    abq.offer(sample);
    return abq.poll();
  }
}
