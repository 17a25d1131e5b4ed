package id.mpp.sdk.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.mpp.sdk.MppException;
import id.mpp.sdk.benchmarks.http.LoopbackAgency;
import id.mpp.sdk.benchmarks.json.AgencyDtos.StatusRecord;
import id.mpp.sdk.benchmarks.json.Payloads;
import id.mpp.sdk.benchmarks.queue.QueueSite;
import id.mpp.sdk.benchmarks.validation.SubmissionForm;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyHttpClients;
import id.mpp.sdk.http.AgencyHttpConfig;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.ResilienceConfig;
import id.mpp.sdk.queue.Actor;
import id.mpp.sdk.queue.CallOutcome;
import id.mpp.sdk.queue.CallResult;
import id.mpp.sdk.queue.CommandOptions;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.IssueRequest;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The L1 load profile (reliability.md §9.4): one MPP day of 4,000 visitors, compressed, on the
 * SDK's in-memory {@link QueueDesk} (250 services, 30 counters) with every served ticket making
 * two agency calls (GET status, POST application) through the SDK's {@link AgencyHttpClient} to a
 * {@link LoopbackAgency} whose answers wait a lognormal time (median 90 ms, sigma 0.25). Reports
 * call-next and agency-call p50/p99 (exact, from every sample), the agency stub's own p50/p99,
 * and the J1 ledger (every issued ticket finished once: none lost, none twice).
 *
 * <pre>
 * java -cp benchmarks.jar id.mpp.sdk.benchmarks.load.SiteDayLoad [--profile short|long]
 *     [--tickets N] [--compression X] [--seed S]
 * </pre>
 *
 * <p>{@code short} compresses the 8.5-hour day 360× (about 85 s); {@code long} 60× (about
 * 8.5 min, the profile of §9.4). Agency latency is real time, not compressed; an officer's own
 * work per ticket (lognormal, median 90 s of the day) is compressed. Exit status 1 when a pass
 * criterion of L1 fails.
 */
public final class SiteDayLoad {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Duration DAY = Duration.ofMinutes(8 * 60 + 30);
  private static final double AGENCY_MEDIAN_MS = 90;
  private static final double AGENCY_SIGMA = 0.25;
  private static final Duration OFFICER_MEDIAN = Duration.ofSeconds(90);

  private final int tickets;
  private final double compression;
  private final long seed;

  private final List<Long> callNextNanos = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> agencyNanos = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> stubNanos = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> issued = ConcurrentHashMap.newKeySet();
  private final Set<String> finished = ConcurrentHashMap.newKeySet();
  private final AtomicInteger duplicates = new AtomicInteger();
  private final AtomicInteger agencyErrors = new AtomicInteger();
  private final AtomicInteger commandErrors = new AtomicInteger();
  private final AtomicLong emptyCalls = new AtomicLong();
  private final Set<String> errorKinds = ConcurrentHashMap.newKeySet();

  SiteDayLoad(int tickets, double compression, long seed) {
    this.tickets = tickets;
    this.compression = compression;
    this.seed = seed;
  }

