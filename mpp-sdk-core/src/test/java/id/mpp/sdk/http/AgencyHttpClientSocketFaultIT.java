package id.mpp.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.mpp.sdk.AgencyProtocolException;
import id.mpp.sdk.AgencyTimeoutException;
import id.mpp.sdk.OutcomeUnknownException;
import jakarta.validation.constraints.NotBlank;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * F9 of reliability.md §9.1 without Toxiproxy: MockWebServer's socket effects on loopback cut a
 * connection half-way through the answer's body, or stall it (a black hole) before the headers or
 * in the body, or throttle it. Each test asserts the typed outcome, the requests the server saw,
 * the idempotency key they carried and the waits the client asked for (a sleeper that advances a
 * manual clock). Socket timeouts are real: read 200 ms, attempt 300 ms.
 */
@Tag("reliability")
class AgencyHttpClientSocketFaultIT {

  private static final Duration READ_TIMEOUT = Duration.ofMillis(200);
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(300);
  /** 4 KB, so that "half-way through the body" is well inside it. */
  private static final String BIG_BODY = "{\"value\":\"" + "x".repeat(4096) + "\"}";
  private static final String OK_BODY = "{\"value\":\"ok\"}";

  record Echo(@NotBlank String value) {
  }

  private final HttpFixture f = HttpFixture.withManualTime();
  private final TlsServers.CountingServerSockets sockets = new TlsServers.CountingServerSockets();
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.setServerSocketFactory(sockets);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    f.clients.close();
    server.close(); // also closes the sockets a Stall effect still holds
  }

  private AgencyHttpConfig.Builder config() {
    return AgencyHttpConfig.builder(URI.create("http://127.0.0.1:" + server.getPort()))
        .timeouts(Duration.ofSeconds(1), READ_TIMEOUT, Duration.ofSeconds(1))
        .attemptTimeout(ATTEMPT_TIMEOUT)
        .deadline(Duration.ofSeconds(10))
        .resilience(ResilienceConfig.custom().jitter(0.0)
            .backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(2)).build());
  }

  private static MockResponse.Builder json(String body) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body);
  }

  /** Enqueues a fresh answer {@code times} times (an answer's body is written once). */
  private void enqueue(Supplier<MockResponse> answer, int times) {
    for (int i = 0; i < times; i++) {
      server.enqueue(answer.get());
    }
  }

  private static MockResponse ok() {
    return json(OK_BODY).build();
  }

  /** An answer whose connection is closed when half of its 4 KB body is written. */
  private static MockResponse cutMidBody() {
    return json(BIG_BODY).onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  /** An answer that stops when half of its body is written and keeps the connection open. */
  private static MockResponse stallMidBody() {
    return json(BIG_BODY).onResponseBody(SocketEffect.Stall.INSTANCE).build();
  }

  /** Reads the request and never answers, the connection kept open: a black hole. */
  private static MockResponse stallBeforeHeaders() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
  }

  private List<RecordedRequest> taken(int count) throws InterruptedException {
    List<RecordedRequest> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(server.takeRequest(1, TimeUnit.SECONDS));
    }
    return out;
  }

  private static AgencyRequest postWithKey(String key) {
    return AgencyRequest.post("/permohonan", Map.of("a", "b"))
        .withOptions(CallOptions.defaults().withIdempotencyKey(key));
  }

  // cut mid-body ----------------------------------------------------------------------------

  @Test
  void get_whenCutMidBodyOnceThenOk_retriedAndSucceeds() {
    assertRetriedOnceThenOk(cutMidBody(), "malformed answer: ProtocolException");
  }

  /** A GET meets the fault once, is retried on a new connection after 100 ms, and succeeds. */
  private void assertRetriedOnceThenOk(MockResponse fault, String retryReason) {
    server.enqueue(fault);
    server.enqueue(ok());
    AgencyHttpClient client = f.client(config().build());

    Echo echo = client.call(AgencyRequest.get("/status"), Echo.class);

    assertThat(echo.value()).isEqualTo("ok");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sockets.accepted.get()).as("the faulty connection is not reused").isEqualTo(2);
    assertThat(f.waits).containsExactly(Duration.ofMillis(100));
    assertThat(f.events.log).containsExactly("started GET /status",
        "retried 1 after 100ms: " + retryReason, "finished 200 in 2");
  }

  @Test
  void get_whenCutMidBodyEveryTime_protocolErrorAfterThreeRequests() {
    enqueue(AgencyHttpClientSocketFaultIT::cutMidBody, 3);
    AgencyHttpClient client = f.client(config().build());

    AgencyProtocolException e = catchThrowableOfType(
        () -> client.call(AgencyRequest.get("/status"), Echo.class),
        AgencyProtocolException.class);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("malformed answer: ProtocolException");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sockets.accepted.get()).isEqualTo(3);
    assertThat(f.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(f.events.log).endsWith("failed AgencyProtocolException in 3");
    assertThat(f.clients.connectionCount()).as("no cut connection left in the pool").isZero();
  }

  @Test
  void post_whenCutMidBodyWithoutIdempotencyKey_outcomeUnknownAfterOneRequest() throws Exception {
    assertSentOnceOutcomeUnknown(cutMidBody(), "no idempotency key");
  }

  /** A POST without an idempotency key meets the fault: sent once, no key, no wait, unknown. */
  private void assertSentOnceOutcomeUnknown(MockResponse fault, String... messageParts)
      throws InterruptedException {
    server.enqueue(fault);
    AgencyHttpClient client = f.client(config().idempotency("Idempotency-Key", false).build());

    OutcomeUnknownException e = catchThrowableOfType(
        () -> client.call(AgencyRequest.post("/permohonan", Map.of("a", "b")), Echo.class),
        OutcomeUnknownException.class);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains(messageParts);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(taken(1).get(0).getHeaders().get("Idempotency-Key")).isNull();
    assertThat(f.waits).isEmpty();
    assertThat(f.events.log).containsExactly("started POST /permohonan",
        "failed OutcomeUnknownException in 1");
  }

  @Test
  void post_whenCutMidBodyEveryTimeWithKey_threeRequestsSameKeyThenOutcomeUnknown()
      throws Exception {
    enqueue(AgencyHttpClientSocketFaultIT::cutMidBody, 3);
    AgencyHttpClient client = f.client(config().build());

    OutcomeUnknownException e = catchThrowableOfType(
        () -> client.call(postWithKey("sub-cut-1"), Echo.class), OutcomeUnknownException.class);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("same idempotency key");
    assertThat(server.getRequestCount()).isEqualTo(3);
    List<RecordedRequest> seen = taken(3);
    assertThat(seen).extracting(r -> r.getHeaders().get("Idempotency-Key"))
        .containsExactly("sub-cut-1", "sub-cut-1", "sub-cut-1");
    assertThat(seen).extracting(r -> r.getHeaders().get("X-Request-Id")).doesNotContainNull()
        .containsOnly(seen.get(0).getHeaders().get("X-Request-Id"));
    assertThat(f.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  // stalled (black hole) --------------------------------------------------------------------

  @Test
  void get_whenBodyStallsEveryTime_timeoutAfterThreeBoundedAttempts() {
    enqueue(AgencyHttpClientSocketFaultIT::stallMidBody, 3);
    AgencyHttpClient client = f.client(config().build());
    long clientThreads = clientThreads();
    long t0 = System.nanoTime();

    AgencyTimeoutException e = catchThrowableOfType(
        () -> client.call(AgencyRequest.get("/status"), Echo.class),
        AgencyTimeoutException.class);

    long tookMs = (System.nanoTime() - t0) / 1_000_000;
    assertThat(e).isNotNull();
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(f.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(f.events.log).containsExactly("started GET /status",
        "retried 1 after 100ms: timed out", "retried 2 after 200ms: timed out",
        "failed AgencyTimeoutException in 3");
    // three attempts, each ended by its 200 ms read timeout (waits do not sleep)
    assertThat(tookMs).as("real time of the call, ms")
        .isGreaterThanOrEqualTo(3 * READ_TIMEOUT.toMillis()).isLessThan(3_000);
    assertThat(f.clients.connectionCount()).as("stalled connections are not pooled").isZero();
    assertThat(clientThreads()).as("threads outside the server (its 3 stalled handlers)")
        .isLessThanOrEqualTo(clientThreads + 1);
  }

  /** Live threads that are not MockWebServer's (whose stalled handlers wait for close()). */
  private static long clientThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.getName().startsWith("MockWebServer")).count();
  }

  @Test
  void post_whenStalledWithoutIdempotencyKey_outcomeUnknownAfterOneRequest() throws Exception {
    assertSentOnceOutcomeUnknown(stallBeforeHeaders(), "timed out", "no idempotency key");
  }

  @Test
  void get_whenHeadersStallOnceThenOk_retriedAndSucceeds() {
    assertRetriedOnceThenOk(stallBeforeHeaders(), "timed out");
  }

  // throttled (bandwidth) -------------------------------------------------------------------

  @Test
  void get_whenBodyTrickles_eachAttemptEndsAtItsAttemptTimeout() {
    // 4 KB at 256 bytes per 50 ms takes 800 ms: every read is within the 200 ms read timeout,
    // so only the 300 ms attempt timeout (OkHttp's call timeout) can end the attempt
    enqueue(() -> json(BIG_BODY).throttleBody(256, 50, TimeUnit.MILLISECONDS).build(), 3);
    AgencyHttpClient client = f.client(config().build());
    long t0 = System.nanoTime();

    AgencyTimeoutException e = catchThrowableOfType(
        () -> client.call(AgencyRequest.get("/status"), Echo.class),
        AgencyTimeoutException.class);

    long tookMs = (System.nanoTime() - t0) / 1_000_000;
    assertThat(e).isNotNull();
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(f.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(tookMs).as("real time of the call, ms")
        .isGreaterThanOrEqualTo(3 * ATTEMPT_TIMEOUT.toMillis()).isLessThan(3_000);
  }
}
