package id.mpp.sdk.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.mpp.sdk.config.Secret;
import id.mpp.sdk.testing.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Privacy of the agency client (reliability.md §10.2 rules 1-2, S9 at this boundary): with every
 * logger at ALL and body logging on, no secret header value and no NIK appears in any log line,
 * listener event or exception (message and causes).
 */
@Tag("reliability")
class AgencyHttpClientLoggingIT {

  @RegisterExtension
  static WireMockExtension wm = HttpFixture.wireMock();

  private static final String BEARER = "tok-SECRET-1a2b3c";
  private static final String PARTNER = "partner-SECRET-4d5e6f";
  private static final String COOKIE = "sid=COOKIE-SECRET-7a8b9c";
  private static final String HMAC_SECRET = "hmac-SECRET-0123456789";

  private final HttpFixture f = HttpFixture.withManualTime();

  @Test
  void everyLogLineAndError_whenSecretsAndNikTravel_containNeitherSecretNorNik() {
    String nikPath = "/peserta/nik/" + HttpFixture.NIK;
    wm.stubFor(get(nikPath + "?tgl=2026-11-23").inScenario("s").whenScenarioStateIs(
        Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(get(nikPath + "?tgl=2026-11-23").inScenario("s").whenScenarioStateIs("up")
        .willReturn(okJson("{\"nik\":\"" + HttpFixture.NIK + "\",\"nama\":\"SITI\"}")));
    wm.stubFor(post("/permohonan").willReturn(aResponse().withStatus(422).withBody(
        "{\"code\":\"NIK_INVALID\",\"message\":\"NIK " + HttpFixture.NIK + " tidak cocok\"}")));
    List<Throwable> errors = new ArrayList<>();

    String logged;
    try (LogCapture log = LogCapture.start()) {
      AgencyHttpClient bearerClient = f.client(HttpFixture.config(wm)
          .auth(AuthScheme.bearer(Secret.of(BEARER)))
          .secretHeaders(Set.of("X-Partner"))
          .defaultHeader("X-Partner", PARTNER)
          .logBodies(true)
          .build());
      bearerClient.send(AgencyRequest.get(nikPath + "?tgl=2026-11-23")
          .withHeader("Cookie", COOKIE));
      errors.add(catchThrowable(() -> bearerClient.send(AgencyRequest.post("/permohonan",
          Map.of("nik", HttpFixture.NIK, "nama", "SITI")))));
      AgencyHttpClient hmacClient = f.client(HttpFixture.config(wm)
          .auth(AuthScheme.hmac(HmacSigning.sha256("kota", Secret.of(HMAC_SECRET))))
          .logBodies(true).build());
      errors.add(catchThrowable(() -> hmacClient.send(AgencyRequest.post("/permohonan",
          Map.of("nik", HttpFixture.NIK)))));
      logged = log.text();
    }

    StringBuilder everything = new StringBuilder(logged);
    for (Throwable e : errors) {
      assertThat(e).isNotNull();
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      everything.append(trace);
    }
    f.events.log.forEach(everything::append);
    f.events.started.forEach(everything::append);
    String text = everything.toString();

    assertThat(logged).as("the calls were logged, masked")
        .contains("3201**********01").contains(Redaction.REDACTED_FOR_TEST);
    assertThat(text).doesNotContain(HttpFixture.NIK, BEARER, PARTNER, COOKIE, "COOKIE-SECRET",
        HMAC_SECRET);
    assertThat(wm.getAllServeEvents().get(0).getRequest().getHeader("X-Signature"))
        .satisfies(signature -> assertThat(text).doesNotContain(signature));
  }

  /** The redaction marker, spelled here so the test reads on its own. */
  private static final class Redaction {
    static final String REDACTED_FOR_TEST = "██";
  }
}
