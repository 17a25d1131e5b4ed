package id.mpp.sdk.benchmarks.resilience;

import id.mpp.sdk.AgencyUnavailableException;
import id.mpp.sdk.benchmarks.http.LoopbackAgency;
import id.mpp.sdk.benchmarks.json.AgencyDtos.StatusRecord;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyHttpClients;
import id.mpp.sdk.http.AgencyHttpConfig;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.CircuitState;
import id.mpp.sdk.http.RejectionReason;
import id.mpp.sdk.http.ResilienceConfig;
import id.mpp.sdk.internal.http.AgencyResilience;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * B3 (reliability.md §8): the SDK's resilience stack ({@link AgencyResilience}: permissive rate
 * limiter, bulkhead, time-based circuit breaker, as the agency client runs each attempt) around
 * {@code Blackhole.consumeCPU(100)}, against the same work called directly, as Resilience4j's own
 * benchmarks do; 1 and 4 threads sharing one stack. Also: Resilience4j's decorators composed with
 * their defaults (the "sum of the individual decorators"), the stack's refusal with an open
 * circuit, and the agency client's whole refusal path with an open circuit (request id, listener,
 * typed {@link AgencyUnavailableException}) against an empty benchmark. Goals: the stack adds
 * ≤ 1 µs per call and ≤ 1.2× the composed decorators; an open-circuit refusal ≤ 2 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ResilienceBenchmark {

  private static final long TOKENS = 100;

  private AgencyResilience stack;
  private AgencyResilience openStack;
  private Supplier<Long> decorated;
  private LoopbackAgency agency;
  private AgencyHttpClients http;
  private AgencyHttpClient openClient;
  private AgencyRequest statusRequest;

  /** Builds the stacks and opens the circuits of the open ones. */
  @Setup
  public void setUp() {
    ResilienceConfig permissive = ResilienceConfig.custom()
        .rateLimit(Integer.MAX_VALUE, Duration.ofSeconds(1))
        .bulkhead(64, Duration.ZERO)
        .build();
    stack = new AgencyResilience("bench", permissive, Clock.systemUTC());
    ResilienceConfig opens = ResilienceConfig.custom()
        .maxAttempts(1)
        .circuit(Duration.ofSeconds(60), 1, 50)
        .circuitRecovery(Duration.ofHours(1), 1)
        .build();
    openStack = new AgencyResilience("bench-open", opens, Clock.systemUTC());
    openStack.tryAdmit();
    openStack.onFailure(1_000_000, new IOException("reset"));
    openStack.release();
    if (openStack.tryAdmit().orElse(null) != RejectionReason.CIRCUIT_OPEN) {
      throw new IllegalStateException("the open stack did not open");
    }

    CircuitBreaker cb = CircuitBreaker.ofDefaults("r4j");
    Bulkhead bh = Bulkhead.ofDefaults("r4j");
    RateLimiter rl = RateLimiter.of("r4j", RateLimiterConfig.custom()
        .limitForPeriod(Integer.MAX_VALUE).limitRefreshPeriod(Duration.ofSeconds(1)).build());
    decorated = CircuitBreaker.decorateSupplier(cb, Bulkhead.decorateSupplier(bh,
        RateLimiter.decorateSupplier(rl, () -> {
          Blackhole.consumeCPU(TOKENS);
          return TOKENS;
        })));

    byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
    agency = LoopbackAgency.start(2, json, json);
    http = AgencyHttpClients.builder().clock(Clock.systemUTC()).build();
    openClient = http.create(AgencyId.of("bench-open"), AgencyHttpConfig.builder(agency.baseUrl())
        .auth(AuthScheme.apiKey("X-Api-Key", Secret.of(LoopbackAgency.API_KEY)))
        .resilience(opens)
        .build());
    try {
      openClient.send(AgencyRequest.get("/unavailable"));
      throw new IllegalStateException("the agency did not answer 503");
    } catch (AgencyUnavailableException expected) {
      // one failure opens this circuit
    }
    if (openClient.circuitState() != CircuitState.OPEN) {
      throw new IllegalStateException("the client's circuit did not open");
    }
    statusRequest = AgencyRequest.get("/status/MPP-3578-20260115-000123-K");
  }

  /** Stops the agency and the client. */
  @TearDown
  public void tearDown() {
    http.close();
    agency.close();
  }

  /** @return the requests the agency answered (none may reach it once the circuit is open) */
  public long agencyRequests() {
    return agency.requests() + agency.refused();
  }

  /** @return the direct call's result */
  @Benchmark
  public long direct() {
    Blackhole.consumeCPU(TOKENS);
    return TOKENS;
  }

  /** @return the result, through the SDK's stack */
  @Benchmark
  public long sdkStack() {
    return throughStack();
  }

  private long throughStack() {
    Optional<RejectionReason> refused = stack.tryAdmit();
    if (refused.isPresent()) {
      throw new IllegalStateException("refused: " + refused.get());
    }
    long t0 = System.nanoTime();
    try {
      Blackhole.consumeCPU(TOKENS);
      stack.onSuccess(System.nanoTime() - t0);
      return TOKENS;
    } finally {
      stack.release();
    }
  }

  /** @return the direct call's result, 4 threads */
  @Benchmark
  @Threads(4)
  public long direct4Threads() {
    return direct();
  }

  /** @return the result through the SDK's stack, 4 threads sharing it */
  @Benchmark
  @Threads(4)
  public long sdkStack4Threads() {
    return throughStack();
  }

  /** @return the result through Resilience4j's decorators composed with their defaults */
  @Benchmark
  public long r4jDecorators() {
    return decorated.get();
  }

  /** @return nothing measured: the floor of a benchmark call */
  @Benchmark
  public int empty() {
    return 1;
  }

  /** @return the stack's refusal with an open circuit */
  @Benchmark
  public Optional<RejectionReason> sdkStackOpenCircuit() {
    return openStack.tryAdmit();
  }

  /** @return the agency client's typed refusal with an open circuit; nothing is sent */
  @Benchmark
  public Object sdkClientOpenCircuit() {
    try {
      return openClient.call(statusRequest, StatusRecord.class);
    } catch (AgencyUnavailableException e) {
      return e;
    }
  }
}
