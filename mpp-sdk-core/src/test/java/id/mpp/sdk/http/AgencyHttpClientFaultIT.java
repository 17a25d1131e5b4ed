package id.mpp.sdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.mpp.sdk.AgencyProtocolException;
import id.mpp.sdk.AgencyTimeoutException;
import id.mpp.sdk.AgencyUnavailableException;
import id.mpp.sdk.OutcomeUnknownException;
import id.mpp.sdk.QuotaExceededException;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.ArrayList;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The agency faults F1-F8 of reliability.md §9.1, injected by WireMock on loopback (F5 and F7,
 * which need real time, are in {@link AgencyHttpClientDeadlineIT}). Each test asserts the typed
 * outcome and what the stub saw. Retry waits go through a sleeper that advances a manual clock.
 */
@Tag("reliability")
class AgencyHttpClientFaultIT {

  @RegisterExtension
  static WireMockExtension wm = HttpFixture.wireMock();

  record Echo(@NotBlank String value) {
  }

  private final HttpFixture f = HttpFixture.withManualTime();

  private List<LoggedRequest> gets(String path) {
    return wm.findAll(getRequestedFor(urlEqualTo(path)));
  }

  private List<LoggedRequest> posts(String path) {
    return wm.findAll(postRequestedFor(urlEqualTo(path)));
  }

  // F1 ---------------------------------------------------------------------------------------

  @Test
  void get_whenConnectionResetThenOk_retriesWithBackoffAndSucceeds() {
    wm.stubFor(get("/status").inScenario("f1").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
        .willSetStateTo("up"));
    wm.stubFor(get("/status").inScenario("f1").whenScenarioStateIs("up")
        .willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).build());

    Echo echo = client.call(AgencyRequest.get("/status"), Echo.class);

