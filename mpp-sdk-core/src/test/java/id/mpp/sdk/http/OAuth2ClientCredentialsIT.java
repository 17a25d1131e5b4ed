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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.config.Secret;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OAuth 2.0 client credentials: cached, refreshed before expiry, one refresh at a time. */
class OAuth2ClientCredentialsIT {

  @RegisterExtension
  static WireMockExtension wm = HttpFixture.wireMock();

  record Echo(@NotBlank String value) {
  }

  private static final String SECRET = "client-SECRET-xyz";

  private final HttpFixture f = HttpFixture.withManualTime();

  private AgencyHttpClient client() {
    URI tokenUrl = URI.create("http://127.0.0.1:" + wm.getPort() + "/oauth/token");
    return f.client(HttpFixture.config(wm).auth(AuthScheme.oauth2ClientCredentials(
        OAuth2ClientCredentials.of(tokenUrl, "mpp-hub", Secret.of(SECRET), "layanan.read")))
        .build());
  }

  private static String token(String value, int expiresIn) {
    return "{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":"
        + expiresIn + "}";
  }

  private List<LoggedRequest> tokenRequests() {
    return wm.findAll(postRequestedFor(urlEqualTo("/oauth/token")));
  }

  @Test
  void call_whenTokenValid_fetchedOnceAndReused() {
    wm.stubFor(post("/oauth/token").willReturn(okJson(token("tok-1", 300))));
    wm.stubFor(get("/status").withHeader("Authorization", equalTo("Bearer tok-1"))
        .willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpClient client = client();

    for (int i = 0; i < 3; i++) {
      client.call(AgencyRequest.get("/status"), Echo.class);
    }

    assertThat(tokenRequests()).hasSize(1);
    LoggedRequest tokenRequest = tokenRequests().get(0);
    assertThat(tokenRequest.getBodyAsString())
        .isEqualTo("grant_type=client_credentials&scope=layanan.read");
    assertThat(tokenRequest.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
        .encodeToString(("mpp-hub:" + SECRET).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void call_whenTokenNearsExpiry_refreshedBeforeIt() {
    wm.stubFor(post("/oauth/token").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(token("tok-1", 300))).willSetStateTo("second"));
    wm.stubFor(post("/oauth/token").inScenario("t").whenScenarioStateIs("second")
        .willReturn(okJson(token("tok-2", 300))));
    wm.stubFor(get("/status").willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpClient client = client();

    client.call(AgencyRequest.get("/status"), Echo.class);
    f.clock.advance(Duration.ofSeconds(239));
    client.call(AgencyRequest.get("/status"), Echo.class);
    assertThat(tokenRequests()).as("still 61 s before expiry").hasSize(1);
    f.clock.advance(Duration.ofSeconds(2));
    client.call(AgencyRequest.get("/status"), Echo.class);

    assertThat(tokenRequests()).as("refreshed 59 s before expiry").hasSize(2);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/status"))))
        .extracting(r -> r.getHeader("Authorization"))
        .containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void call_whenManyThreadsNeedATokenAtOnce_onlyOneRefreshRuns() throws Exception {
    wm.stubFor(post("/oauth/token").willReturn(okJson(token("tok-1", 300))
        .withFixedDelay(300)));
    wm.stubFor(get("/status").willReturn(okJson("{\"value\":\"ok\"}")));
    AgencyHttpClient client = client();
    int threads = 8; // below the default bulkhead of 10 calls in flight
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Echo>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return client.call(AgencyRequest.get("/status"), Echo.class);
        }));
      }
      go.countDown();
      for (Future<Echo> r : results) {
        assertThat(r.get(10, TimeUnit.SECONDS).value()).isEqualTo("ok");
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(tokenRequests()).hasSize(1);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/status")))).hasSize(threads)
        .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer tok-1"));
  }

  @Test
  void call_whenAgencyAnswers401_tokenDroppedAndCallRepeatedOnceWithANewOne() {
    wm.stubFor(post("/oauth/token").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(token("tok-1", 300))).willSetStateTo("second"));
    wm.stubFor(post("/oauth/token").inScenario("t").whenScenarioStateIs("second")
        .willReturn(okJson(token("tok-2", 300))));
    wm.stubFor(get("/status").withHeader("Authorization", equalTo("Bearer tok-1"))
        .willReturn(aResponse().withStatus(401)));
    wm.stubFor(get("/status").withHeader("Authorization", equalTo("Bearer tok-2"))
        .willReturn(okJson("{\"value\":\"ok\"}")));

    assertThat(client().call(AgencyRequest.get("/status"), Echo.class).value()).isEqualTo("ok");
    assertThat(tokenRequests()).hasSize(2);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/status")))).hasSize(2);
  }

  @Test
  void call_whenAgencyKeepsAnswering401_authenticationErrorAfterOneRefresh() {
    wm.stubFor(post("/oauth/token").willReturn(okJson(token("tok-1", 300))));
    wm.stubFor(get("/status").willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(() -> client().call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOf(AgencyAuthenticationException.class);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/status")))).hasSize(2);
  }

  @Test
  void call_whenTokenEndpointRefuses_authenticationErrorWithoutTheSecret() {
    wm.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(401)
        .withBody("{\"error\":\"invalid_client\"}")));

    assertThatThrownBy(() -> client().call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOf(AgencyAuthenticationException.class)
        .hasMessageContaining("HTTP 401").hasMessageNotContaining(SECRET);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/status")))).isEmpty();
    assertThat(f.events.log).containsExactly("started GET /status",
        "failed AgencyAuthenticationException in 1");
  }

  @Test
  void call_whenTokenEndpointUnreachable_failsTypedAndTheListenerHearsTheEnd() {
    wm.stubFor(post("/oauth/token").willReturn(aResponse()
        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> client().call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOf(AgencyAuthenticationException.class)
        .hasMessageContaining("could not be reached").hasMessageNotContaining(SECRET);
    assertThat(tokenRequests()).hasSize(1);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/status")))).isEmpty();
    // every started call ends once for the listener (a metrics bridge would leak a gauge)
    assertThat(f.events.log).containsExactly("started GET /status",
        "failed AgencyAuthenticationException in 1");
  }

  @Test
  void call_whenTokenAnswerHasNoAccessToken_authenticationError() {
    wm.stubFor(post("/oauth/token").willReturn(okJson("{\"token_type\":\"Bearer\"}")));

    assertThatThrownBy(() -> client().call(AgencyRequest.get("/status"), Echo.class))
        .isInstanceOf(AgencyAuthenticationException.class)
        .hasMessageContaining("access_token");
  }
}
