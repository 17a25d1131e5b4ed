package id.mpp.sdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyException;
import id.mpp.sdk.AgencyProtocolException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.OutcomeUnknownException;
import id.mpp.sdk.QuotaExceededException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.config.Secret;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client's ordinary behaviour against WireMock: headers, auth, errors, limits, listener. */
class AgencyHttpClientIT {

  @RegisterExtension
  static WireMockExtension wm = HttpFixture.wireMock();

  record Echo(@NotBlank String value) {
  }

  record Order(@NotBlank String item, @Min(1) int quantity) {
  }

  private final HttpFixture f = HttpFixture.withManualTime();

  private AgencyHttpClient client() {
    return f.client(HttpFixture.config(wm).build());
  }

  @Test
  void call_whenOk_sendsRequestIdTrackingNumberAcceptAndUserAgent() {
    wm.stubFor(get("/status").willReturn(okJson("{\"value\":\"ok\"}")));

    client().call(AgencyRequest.get("/status").withOptions(CallOptions.defaults()
        .withRequestId("req-42").withTrackingNumber("MPP-3273-000123")), Echo.class);

    LoggedRequest seen = wm.findAll(getRequestedFor(urlEqualTo("/status"))).get(0);
    assertThat(seen.getHeader("X-Request-Id")).isEqualTo("req-42");
    assertThat(seen.getHeader("X-Tracking-Number")).isEqualTo("MPP-3273-000123");
    assertThat(seen.getHeader("Accept")).isEqualTo("application/json");
    assertThat(seen.getHeader("User-Agent")).isEqualTo("mpp-sdk/1 (uji-instansi)");
    assertThat(seen.containsHeader("Idempotency-Key")).as("GET carries no key").isFalse();
  }

