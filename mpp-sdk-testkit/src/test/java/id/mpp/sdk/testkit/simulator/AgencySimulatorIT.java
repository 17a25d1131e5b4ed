package id.mpp.sdk.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgencySimulatorIT {

  @RegisterExtension
  static final AgencySimulatorExtension<CounterSimulator> COUNTER =
      AgencySimulatorExtension.of(CounterSimulator::new);

  private static CounterSimulator simulator() {
    return COUNTER.simulator();
  }

  @Test
  void route_whenMatched_answersFromHandlerAndJournalsRequest() throws IOException {
    HttpResponse<String> response = Http.send(simulator(), "POST", "/counter/increment");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"count\":1}");
    assertThat(simulator().journal().entries()).singleElement().satisfies(entry -> {
      assertThat(entry.sequence()).isEqualTo(1);
      assertThat(entry.route()).contains("POST /counter/increment");
      assertThat(entry.status()).isEqualTo(200);
      assertThat(entry.fault()).isEmpty();
    });
  }

  @RepeatedTest(3)
  void state_whenChangedByEarlierTest_isResetBeforeEachTest() throws IOException {
    assertThat(simulator().journal().total()).isZero();

    assertThat(Http.send(simulator(), "POST", "/counter/increment").body())
        .isEqualTo("{\"count\":1}");
  }

  @Test
  void baseUri_whenRunning_isLoopback() {
    assertThat(simulator().baseUri().getHost()).isEqualTo("127.0.0.1");
    assertThat(simulator().port()).isPositive();
  }

  @Test
  void failNext_whenConnectionReset_clientFailsAndAgencyStateUnchanged() {
    simulator().failNext(FaultKind.CONNECTION_RESET, 1);

    assertThatThrownBy(() -> Http.send(simulator(), "POST", "/counter/increment"))
        .isInstanceOf(IOException.class);
    assertThat(simulator().count()).isZero();
    assertThat(simulator().journal().entries()).singleElement()
        .satisfies(entry -> {
          assertThat(entry.fault()).contains(FaultKind.CONNECTION_RESET);
          assertThat(entry.status()).isZero();
        });
  }

  @Test
  void failNext_whenResetAfterProcessing_clientFailsButAgencyStateChanged() {
    simulator().failNext(FaultKind.CONNECTION_RESET_AFTER_PROCESSING, 1);

    assertThatThrownBy(() -> Http.send(simulator(), "POST", "/counter/increment"))
        .isInstanceOf(IOException.class);
    assertThat(simulator().count()).isEqualTo(1);
    assertThat(simulator().journal().total()).isEqualTo(1);
  }

  @Test
  void failNext_whenEmptyResponse_clientFailsWithIoError() {
    simulator().failNext(FaultKind.EMPTY_RESPONSE, 1);

    // POST: the JDK client silently repeats a GET whose connection closed without a response
    assertThatThrownBy(() -> Http.send(simulator(), "POST", "/counter/increment"))
        .isInstanceOf(IOException.class);
    assertThat(simulator().count()).isZero();
    assertThat(simulator().journal().entries()).singleElement()
        .satisfies(entry -> assertThat(entry.fault()).contains(FaultKind.EMPTY_RESPONSE));
  }

  @Test
  void failNext_whenServerError_sends500WithoutProcessing() throws IOException {
    simulator().failNext(FaultKind.SERVER_ERROR, 1);

    HttpResponse<String> response = Http.send(simulator(), "POST", "/counter/increment");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(simulator().count()).isZero();
    assertThat(simulator().journal().entries()).singleElement()
        .satisfies(entry -> assertThat(entry.status()).isEqualTo(500));
  }

  @Test
  void failNext_whenServiceUnavailable_sends503WithRetryAfter() throws IOException {
    simulator().failNext(FaultKind.SERVICE_UNAVAILABLE, 1);

    HttpResponse<String> response = Http.send(simulator(), "GET", "/counter");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).contains("1");
  }

  @Test
  void failNext_whenMalformedResponse_sends200WithBrokenJson() throws IOException {
    simulator().failNext(FaultKind.MALFORMED_RESPONSE, 1);

    HttpResponse<String> response = Http.send(simulator(), "GET", "/counter");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("{").doesNotEndWith("}");
  }

  @Test
  void failNext_whenTwice_onlyNextTwoRequestsFail() throws IOException {
    simulator().failNext(FaultKind.SERVER_ERROR, 2);

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      statuses.add(Http.send(simulator(), "GET", "/counter").statusCode());
    }

    assertThat(statuses).containsExactly(500, 500, 200);
  }

  @Test
  void inject_whenSlowResponseBeyondClientTimeout_clientTimesOutAndAgencyProcessed() {
    simulator().inject(FaultPlan.builder().rate(FaultKind.SLOW_RESPONSE, 1.0)
        .slowDelay(Duration.ofMillis(800)).build());

    assertThatThrownBy(() -> Http.send(simulator(), "POST", "/counter/increment",
        Duration.ofMillis(200))).isInstanceOf(HttpTimeoutException.class);
    assertThat(simulator().count()).isEqualTo(1);
    assertThat(simulator().journal().entries()).singleElement()
        .satisfies(entry -> assertThat(entry.fault()).contains(FaultKind.SLOW_RESPONSE));
  }

  @Test
  void failAlways_untilClearFaults_everyRequestFails() throws IOException {
    simulator().failAlways(FaultKind.SERVER_ERROR);
    int first = Http.send(simulator(), "GET", "/counter").statusCode();
    int second = Http.send(simulator(), "GET", "/counter").statusCode();
    simulator().clearFaults();
    int afterRecovery = Http.send(simulator(), "GET", "/counter").statusCode();

    assertThat(List.of(first, second, afterRecovery)).containsExactly(500, 500, 200);
  }

  @Tag("reliability")
  @Test
  void inject_whenSameSeedTwice_injectsSameFaultsInSameOrder() {
    FaultPlan plan = FaultPlan.builder().rate(FaultKind.SERVER_ERROR, 0.3)
        .rate(FaultKind.SERVICE_UNAVAILABLE, 0.2).build();

    List<Optional<FaultKind>> first = faultsOf(20, 1234L, plan);
    List<Optional<FaultKind>> second = faultsOf(20, 1234L, plan);
    List<Optional<FaultKind>> otherSeed = faultsOf(20, 98765L, plan);

    assertThat(first).isEqualTo(second).isNotEqualTo(otherSeed);
    assertThat(first).contains(Optional.empty(), Optional.of(FaultKind.SERVER_ERROR));
  }

  private static List<Optional<FaultKind>> faultsOf(int requests, long seed, FaultPlan plan) {
    simulator().reset(seed);
    simulator().inject(plan);
    for (int i = 0; i < requests; i++) {
      Http.sendOrFail(simulator(), "GET", "/counter");
    }
    return simulator().journal().entries().stream().map(JournalEntry::fault).toList();
  }

  @Test
  void journal_whenCapacityExceeded_keepsNewestAndCountsAll() {
    try (CounterSimulator small = new CounterSimulator(3)) {
      small.start();
      small.reset(1L);
      for (int i = 0; i < 5; i++) {
        Http.sendOrFail(small, "POST", "/counter/increment");
      }

      assertThat(small.journal().total()).isEqualTo(5);
      assertThat(small.journal().entries()).extracting(JournalEntry::sequence)
          .containsExactly(3L, 4L, 5L);
    }
  }

  @Test
  void journal_whenCounting_filtersByMethodAndPath() throws IOException {
    Http.send(simulator(), "POST", "/counter/increment");
    Http.send(simulator(), "POST", "/counter/increment");
    Http.send(simulator(), "GET", "/counter");

    assertThat(simulator().journal().count("POST", "/counter/.*")).isEqualTo(2);
    simulator().journal().assertReceived(1, "get", "/counter");
    assertThatThrownBy(() -> simulator().journal().assertReceived(3, "POST", "/counter/.*"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("received 2");
  }

  @Test
  void journalEntry_whenPathHoldsNik_printsItMasked() throws IOException {
    Http.send(simulator(), "GET", "/people/nik/3201010101010001");

    assertThat(simulator().journal().last().orElseThrow().toString())
        .contains("/people/nik/3201**********01")
        .doesNotContain("3201010101010001");
  }

  @Test
  void reset_whenEscapeHatchStubAdded_removesIt() throws IOException {
    simulator().wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/extra")
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.ok("extra")));
    assertThat(Http.send(simulator(), "GET", "/extra").body()).isEqualTo("extra");

    simulator().reset(7L);

    assertThat(simulator().wireMock().getStubMappings()).hasSize(4);
    assertThat(Http.send(simulator(), "GET", "/counter").statusCode()).isEqualTo(200);
  }
}
