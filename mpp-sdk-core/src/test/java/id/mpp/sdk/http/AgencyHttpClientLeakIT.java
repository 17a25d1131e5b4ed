package id.mpp.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.AgencyException;
import id.mpp.sdk.AgencyProtocolException;
import id.mpp.sdk.AgencyUnavailableException;
import id.mpp.sdk.time.ManualClock;
import jakarta.validation.constraints.NotBlank;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * F4 of reliability.md §9.1 at volume: 10,000 sequential calls against a loopback MockWebServer
 * that mixes healthy answers with empty answers, malformed chunks and random bytes (each then
 * closing the connection), with the retry policy on. Every count is exact: what the server saw,
 * how the calls ended, how many connections were opened. The pool stays bounded, no thread is
 * left behind, no connection is still allocated between two calls, and OkHttp reports no leaked
 * connection (its detector is run by hand after a GC; a control test proves that both checks see
 * a body left open). The GC-based detector alone would miss a leak whose call timeout is still
 * armed (the timeout keeps the call reachable), which is why the allocation check comes first.
 */
@Tag("reliability")
class AgencyHttpClientLeakIT {

  private static final int CALLS = 10_000;
  private static final int MAX_IDLE = 5;
  private static final String OK_BODY = "{\"value\":\"ok\"}";

  record Echo(@NotBlank String value) {
  }

  /** What the server does for a call, chosen by the call's index (i % 20). */
  enum Kind {
    /** 14 in 20: a healthy answer on a kept-alive connection. */
    HEALTHY,
    /** 2 in 20: an empty answer (closed after the request) once, then healthy. */
    EMPTY_ONCE,
    /** 1 in 20: an empty answer every time. */
    EMPTY,
    /** 1 in 20: chunked encoding with a malformed chunk size, then closed. */
    MALFORMED_CHUNK,
    /** 1 in 20: random bytes instead of a status line, then closed. */
    RANDOM_DATA,
    /** 1 in 20: HTTP 503 on a kept-alive connection every time. */
    UNAVAILABLE;

    static Kind of(int i) {
      int r = i % 20;
      if (r < 14) {
        return HEALTHY;
      }
      return r < 16 ? EMPTY_ONCE : values()[r - 14];
    }
  }