    assertThat(echo.value()).isEqualTo("ok");
    assertThat(gets("/status")).hasSize(2);
    assertThat(f.waits).containsExactly(Duration.ofMillis(100));
    assertThat(f.events.log).contains("retried 1 after 100ms: connection failed: SocketException",
        "finished 200 in 2");
  }

  @Test
  void get_whenConnectionResetEveryTime_stopsAtMaxAttemptsUnavailable() {
    wm.stubFor(get("/status").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).build());

    assertThatThrownBy(() -> client.call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOfSatisfying(AgencyUnavailableException.class,
            e -> assertThat(e.circuitOpen()).isFalse());
    assertThat(gets("/status")).hasSize(3);
    assertThat(f.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  // F2 ---------------------------------------------------------------------------------------

  @Test
  void post_whenResetWithoutIdempotencyKey_reachesServerOnceAndOutcomeUnknown() {
    wm.stubFor(post("/permohonan")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    AgencyHttpClient client = f.client(HttpFixture.config(wm)
        .idempotency("Idempotency-Key", false).build());

    assertThatThrownBy(() -> client.call(AgencyRequest.post("/permohonan", Map.of("a", "b")),
        Echo.class))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("no idempotency key");
    assertThat(posts("/permohonan")).hasSize(1);
    assertThat(posts("/permohonan").get(0).containsHeader("Idempotency-Key")).isFalse();
    assertThat(f.waits).isEmpty();
  }

  // F3 ---------------------------------------------------------------------------------------

  @Test
  void post_whenResetWithIdempotencyKey_retriedWithTheSameKey() {
    wm.stubFor(post("/permohonan").inScenario("f3").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
        .willSetStateTo("up"));
    wm.stubFor(post("/permohonan").inScenario("f3").whenScenarioStateIs("up")
        .willReturn(okJson("{\"value\":\"REG-1\"}").withStatus(201)));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).build());

    Echo receipt = client.call(AgencyRequest.post("/permohonan", Map.of("a", "b"))
        .withOptions(CallOptions.defaults().withIdempotencyKey("sub-0001")), Echo.class);

    assertThat(receipt.value()).isEqualTo("REG-1");
    assertThat(posts("/permohonan")).hasSize(2)
        .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("sub-0001"));
    assertThat(posts("/permohonan")).extracting(r -> r.getHeader("X-Request-Id"))
        .containsOnly(posts("/permohonan").get(0).getHeader("X-Request-Id"));
  }

  @Test
  void post_whenNoKeyGiven_generatedKeyIsReusedByTheRetry() {
    wm.stubFor(post("/permohonan").inScenario("f3b").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(post("/permohonan").inScenario("f3b").whenScenarioStateIs("up")
        .willReturn(okJson("{\"value\":\"REG-2\"}")));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).build());

    client.call(AgencyRequest.post("/permohonan", Map.of("a", "b")), Echo.class);

    List<LoggedRequest> seen = posts("/permohonan");
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0).getHeader("Idempotency-Key")).isNotBlank()
        .isEqualTo(seen.get(1).getHeader("Idempotency-Key"));
  }

  @Test
  void post_whenResetOnEveryAttemptWithKey_outcomeUnknownAfterMaxAttempts() {
    wm.stubFor(post("/permohonan")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).build());

    assertThatThrownBy(() -> client.call(AgencyRequest.post("/permohonan", Map.of("a", "b"))
        .withOptions(CallOptions.defaults().withIdempotencyKey("sub-0002")), Echo.class))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("same idempotency key");
    assertThat(posts("/permohonan")).hasSize(3)
        .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("sub-0002"));
  }

  // F4 ---------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(value = Fault.class,
      names = {"EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void get_whenGarbageAnswer_protocolErrorAndNoConnectionLeaked(Fault fault) {
    wm.stubFor(get("/status").willReturn(aResponse().withStatus(200).withFault(fault)));
    wm.stubFor(get("/healthy").willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpClient client = f.client(HttpFixture.config(wm)
        .resilience(ResilienceConfig.custom().maxAttempts(1).build()).build());

    assertThatThrownBy(() -> client.call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOf(AgencyProtocolException.class);

    assertThat(gets("/status")).hasSize(1);
    assertThat(f.clients.connectionCount()).as("connections left after the fault").isZero();
    assertThat(client.call(AgencyRequest.get("/healthy"), Echo.class).value()).isEqualTo("ok");
    assertThat(f.clients.connectionCount()).isEqualTo(1);
    assertThat(f.clients.idleConnectionCount()).as("the healthy connection went back").isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class,
      names = {"EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void get_whenGarbageEveryTime_retriedThenProtocolError(Fault fault) {
    wm.stubFor(get("/status").willReturn(aResponse().withStatus(200).withFault(fault)));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).build());

    assertThatThrownBy(() -> client.call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOf(AgencyProtocolException.class);
    assertThat(gets("/status")).hasSize(3);
    assertThat(f.clients.connectionCount()).isZero();
  }

  @Test
  void post_whenEmptyResponseWithoutKey_outcomeUnknownSentOnce() {
    wm.stubFor(post("/permohonan").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    AgencyHttpClient client = f.client(HttpFixture.config(wm)
        .idempotency("Idempotency-Key", false).build());

    assertThatThrownBy(() -> client.send(AgencyRequest.post("/permohonan", Map.of("a", "b"))))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(posts("/permohonan")).hasSize(1);
    assertThat(f.clients.connectionCount()).isZero();
  }

  // F6 ---------------------------------------------------------------------------------------

  @Test
  void get_whenTwiceTheBulkheadArrivesAtASlowAgency_excessIsShedFastAndNeverSent()
      throws Exception {
    wm.stubFor(get("/slow").willReturn(okJson("{\"value\":\"ok\"}")
        .withLogNormalRandomDelay(500, 0.1)));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).resilience(ResilienceConfig
        .custom().bulkhead(4, Duration.ZERO).build()).build());
    int callers = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool =
        Executors.newFixedThreadPool(callers);
    List<Future<Long>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < callers; i++) {
        outcomes.add(pool.submit(() -> {
          go.await();
          long t0 = System.nanoTime();
          try {
            client.call(AgencyRequest.get("/slow"), Echo.class);
            return -1L;
          } catch (QuotaExceededException e) {
            assertThat(e.quota()).isEqualTo("bulkhead");
            return (System.nanoTime() - t0) / 1_000_000;
          }
        }));
      }
      go.countDown();
      int admitted = 0;
      List<Long> shedMillis = new ArrayList<>();
      for (Future<Long> o : outcomes) {
        long r = o.get(20, TimeUnit.SECONDS);
        if (r < 0) {
          admitted++;
        } else {
          shedMillis.add(r);
        }
      }

      assertThat(shedMillis).as("the excess was shed").isNotEmpty()
          .allSatisfy(ms -> assertThat(ms).as("shed without waiting for the agency")
              .isLessThan(200L));
      assertThat(admitted + shedMillis.size()).isEqualTo(callers);
      assertThat(gets("/slow")).as("only admitted calls reached the agency").hasSize(admitted);
    } finally {
      pool.shutdownNow();
    }
  }

  // F8: Retry-After ---------------------------------------------------------------------------

  @Test
  void get_when503WithRetryAfterSeconds_waitsExactlyThatLong() {
    wm.stubFor(get("/status").inScenario("f8").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2"))
        .willSetStateTo("up"));
    wm.stubFor(get("/status").inScenario("f8").whenScenarioStateIs("up")
        .willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).build());

    assertThat(client.call(AgencyRequest.get("/status"), Echo.class).value()).isEqualTo("ok");
    assertThat(f.waits).containsExactly(Duration.ofSeconds(2));
    assertThat(gets("/status")).hasSize(2);
  }

  @Test
  void get_when429WithRetryAfterDate_waitsUntilThatDate() {
    String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        HttpFixture.T0.plusSeconds(3).atOffset(ZoneOffset.UTC));
    wm.stubFor(get("/status").inScenario("f8b").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", at))
        .willSetStateTo("up"));
    wm.stubFor(get("/status").inScenario("f8b").whenScenarioStateIs("up")
        .willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).build());

    client.call(AgencyRequest.get("/status"), Echo.class);

    assertThat(f.waits).containsExactly(Duration.ofSeconds(3));
    assertThat(gets("/status")).hasSize(2);
  }

  @Test
  void get_whenRetryAfterLongerThanMax_failsAtOnceWithoutWaiting() {
    wm.stubFor(get("/status").willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "3600")));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).build());

    assertThatThrownBy(() -> client.call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOf(AgencyUnavailableException.class)
        .hasMessageContaining("retry after 3600 s");
    assertThat(gets("/status")).hasSize(1);
    assertThat(f.waits).isEmpty();
  }

  @Test
  void get_when503Persists_unavailableAfterMaxAttemptsWithBackoff() {
    wm.stubFor(get("/status").willReturn(aResponse().withStatus(503)));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).build());

    assertThatThrownBy(() -> client.call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOf(AgencyUnavailableException.class).hasMessageContaining("HTTP 503");
    assertThat(gets("/status")).hasSize(3);
    assertThat(f.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  // F8: circuit breaker -----------------------------------------------------------------------

  private AgencyHttpClient circuitClient() {
    return f.client(HttpFixture.config(wm).resilience(ResilienceConfig.custom()
        .maxAttempts(1)
        .circuit(Duration.ofSeconds(60), 4, 50)
        .circuitRecovery(Duration.ofSeconds(30), 2)
        .build()).build());
  }

  private void failFourTimes(AgencyHttpClient client) {
    wm.stubFor(get("/status").willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> client.call(AgencyRequest.get("/status"), Echo.class))
          .isInstanceOfSatisfying(AgencyUnavailableException.class,
              e -> assertThat(e.circuitOpen()).isFalse());
    }
  }

  @Test
  void circuit_whenMinimumCallsFail_opensAndRefusesWithoutSending() {
    AgencyHttpClient client = circuitClient();
    failFourTimes(client);

    assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);
    assertThatThrownBy(() -> client.call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOfSatisfying(AgencyUnavailableException.class,
            e -> assertThat(e.circuitOpen()).isTrue());
    assertThat(gets("/status")).hasSize(4);
    assertThat(f.events.log).contains("circuit CLOSED->OPEN", "rejected CIRCUIT_OPEN");
  }

  @Test
  void circuit_whenAgencyRecovers_halfOpensWithTheConfiguredProbesThenCloses() {
    AgencyHttpClient client = circuitClient();
    failFourTimes(client);
    wm.stubFor(get("/status").willReturn(okJson("{\"value\":\"ok\"}")));
    f.clock.advance(Duration.ofSeconds(31));

    client.call(AgencyRequest.get("/status"), Echo.class);
    assertThat(client.circuitState()).isEqualTo(CircuitState.HALF_OPEN);
    client.call(AgencyRequest.get("/status"), Echo.class);

    assertThat(client.circuitState()).isEqualTo(CircuitState.CLOSED);
    assertThat(gets("/status")).hasSize(6);
    assertThat(f.events.log).containsSubsequence("circuit CLOSED->OPEN",
        "circuit OPEN->HALF_OPEN", "circuit HALF_OPEN->CLOSED");
  }

  @Test
  void circuit_whenProbesFail_sendsExactlyTheProbesThenOpensAgain() {
    AgencyHttpClient client = circuitClient();
    failFourTimes(client);
    f.clock.advance(Duration.ofSeconds(31));

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> client.call(AgencyRequest.get("/status"), Echo.class))
          .isInstanceOf(AgencyUnavailableException.class);
    }

    assertThat(gets("/status")).as("4 failures + exactly 2 probes").hasSize(6);
    assertThat(client.circuitState()).isEqualTo(CircuitState.OPEN);
  }

  @Test
  void circuit_whenOpenBeforeTheOpenDurationEnds_staysOpen() {
    AgencyHttpClient client = circuitClient();
    failFourTimes(client);
    f.clock.advance(Duration.ofSeconds(29));

    assertThatThrownBy(() -> client.call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOfSatisfying(AgencyUnavailableException.class,
            e -> assertThat(e.circuitOpen()).isTrue());
    assertThat(gets("/status")).hasSize(4);
  }
}
