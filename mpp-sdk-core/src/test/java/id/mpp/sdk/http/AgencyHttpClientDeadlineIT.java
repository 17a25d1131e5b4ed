package id.mpp.sdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import id.mpp.sdk.AgencyTimeoutException;
import id.mpp.sdk.OutcomeUnknownException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * F5 and F7 of reliability.md §9.1: a slow agency ends at the deadline, which is OkHttp's call
 * timeout (it cancels the socket), not at the read timeout. These run on the system clock: the
 * deadline is the point. Margins are generous for a loaded CI machine.
 */
@Tag("reliability")
class AgencyHttpClientDeadlineIT {

  @RegisterExtension
  static WireMockExtension wm = HttpFixture.wireMock();

  private final HttpFixture f = HttpFixture.withRealTime();

  private AgencyHttpConfig.Builder slowAgency(Duration deadline, int attempts) {
    return HttpFixture.config(wm)
        .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(2))
        .attemptTimeout(deadline)
        .deadline(deadline)
        .resilience(ResilienceConfig.custom().maxAttempts(attempts).jitter(0.0)
            .backoff(Duration.ofMillis(50), 1.0, Duration.ofMillis(50)).build());
  }

  @Test
  void get_whenDelayBeyondTheDeadline_endsAtTheDeadline() {
    wm.stubFor(get("/slow").willReturn(aResponse().withFixedDelay(5000).withBody("{}")));
    AgencyHttpClient client = f.client(slowAgency(Duration.ofMillis(600), 1).build());

    long t0 = System.nanoTime();
    assertThatThrownBy(() -> client.send(AgencyRequest.get("/slow")))
        .isInstanceOfSatisfying(AgencyTimeoutException.class,
            e -> assertThat(e.deadline()).isEqualTo(Duration.ofMillis(600)));
    long tookMs = (System.nanoTime() - t0) / 1_000_000;

    assertThat(tookMs).isBetween(550L, 2500L);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/slow")))).hasSize(1);
  }

  @Test
  void get_whenEveryAttemptSlow_retriesStopAtTheWholeCallDeadline() {
    wm.stubFor(get("/slow").willReturn(aResponse().withFixedDelay(5000).withBody("{}")));
    AgencyHttpClient client = f.client(slowAgency(Duration.ofMillis(1000), 5)
        .attemptTimeout(Duration.ofMillis(400)).build());

    long t0 = System.nanoTime();
    assertThatThrownBy(() -> client.send(AgencyRequest.get("/slow")))
        .isInstanceOf(AgencyTimeoutException.class);
    long tookMs = (System.nanoTime() - t0) / 1_000_000;

    assertThat(tookMs).isBetween(900L, 3000L);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/slow")))).hasSizeBetween(2, 3);
  }

  @Test
  void get_whenBodyDribblesPastTheDeadline_callTimeoutEndsItThoughReadsKeepComing() {
    wm.stubFor(get("/dribble").willReturn(aResponse().withBody("{\"value\":\"" + "x".repeat(290)
        + "\"}").withChunkedDribbleDelay(10, 6000)));
    AgencyHttpClient client = f.client(slowAgency(Duration.ofMillis(1000), 1)
        .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(2)).build());

    long t0 = System.nanoTime();
    assertThatThrownBy(() -> client.send(AgencyRequest.get("/dribble")))
        .isInstanceOf(AgencyTimeoutException.class);
    long tookMs = (System.nanoTime() - t0) / 1_000_000;

    assertThat(tookMs).as("ends at the 1 s deadline, not the 3 s read timeout")
        .isBetween(900L, 2900L);
  }

  @Test
  void post_whenDelayBeyondTheDeadline_outcomeUnknownAndSentOnce() {
    wm.stubFor(post("/permohonan").willReturn(aResponse().withFixedDelay(5000).withBody("{}")));
    AgencyHttpClient client = f.client(slowAgency(Duration.ofMillis(600), 3)
        .idempotency("Idempotency-Key", false).build());

    assertThatThrownBy(() -> client.send(AgencyRequest.post("/permohonan", Map.of("a", "b"))))
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(wm.findAll(postRequestedFor(urlEqualTo("/permohonan")))).hasSize(1);
  }
}