  private final Logger okhttpLogger = Logger.getLogger(OkHttpClient.class.getName());
  private final Logger sdkLogger = Logger.getLogger("id.mpp.sdk.http");
  private final List<LogRecord> okhttpRecords = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      okhttpRecords.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };
  private Level sdkLevel;

  private final TlsServers.CountingServerSockets sockets = new TlsServers.CountingServerSockets();
  private final Map<String, AtomicInteger> attemptsByRequest = new ConcurrentHashMap<>();
  private final AtomicInteger waits = new AtomicInteger();
  private final CountingListener listener = new CountingListener();
  private MockWebServer server;
  private AgencyHttpClients clients;
  private AgencyHttpClient client;

  @BeforeEach
  void start() throws Exception {
    okhttpLogger.addHandler(capture);
    okhttpLogger.setLevel(Level.ALL); // the leak message and where it was allocated
    sdkLevel = sdkLogger.getLevel();
    sdkLogger.setLevel(Level.WARNING); // 2,000 failed calls would log 2,000 INFO lines
    server = new MockWebServer();
    server.setServerSocketFactory(sockets);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    ManualClock clock = ManualClock.at(HttpFixture.T0, ZoneId.of("Asia/Jakarta"));
    clients = AgencyHttpClients.builder().clock(clock).listener(listener)
        .connectionPool(MAX_IDLE, Duration.ofMinutes(5))
        .sleeper(d -> {
          waits.incrementAndGet();
          clock.advance(d);
        }).build();
    client = clients.create(HttpFixture.AGENCY, AgencyHttpConfig.builder(
            URI.create("http://127.0.0.1:" + server.getPort()))
        .resilience(ResilienceConfig.custom().jitter(0.0)
            .backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(2))
            // the mix fails about half the attempts on purpose: the breaker must not cut it short
            .circuit(Duration.ofSeconds(60), 5, 100)
            .build())
        .build());
  }

  @AfterEach
  void stop() {
    okhttpLogger.removeHandler(capture);
    okhttpLogger.setLevel(null);
    sdkLogger.setLevel(sdkLevel);
    clients.close();
    server.close();
  }

  private MockResponse answer(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    Kind kind = Kind.valueOf(path.substring(1, path.indexOf('/', 1)));
    String requestId = request.getHeaders().get("X-Request-Id");
    int attempt = requestId == null ? 1 : attemptsByRequest.computeIfAbsent(requestId,
        k -> new AtomicInteger()).incrementAndGet();
    MockResponse.Builder ok = new MockResponse.Builder()
        .addHeader("Content-Type", "application/json").body(OK_BODY);
    return switch (kind) {
      case HEALTHY -> ok.build();
      case EMPTY_ONCE -> attempt == 1 ? empty() : ok.build();
      case EMPTY -> empty();
      case MALFORMED_CHUNK -> new MockResponse.Builder()
          .addHeader("Content-Type", "application/json").body("zz\r\n" + OK_BODY + "\r\n0\r\n")
          .removeHeader("Content-Length").addHeader("Transfer-Encoding", "chunked")
          .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build();
      case RANDOM_DATA -> new MockResponse.Builder()
          .status("\u0016\u0003\u0001\u00c9\u0001random-" + Integer.toHexString(path.hashCode()))
          .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build();
      case UNAVAILABLE -> new MockResponse.Builder().code(503).body("").build();
    };
  }

  private static MockResponse empty() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }

  @Test
  void tenThousandCalls_whenHealthyAndGarbageMixed_exactOutcomesBoundedPoolNoLeak() {
    ConnectionPool pool = client.okHttpClient().connectionPool();
    assertThat(client.call(AgencyRequest.get("/HEALTHY/warm-up"), Echo.class).value())
        .isEqualTo("ok");
    int baselineThreads = ManagementFactory.getThreadMXBean().getThreadCount();
    long started = System.nanoTime();
    int maxConnections = 0;
    int maxIdle = 0;
    int maxInUse = 0;
    Map<Class<?>, Integer> failures = new ConcurrentHashMap<>();
    int finished = 0;

    for (int i = 0; i < CALLS; i++) {
      Kind kind = Kind.of(i);
      try {
        Echo echo = client.call(AgencyRequest.get("/" + kind + "/" + i), Echo.class);
        assertThat(echo.value()).isEqualTo("ok");
        finished++;
      } catch (AgencyException e) {
        failures.merge(e.getClass(), 1, Integer::sum);
      }
      maxConnections = Math.max(maxConnections, pool.connectionCount());
      maxIdle = Math.max(maxIdle, pool.idleConnectionCount());
      // between two sequential calls no call runs: a connection still allocated is a leak
      maxInUse = Math.max(maxInUse, pool.connectionCount() - pool.idleConnectionCount());
    }
    long tookMs = (System.nanoTime() - started) / 1_000_000;

    // per 20 calls: 14 healthy, 2 empty once, 1 empty, 1 malformed chunk, 1 random, 1 HTTP 503
    int perKind = CALLS / 20;
    assertThat(finished).as("calls finished").isEqualTo(16 * perKind);
    assertThat(failures).as("typed failures").containsOnly(
        Map.entry(AgencyProtocolException.class, 3 * perKind),
        Map.entry(AgencyUnavailableException.class, perKind));
    assertThat(listener.finished.get()).isEqualTo(16 * perKind + 1);
    assertThat(listener.failed).containsOnly(
        Map.entry("AgencyProtocolException", 3 * perKind),
        Map.entry("AgencyUnavailableException", perKind));
    assertThat(listener.started.get()).isEqualTo(CALLS + 1);
    // attempts: 14 + 2x2 + 4x3 = 30 per 20 calls, plus the warm-up
    assertThat(server.getRequestCount()).as("requests the server saw")
        .isEqualTo(30 * perKind + 1);
    assertThat(waits.get()).as("waits between attempts").isEqualTo(10 * perKind);
    // every answer that closes the connection forces a new one: 2 + 3x3 = 11 per 20 calls
    assertThat(sockets.accepted.get()).as("connections opened").isEqualTo(11 * perKind + 1);
    assertThat(maxConnections).as("open connections at any point").isLessThanOrEqualTo(2);
    assertThat(maxIdle).as("idle connections at any point").isLessThanOrEqualTo(MAX_IDLE);
    assertThat(maxInUse).as("connections held between calls (leaked bodies)").isZero();

    assertThat(leakWarningsAfterGc(pool)).as("OkHttp 'connection leaked' warnings").isEmpty();
    assertThat(pool.connectionCount()).as("connections left: the last healthy one")
        .isLessThanOrEqualTo(1);
    pool.evictAll();
    assertThat(pool.connectionCount()).isZero();
    assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).as("live threads")
        .isLessThanOrEqualTo(baselineThreads + 4);
    // about 10 s on 2 cores; the bound catches a hang, not a slow machine
    assertThat(tookMs).as("run time of 10,000 calls, ms").isLessThan(60_000);
  }

  @Test
  void leakDetector_whenABodyIsLeftOpen_reportsIt() {
    ConnectionPool pool = client.okHttpClient().connectionPool();

    // no call timeout: an armed call timeout keeps the call reachable until it fires
    leakOneResponse(client.okHttpClient().newBuilder().callTimeout(Duration.ZERO).build());

    assertThat(pool.connectionCount() - pool.idleConnectionCount())
        .as("the leaked body holds its connection").isEqualTo(1);
    assertThat(leakWarningsAfterGc(pool)).as("the detector this test relies on works")
        .hasSize(1);
  }

  private void leakOneResponse(OkHttpClient raw) {
    try {
      Response response = raw.newCall(new Request.Builder()
          .url(server.url("/HEALTHY/leak")).build()).execute();
      assertThat(response.code()).isEqualTo(200); // the body is not closed, on purpose
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Runs OkHttp's leak detector (the pool's cleanup, which logs a connection whose call was
   * collected while it still held the connection) after a GC, a few times since a GC may not
   * collect everything at once.
   */
  private List<String> leakWarningsAfterGc(ConnectionPool pool) {
    for (int i = 0; i < 5; i++) {
      System.gc();
      pool.getDelegate$okhttp().closeConnections(System.nanoTime());
      if (!leaks().isEmpty()) {
        break;
      }
    }
    return leaks();
  }

  private List<String> leaks() {
    return okhttpRecords.stream().map(LogRecord::getMessage)
        .filter(m -> m != null && m.contains("leaked")).toList();
  }

  /** Counts listener events without keeping them (30,000 events). */
  static final class CountingListener implements AgencyCallListener {
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();
    final Map<String, Integer> failed = new ConcurrentHashMap<>();

    @Override
    public void callStarted(CallInfo call) {
      started.incrementAndGet();
    }

    @Override
    public void callFinished(CallInfo call, int httpStatus, int attempts, Duration elapsed) {
      finished.incrementAndGet();
    }

    @Override
    public void callFailed(CallInfo call, AgencyException error, int attempts, Duration elapsed) {
      failed.merge(error.getClass().getSimpleName(), 1, Integer::sum);
    }
  }
}