  /**
   * Runs the profile and prints the report.
   *
   * @param args the options above
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    int tickets = 4_000;
    double compression = 360;
    long seed = 20260115L;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--profile" -> compression = switch (args[++i]) {
          case "short" -> 360;
          case "long" -> 60;
          default -> throw new IllegalArgumentException("--profile must be short or long");
        };
        case "--tickets" -> tickets = Integer.parseInt(args[++i]);
        case "--compression" -> compression = Double.parseDouble(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Report report = new SiteDayLoad(tickets, compression, seed).run();
    report.print(System.out);
    System.exit(report.passed() ? 0 : 1);
  }

  Report run() throws InterruptedException {
    CompressedClock clock = new CompressedClock(
        LocalDateTime.of(2026, 1, 15, 7, 30).atZone(WIB).toInstant(), compression, WIB);
    QueueDesk desk = QueueDesk.builder().site(SiteId.of("mpp-l1"), WIB).clock(clock).build();
    QueueSite site = QueueSite.configure(desk);

    Random stubRandom = new Random(seed ^ 0x5eed);
    ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    byte[] status;
    try {
      status = mapper.writeValueAsBytes(Payloads.statuses(1).get(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (LoopbackAgency agency = LoopbackAgency.start(96, status, status, () -> {
      double z;
      synchronized (stubRandom) {
        z = stubRandom.nextGaussian();
      }
      long nanos = (long) (AGENCY_MEDIAN_MS * 1e6 * Math.exp(AGENCY_SIGMA * z));
      stubNanos.add(nanos);
      return nanos;
    }); AgencyHttpClients http = AgencyHttpClients.builder().clock(Clock.systemUTC()).build()) {
      // agency latency and deadlines run in real time; only the queue's day is compressed
      AgencyHttpClient client = http.create(AgencyId.of("l1-agency"),
          AgencyHttpConfig.builder(agency.baseUrl())
              .auth(AuthScheme.apiKey("X-Api-Key", Secret.of(LoopbackAgency.API_KEY)))
              .resilience(ResilienceConfig.custom().bulkhead(64, Duration.ZERO).build())
              .build());
      runDay(desk, site, client, clock);
      return new Report(tickets, compression, issued.size(), finished.size(),
          lost(), duplicates.get(), emptyCalls.get(), agencyErrors.get(), commandErrors.get(),
          List.copyOf(callNextNanos), List.copyOf(agencyNanos), List.copyOf(stubNanos),
          agency.requests(), Set.copyOf(errorKinds));
    }
  }

  private int lost() {
    int lost = 0;
    for (String id : issued) {
      if (!finished.contains(id)) {
        lost++;
      }
    }
    return lost;
  }

  private void runDay(QueueDesk desk, QueueSite site, AgencyHttpClient client,
      CompressedClock clock) throws InterruptedException {
    AtomicBoolean issuing = new AtomicBoolean(true);
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < QueueSite.COUNTERS; c++) {
      CounterId counter = site.counters().get(c);
      long counterSeed = seed + 1 + c;
      Thread t = new Thread(() -> serve(desk, counter, client, clock, issuing, start,
          new Random(counterSeed)), "loket-" + (c + 1));
      threads.add(t);
      t.start();
    }
    Random arrivals = new Random(seed);
    CommandOptions kiosk = CommandOptions.by(Actor.kiosk("kiosk-1"));
    double meanGapNanos = clock.real(DAY).toNanos() / (double) tickets;
    start.countDown();
    long next = System.nanoTime();
    for (int i = 0; i < tickets; i++) {
      next += (long) (-Math.log(1 - arrivals.nextDouble()) * meanGapNanos);
      sleepUntil(next);
      ServiceCode service = site.services().get(arrivals.nextInt(QueueSite.SERVICES));
      try {
        Ticket t = desk.issue(IssueRequest.walkIn(service), kiosk);
        issued.add(t.id().value());
      } catch (MppException e) {
        commandError("issue", e);
      }
    }
    issuing.set(false);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    for (Thread t : threads) {
      t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      t.interrupt();
    }
  }

  private void serve(QueueDesk desk, CounterId counter, AgencyHttpClient client,
      CompressedClock clock, AtomicBoolean issuing, CountDownLatch start, Random random) {
    CommandOptions officer = CommandOptions.by(Actor.officer("petugas-" + counter.value()));
    SubmissionForm form = SubmissionForm.valid();
    try {
      start.await();
      while (!Thread.currentThread().isInterrupted()) {
        long t0 = System.nanoTime();
        CallResult call;
        try {
          call = desk.callNext(counter, officer);
        } catch (MppException e) {
          commandError("callNext", e);
          continue;
        }
        callNextNanos.add(System.nanoTime() - t0);
        if (call.outcome() != CallOutcome.CALLED) {
          emptyCalls.incrementAndGet();
          if (!issuing.get() && finished.size() + commandErrors.get() >= issued.size()) {
            return;
          }
          TimeUnit.MILLISECONDS.sleep(20);
          continue;
        }
        Ticket t = call.ticket();
        try {
          desk.startServing(t.id(), officer);
        } catch (MppException e) {
          commandError("startServing", e);
          continue;
        }
        agencyCall(() -> client.call(AgencyRequest.get("/status/" + t.number()),
            StatusRecord.class));
        agencyCall(() -> client.call(AgencyRequest.post("/applications", form),
            StatusRecord.class));
        long work = (long) (clock.real(OFFICER_MEDIAN).toNanos()
            * Math.exp(0.5 * random.nextGaussian()));
        TimeUnit.NANOSECONDS.sleep(work);
        try {
          desk.finish(t.id(), officer);
        } catch (MppException e) {
          commandError("finish", e);
          continue;
        }
        if (!finished.add(t.id().value())) {
          duplicates.incrementAndGet();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void agencyCall(Runnable call) {
    long t0 = System.nanoTime();
    try {
      call.run();
      agencyNanos.add(System.nanoTime() - t0);
    } catch (MppException e) {
      agencyErrors.incrementAndGet();
      errorKinds.add("agency call: " + e.getClass().getSimpleName());
    }
  }

  private void commandError(String command, MppException e) {
    commandErrors.incrementAndGet();
    errorKinds.add(command + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  /**
   * The outcome of one run.
   *
   * @param tickets tickets planned
   * @param compression how much faster than real time the day ran
   * @param issued tickets issued
   * @param finished tickets finished
   * @param lost issued but never finished
   * @param duplicated finished twice
   * @param emptyCalls call-next that found nobody waiting
   * @param agencyErrors agency calls that failed
   * @param commandErrors queue commands that failed
   * @param callNext call-next latencies in nanoseconds
   * @param agencyCalls agency-call latencies in nanoseconds, through the SDK client
   * @param stub the stub's own waits in nanoseconds
   * @param agencyRequests requests the stub answered
   * @param errorKinds what failed, once per kind
   */
  record Report(int tickets, double compression, int issued, int finished, int lost,
      int duplicated, long emptyCalls, int agencyErrors, int commandErrors, List<Long> callNext,
      List<Long> agencyCalls, List<Long> stub, long agencyRequests, Set<String> errorKinds) {

    static double percentile(List<Long> samples, double p) {
      if (samples.isEmpty()) {
        return Double.NaN;
      }
      List<Long> sorted = new ArrayList<>(samples);
      Collections.sort(sorted);
      int rank = (int) Math.ceil(p / 100.0 * sorted.size());
      return sorted.get(Math.max(0, rank - 1));
    }

    boolean j1Clean() {
      return lost == 0 && duplicated == 0 && issued == tickets && commandErrors == 0;
    }

    boolean callNextOk() {
      return percentile(callNext, 99) <= 1e6;
    }

    boolean agencyOk() {
      return agencyErrors == 0
          && percentile(agencyCalls, 99) <= percentile(stub, 99) + 20e6;
    }

    boolean passed() {
      return j1Clean() && callNextOk() && agencyOk();
    }

    void print(PrintStream out) {
      out.printf(Locale.ROOT, "L1 site day: %d tickets, 30 counters, 250 services, day compressed"
          + " %.0f× (%.0f s)%n", tickets, compression, DAY.toSeconds() / compression);
      out.printf(Locale.ROOT, "| measure | p50 | p99 | max | samples | criterion | verdict |%n");
      out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|%n");
      out.printf(Locale.ROOT, "| callNext (in-memory) | %.1f µs | %.1f µs | %.1f µs | %d "
              + "| p99 ≤ 1 ms | %s |%n", percentile(callNext, 50) / 1e3,
          percentile(callNext, 99) / 1e3, percentile(callNext, 100) / 1e3, callNext.size(),
          callNextOk() ? "met" : "MISSED");
      out.printf(Locale.ROOT, "| agency call via SDK | %.1f ms | %.1f ms | %.1f ms | %d "
              + "| p99 ≤ stub p99 + 20 ms | %s |%n", percentile(agencyCalls, 50) / 1e6,
          percentile(agencyCalls, 99) / 1e6, percentile(agencyCalls, 100) / 1e6,
          agencyCalls.size(), agencyOk() ? "met" : "MISSED");
      out.printf(Locale.ROOT, "| agency stub's own wait | %.1f ms | %.1f ms | %.1f ms | %d "
              + "| - | - |%n", percentile(stub, 50) / 1e6, percentile(stub, 99) / 1e6,
          percentile(stub, 100) / 1e6, stub.size());
      out.printf(Locale.ROOT, "J1 ledger: issued %d, finished %d, lost %d, duplicated %d, "
              + "failed commands %d, failed agency calls %d, empty calls %d, agency answered "
              + "%d: %s%n", issued, finished, lost, duplicated, commandErrors, agencyErrors,
          emptyCalls, agencyRequests, j1Clean() ? "clean" : "NOT CLEAN");
      errorKinds.forEach(k -> out.println("  failed: " + k));
    }
  }
}