  @Test
  void clients_whenTwoAgenciesCallOneHost_shareThePooledConnectionOfTheHub() {
    wm.stubFor(get("/status").willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpConfig config = HttpFixture.config(wm).build();
    AgencyHttpClient first = f.clients.create(AgencyId.of("dukcapil"), config);
    AgencyHttpClient second = f.clients.create(AgencyId.of("bpjs-kesehatan"), config);

    first.call(AgencyRequest.get("/status"), Echo.class);
    second.call(AgencyRequest.get("/status"), Echo.class);
    second.call(AgencyRequest.get("/status"), Echo.class);

    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/status")))).hasSize(3);
    assertThat(f.clients.connectionCount()).as("one connection in the hub's one pool")
        .isEqualTo(1);
    assertThat(f.clients.idleConnectionCount()).isEqualTo(1);
  }

  @Test
  void listener_whenCallSucceedsAfterARetry_finishedWithAttemptsAndTheElapsedTimeOfTheClock() {
    wm.stubFor(get("/status").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(get("/status").inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(okJson("{\"value\":\"ok\"}")));

    client().call(AgencyRequest.get("/status"), Echo.class);

    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/status")))).hasSize(2);
    assertThat(f.events.log).contains("finished 200 in 2");
    assertThat(f.waits).containsExactly(Duration.ofMillis(100));
    assertThat(f.events.elapsed).containsExactly(Duration.ofMillis(100));
  }

  @Test
  void listener_whenEveryAttemptFails_callFailedWithTheErrorAttemptsAndElapsedTime() {
    wm.stubFor(get("/status").willReturn(aResponse().withStatus(503)));

    Throwable thrown = catchThrowable(() -> client().call(AgencyRequest.get("/status"),
        Echo.class));

    int sent = wm.findAll(getRequestedFor(urlEqualTo("/status"))).size();
    assertThat(sent).isGreaterThan(1);
    assertThat(f.events.failures).containsExactly((AgencyException) thrown);
    assertThat(f.events.log).contains("failed " + thrown.getClass().getSimpleName() + " in "
        + sent);
    Duration waited = f.waits.stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(f.waits).hasSize(sent - 1);
    assertThat(f.events.elapsed).containsExactly(waited);
  }

  @Test
  void call_whenNoRequestIdGiven_generatesOnePerCall() {
    wm.stubFor(get("/status").willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpClient client = client();

    client.call(AgencyRequest.get("/status"), Echo.class);
    client.call(AgencyRequest.get("/status"), Echo.class);

    List<LoggedRequest> seen = wm.findAll(getRequestedFor(urlEqualTo("/status")));
    assertThat(seen).extracting(r -> r.getHeader("X-Request-Id")).doesNotContainNull()
        .doesNotHaveDuplicates();
  }

  @Test
  void call_whenPost_sendsValidatedJsonBody() {
    wm.stubFor(post("/order").withRequestBody(equalTo("{\"item\":\"KTP\",\"quantity\":2}"))
        .willReturn(okJson("{\"value\":\"ok\"}")));

    Echo echo = client().call(AgencyRequest.post("/order", new Order("KTP", 2)), Echo.class);

    assertThat(echo.value()).isEqualTo("ok");
  }

  @Test
  void call_whenBodyBreaksItsConstraints_validationErrorAndNothingSent() {
    assertThatThrownBy(() -> client().call(AgencyRequest.post("/order", new Order(" ", 0)),
        Echo.class))
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("body.item", "body.quantity"));
    assertThat(wm.getAllServeEvents()).isEmpty();
    assertThat(f.events.log).containsExactly("rejected INVALID_REQUEST");
  }

  @Test
  void call_when400WithAgencyCode_rejectedWithCodeAndMaskedMessage() {
    wm.stubFor(post("/order").willReturn(aResponse().withStatus(400).withBody(
        "{\"code\":\"E-017\",\"message\":\"NIK " + HttpFixture.NIK + " tidak ditemukan\"}")));

    assertThatThrownBy(() -> client().call(AgencyRequest.post("/order", new Order("KTP", 1)),
        Echo.class))
        .isInstanceOfSatisfying(AgencyRejectedException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(400);
          assertThat(e.agencyCode()).contains("E-017");
          assertThat(e.agencyMessage()).contains("NIK 3201**********01 tidak ditemukan");
          assertThat(e.getMessage()).doesNotContain(HttpFixture.NIK);
          assertThat(e.requestId()).isPresent();
        });
    assertThat(wm.findAll(postRequestedFor(urlEqualTo("/order")))).as("4xx is not retried")
        .hasSize(1);
  }

  @Test
  void call_when401_authenticationErrorNotRetried() {
    wm.stubFor(get("/status").willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(() -> client().call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOf(AgencyAuthenticationException.class).hasMessageContaining("HTTP 401");
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/status")))).hasSize(1);
  }

  @Test
  void call_when403_authenticationError() {
    wm.stubFor(get("/status").willReturn(aResponse().withStatus(403)));

    assertThatThrownBy(() -> client().call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOf(AgencyAuthenticationException.class).hasMessageContaining("HTTP 403");
  }

  @Test
  void call_whenMutatingGets500_outcomeUnknownNotRejected() {
    wm.stubFor(post("/order").willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> client().call(AgencyRequest.post("/order", new Order("KTP", 1)),
        Echo.class))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(wm.findAll(postRequestedFor(urlEqualTo("/order")))).hasSize(1);
  }

  @Test
  void call_whenAgencyReportsErrorInside200_rejectedThroughTheDecoder() {
    wm.stubFor(get("/status").willReturn(okJson(
        "{\"metaData\":{\"code\":\"201\",\"message\":\"Data tidak ditemukan\"}}")));
    AgencyErrorDecoder envelope = (status, headers, body) -> {
      String text = new String(body, StandardCharsets.UTF_8);
      return text.contains("\"code\":\"200\"") ? Optional.empty()
          : Optional.of(new AgencyError("201", "Data tidak ditemukan"));
    };
    AgencyHttpClient client = f.client(HttpFixture.config(wm).errorDecoder(envelope).build());

    assertThatThrownBy(() -> client.send(AgencyRequest.get("/status")))
        .isInstanceOfSatisfying(AgencyRejectedException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(200);
          assertThat(e.agencyCode()).contains("201");
        });
  }

  @Test
  void bearer_whenCalled_sendsAuthorizationHeader() {
    wm.stubFor(get("/status").withHeader("Authorization", equalTo("Bearer tok-abc"))
        .willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpClient client = f.client(HttpFixture.config(wm)
        .auth(AuthScheme.bearer(Secret.of("tok-abc"))).build());

    assertThat(client.call(AgencyRequest.get("/status"), Echo.class).value()).isEqualTo("ok");
  }

  @Test
  void apiKey_whenCalled_sendsTheKeyHeader() {
    wm.stubFor(get("/status").withHeader("X-Api-Key", equalTo("key-123"))
        .willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpClient client = f.client(HttpFixture.config(wm)
        .auth(AuthScheme.apiKey("X-Api-Key", Secret.of("key-123"))).build());

    assertThat(client.call(AgencyRequest.get("/status"), Echo.class).value()).isEqualTo("ok");
  }

  @Test
  void hmac_whenPost_agencyCanVerifyTheSignatureFromWhatItReceived() throws Exception {
    wm.stubFor(post("/order?x=1").willReturn(okJson("{\"value\":\"ok\"}")));
    String secret = "0123456789abcdef-secret";
    AgencyHttpClient client = f.client(HttpFixture.config(wm)
        .auth(AuthScheme.hmac(HmacSigning.sha256("mpp-kota", Secret.of(secret)))).build());

    client.call(AgencyRequest.post("/order?x=1", new Order("KTP", 1)), Echo.class);

    LoggedRequest seen = wm.findAll(postRequestedFor(urlEqualTo("/order?x=1"))).get(0);
    String toSign = "POST\n/order?x=1\n" + seen.getHeader("X-Timestamp") + "\n"
        + seen.getHeader("X-Request-Id") + "\n" + HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(seen.getBody()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    assertThat(seen.getHeader("X-Key-Id")).isEqualTo("mpp-kota");
    assertThat(seen.getHeader("X-Timestamp")).isEqualTo(
        Long.toString(HttpFixture.T0.getEpochSecond()));
    assertThat(seen.getHeader("X-Signature")).isEqualTo(Base64.getEncoder().encodeToString(
        mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void authScheme_whenItPostProcessesTheAnswer_callBindsTheResult() {
    String encoded = Base64.getEncoder().encodeToString(
        "{\"value\":\"rahasia\"}".getBytes(StandardCharsets.UTF_8));
    wm.stubFor(get("/status").willReturn(aResponse().withBody(encoded)));
    AuthScheme decoding = new AuthScheme() {
      @Override
      public Map<String, String> headers(AuthRequest request) {
        return Map.of("X-Cons-Id", "1234", "X-Stamp", request.timestamp().toString());
      }

      @Override
      public byte[] readResponse(AuthRequest request, int status,
          Map<String, List<String>> responseHeaders, byte[] body) {
        return Base64.getDecoder().decode(body);
      }
    };
    AgencyHttpClient client = f.client(HttpFixture.config(wm).auth(decoding).build());

    assertThat(client.call(AgencyRequest.get("/status"), Echo.class).value())
        .isEqualTo("rahasia");
    LoggedRequest seen = wm.findAll(getRequestedFor(urlEqualTo("/status"))).get(0);
    assertThat(seen.getHeader("X-Cons-Id")).isEqualTo("1234");
    assertThat(seen.getHeader("X-Stamp")).isEqualTo(HttpFixture.T0.toString());
  }

  @Test
  void callForList_whenArray_bindsEveryElement() {
    wm.stubFor(get("/items").willReturn(okJson("[{\"value\":\"a\"},{\"value\":\"b\"}]")));

    assertThat(client().callForList(AgencyRequest.get("/items"), Echo.class))
        .extracting(Echo::value).containsExactly("a", "b");
  }

  @Test
  void callForList_whenAnElementBreaksItsContract_protocolErrorNamingTheIndex() {
    wm.stubFor(get("/items").willReturn(okJson("[{\"value\":\"a\"},{\"value\":\"\"}]")));

    assertThatThrownBy(() -> client().callForList(AgencyRequest.get("/items"), Echo.class))
        .isInstanceOf(AgencyProtocolException.class).hasMessageContaining("[1].value");
  }

  @Test
  void send_whenBodyLargerThanTheCap_protocolError() {
    wm.stubFor(get("/big").willReturn(aResponse().withBody("x".repeat(5000))));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).maxResponseBytes(4096).build());

    assertThatThrownBy(() -> client.send(AgencyRequest.get("/big")))
        .isInstanceOf(AgencyProtocolException.class).hasMessageContaining("larger than 4096");
    assertThat(f.clients.idleConnectionCount()).isLessThanOrEqualTo(1);
  }

  @Test
  void send_whenChunkedBodyLargerThanTheCap_protocolError() {
    wm.stubFor(get("/big").willReturn(aResponse().withBody("y".repeat(9000))
        .withChunkedDribbleDelay(3, 30)));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).maxResponseBytes(4096).build());

    assertThatThrownBy(() -> client.send(AgencyRequest.get("/big")))
        .isInstanceOf(AgencyProtocolException.class).hasMessageContaining("maxResponseBytes");
  }

  @Test
  void rateLimit_whenPermitsUsedUp_quotaExceededWithoutSending() {
    wm.stubFor(get("/status").willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).resilience(ResilienceConfig.custom()
        .rateLimit(2, Duration.ofMinutes(1)).build()).build());
    client.call(AgencyRequest.get("/status"), Echo.class);
    client.call(AgencyRequest.get("/status"), Echo.class);

    assertThatThrownBy(() -> client.call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOfSatisfying(QuotaExceededException.class,
            e -> assertThat(e.quota()).isEqualTo("rate_limit"));
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/status")))).hasSize(2);
    assertThat(f.events.log).contains("rejected RATE_LIMITED");
  }

  @Test
  void bulkhead_whenFull_quotaExceededWithoutSending() throws Exception {
    wm.stubFor(get("/slow").willReturn(okJson("{\"value\":\"ok\"}").withFixedDelay(1500)));
    AgencyHttpClient client = f.client(HttpFixture.config(wm).resilience(ResilienceConfig.custom()
        .bulkhead(1, Duration.ZERO).build()).build());
    CompletableFuture<Echo> first = CompletableFuture.supplyAsync(
        () -> client.call(AgencyRequest.get("/slow"), Echo.class));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (wm.getAllServeEvents().isEmpty() && System.nanoTime() < until) {
      Thread.onSpinWait();
    }

    assertThatThrownBy(() -> client.call(AgencyRequest.get("/slow"), Echo.class))
        .isInstanceOfSatisfying(QuotaExceededException.class,
            e -> assertThat(e.quota()).isEqualTo("bulkhead"));
    assertThat(first.get(5, TimeUnit.SECONDS).value()).isEqualTo("ok");
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/slow")))).hasSize(1);
  }

  @Test
  void listener_whenCallConcernsAnApplication_seesTrackingNumberAndMaskedPath() {
    wm.stubFor(get("/peserta/" + HttpFixture.NIK + "?x=1")
        .willReturn(okJson("{\"value\":\"ok\"}")));

    client().call(AgencyRequest.get("/peserta/" + HttpFixture.NIK + "?x=1")
        .withOptions(CallOptions.defaults().withTrackingNumber("MPP-1")), Echo.class);

    CallInfo info = f.events.started.get(0);
    assertThat(info.path()).isEqualTo("/peserta/3201**********01?…");
    assertThat(info.trackingNumber()).isEqualTo("MPP-1");
    assertThat(info.startedAt()).isEqualTo(HttpFixture.T0);
    assertThat(f.events.log).containsExactly("started GET /peserta/3201**********01?…",
        "finished 200 in 1");
  }

  @Test
  void redirect_whenSameHostAndAllowed_followed() {
    wm.stubFor(get("/old").willReturn(aResponse().withStatus(301)
        .withHeader("Location", "/new")));
    wm.stubFor(get("/new").willReturn(okJson("{\"value\":\"moved\"}")));
    AgencyHttpClient client = f.client(HttpFixture.config(wm)
        .redirects(RedirectPolicy.SAME_HOST).build());

    assertThat(client.call(AgencyRequest.get("/old"), Echo.class).value()).isEqualTo("moved");
  }
}
