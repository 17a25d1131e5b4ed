package id.mpp.sdk.tracking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.CallOptions;
import id.mpp.sdk.http.HttpFixture;
import id.mpp.sdk.http.ResilienceConfig;
import id.mpp.sdk.time.SiteZone;
import id.mpp.sdk.time.WorkingCalendar;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The submission outbox against an agency over real HTTP: WireMock on loopback (unmatched
 * requests fail the test), the SDK's {@link AgencyHttpClient}, and a small adapter written the way
 * an agency developer writes one. Each test asserts the requests the agency saw and the
 * idempotency key on each.
 */
class TrackerAgencyHttpIT {

  @RegisterExtension
  static WireMockExtension wm = HttpFixture.wireMock();

  private static final AgencyId AGENCY = HttpFixture.AGENCY;

  private final HttpFixture f = HttpFixture.withManualTime();
  private final RecordingSender sender = new RecordingSender();

  /** What the agency's API answers. */
  record Permohonan(@NotBlank String nomorRegistrasi, @NotBlank String status) {
  }

  /** A minimal HTTP adapter for the simulated agency's applications API. */
  static final class HttpApplications implements ApplicationsCapability {
    private final AgencyHttpClient http;
    private final java.time.Clock clock;

    HttpApplications(AgencyHttpClient http, java.time.Clock clock) {
      this.http = http;
      this.clock = clock;
    }

    @Override
    public SubmissionReceipt submit(ApplicationSubmission s) {
      Permohonan p = http.call(AgencyRequest.post("/permohonan", Map.of(
              "nomorLacak", s.trackingNumber(),
              "layanan", s.serviceCode().value(),
              "nik", s.applicant().nik().value(),
              "nama", s.applicant().fullName()))
          .withOptions(CallOptions.defaults().withIdempotencyKey(s.idempotencyKey())
              .withTrackingNumber(s.trackingNumber())), Permohonan.class);
      return SimulatedAgency.STATUSES.receipt(p.nomorRegistrasi(), p.status(),
          s.submittedAt(), null);
    }

    @Override
    public AgencyStatusReport getStatus(String reference) {
      Permohonan p = http.call(AgencyRequest.get("/permohonan/" + reference), Permohonan.class);
      return SimulatedAgency.STATUSES.report(reference, p.status(), clock.instant(), null);
    }

    @Override
    public AgencyStatusReport cancel(String reference, String reason, String key) {
      Permohonan p = http.call(AgencyRequest.post("/permohonan/" + reference + "/batal",
              Map.of("alasan", reason))
          .withOptions(CallOptions.defaults().withIdempotencyKey(key)), Permohonan.class);
      return SimulatedAgency.STATUSES.report(reference, p.status(), clock.instant(), null);
    }
  }

  private Tracker tracker(int httpAttempts) {
    AgencyHttpClient http = f.client(HttpFixture.config(wm)
        .resilience(ResilienceConfig.custom().jitter(0.0).maxAttempts(httpAttempts)
            .backoff(Duration.ofMillis(100), 2.0, Duration.ofSeconds(2)).build())
        .build());
    return Tracker.builder().clock(f.clock).zone(SiteZone.WIB.zoneId()).siteCode("3273")
        .calendar(WorkingCalendar.of(SiteZone.WIB))
        .applications(AGENCY, new HttpApplications(http, f.clock))
        .notificationSender(sender)
        .revisionCodes(AGENCY, Set.of("BERKAS-KURANG"))
        .outboxPolicy(OutboxPolicy.defaults().withJitter(0)
            .withBackoff(Duration.ofSeconds(30), Duration.ofMinutes(5)).withMaxAttempts(6))
        .build();
  }

  private Application open(Tracker tracker) {
    ApplicationForm form = ApplicationForm.of(TrackingFixtures.SKCK, "Penerbitan SKCK Baru",
        AGENCY, TrackingFixtures.APPLICANT).withNotifications(NotificationChannel.NONE, "id");
    return tracker.create(form, Actor.counterOfficer("loket-5"));
  }

  private static List<LoggedRequest> submissions() {
    return wm.findAll(postRequestedFor(urlEqualTo("/permohonan")));
  }

  private static String keyOf(Tracker tracker, Application a) {
    return tracker.listOutbox(a.trackingNumber()).stream()
        .filter(m -> m.type() == OutboxMessage.Type.SUBMIT).findFirst().orElseThrow()
        .idempotencyKey();
  }

  @Test
  void runOutboxOnce_whenAgencyAnswers201_oneRequestWithTheKeyAndTrackingNumber() {
    wm.stubFor(post("/permohonan").willReturn(okJson(
        "{\"nomorRegistrasi\":\"SKCK-77\",\"status\":\"DITERIMA\"}").withStatus(201)));
    Tracker tracker = tracker(3);
    Application a = open(tracker);

    tracker.runOutboxOnce();

    assertThat(submissions()).singleElement().satisfies(r -> {
      assertThat(r.getHeader("Idempotency-Key")).isEqualTo(keyOf(tracker, a));
      assertThat(r.getHeader("X-Tracking-Number")).isEqualTo(a.trackingNumber().toString());
      assertThat(r.getBodyAsString()).contains("\"nik\":\"" + TrackingFixtures.NIK.value());
    });
    Application after = tracker.get(a.trackingNumber());
    assertThat(after.status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(after.findAgencyReference()).contains("SKCK-77");
  }

  @Test
  void runOutboxOnce_whenAgencyDownForThreeRuns_everyRequestCarriesTheSameKey() {
    wm.stubFor(post("/permohonan").inScenario("down").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)));
    Tracker tracker = tracker(1);
    Application a = open(tracker);

    for (int run = 0; run < 3; run++) {
      assertThat(tracker.runOutboxOnce().retried()).isEqualTo(1);
      f.clock.advance(Duration.ofMinutes(5));
    }
    wm.stubFor(post("/permohonan").inScenario("down").whenScenarioStateIs("up")
        .willReturn(okJson("{\"nomorRegistrasi\":\"SKCK-78\",\"status\":\"PROSES\"}")));
    wm.setScenarioState("down", "up");
    assertThat(tracker.runOutboxOnce().sent()).isEqualTo(1);

    assertThat(submissions()).hasSize(4).allSatisfy(r ->
        assertThat(r.getHeader("Idempotency-Key")).isEqualTo(keyOf(tracker, a)));
    assertThat(tracker.get(a.trackingNumber()).status()).isEqualTo(ApplicationStatus.IN_PROCESS);
    assertThat(tracker.runOutboxOnce().claimed()).isZero();
    assertThat(submissions()).hasSize(4);
  }

  @Test
  void runOutboxOnce_whenConnectionResetAfterSending_outcomeUnknownThenResentUnderTheSameKey() {
    wm.stubFor(post("/permohonan").inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    Tracker tracker = tracker(2);
    Application a = open(tracker);

    tracker.runOutboxOnce();
    OutboxMessage unknown = tracker.listOutbox(a.trackingNumber()).get(0);
    assertThat(unknown.outcomeUnknown()).isTrue();
    assertThat(unknown.state()).isEqualTo(OutboxMessage.State.PENDING);
    assertThat(unknown.lastError()).contains("OutcomeUnknownException");
    assertThat(submissions()).hasSize(2);

    wm.stubFor(post("/permohonan").inScenario("reset").whenScenarioStateIs("up")
        .willReturn(okJson("{\"nomorRegistrasi\":\"SKCK-79\",\"status\":\"DITERIMA\"}")));
    wm.setScenarioState("reset", "up");
    f.clock.advance(Duration.ofSeconds(30));
    tracker.runOutboxOnce();

    assertThat(submissions()).hasSize(3).allSatisfy(r ->
        assertThat(r.getHeader("Idempotency-Key")).isEqualTo(unknown.idempotencyKey()));
    assertThat(tracker.get(a.trackingNumber()).findAgencyReference()).contains("SKCK-79");
  }

  @Test
  void runOutboxOnce_whenAgencyRefuses422_rejectsWithoutResending() {
    wm.stubFor(post("/permohonan").willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\":\"SUDAH-ADA\",\"message\":\"permohonan serupa masih diproses\"}")));
    Tracker tracker = tracker(3);
    Application a = open(tracker);

    tracker.runOutboxOnce();
    f.clock.advance(Duration.ofHours(1));
    tracker.runOutboxOnce();

    assertThat(submissions()).hasSize(1);
    Application after = tracker.get(a.trackingNumber());
    assertThat(after.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(after.findStatusReason()).contains("permohonan serupa masih diproses");
  }

  @Test
  void runOutboxOnce_whenAgencyAsksForDocuments_needsRevision() {
    wm.stubFor(post("/permohonan").willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\":\"BERKAS-KURANG\",\"message\":\"sidik jari belum diambil\"}")));
    Tracker tracker = tracker(3);
    Application a = open(tracker);

    tracker.runOutboxOnce();

    assertThat(tracker.get(a.trackingNumber()).status())
        .isEqualTo(ApplicationStatus.NEEDS_REVISION);
    assertThat(submissions()).hasSize(1);
  }

  @Test
  void pollOnceAndCancel_whenAcknowledged_readTheStatusAndCancelUnderTheirOwnKey() {
    wm.stubFor(post("/permohonan").willReturn(okJson(
        "{\"nomorRegistrasi\":\"SKCK-80\",\"status\":\"DITERIMA\"}")));
    wm.stubFor(get("/permohonan/SKCK-80").willReturn(okJson(
        "{\"nomorRegistrasi\":\"SKCK-80\",\"status\":\"PROSES\"}")));
    wm.stubFor(post("/permohonan/SKCK-80/batal")
        .withRequestBody(matchingJsonPath("$.alasan", equalTo("pemohon pindah domisili")))
        .willReturn(okJson("{\"nomorRegistrasi\":\"SKCK-80\",\"status\":\"BATAL\"}")));
    Tracker tracker = tracker(3);
    Application a = open(tracker);
    tracker.runOutboxOnce();

    assertThat(tracker.pollOnce()).isEqualTo(new PollReport(1, 1, 0));
    assertThat(tracker.get(a.trackingNumber()).status()).isEqualTo(ApplicationStatus.IN_PROCESS);

    tracker.perform(a.trackingNumber(), "CANCEL", Actor.applicant(),
        ActionOptions.defaults().withReason("pemohon pindah domisili"));
    tracker.runOutboxOnce();

    List<LoggedRequest> cancels = wm.findAll(postRequestedFor(
        urlEqualTo("/permohonan/SKCK-80/batal")));
    String cancelKey = tracker.listOutbox(a.trackingNumber()).stream()
        .filter(m -> m.type() == OutboxMessage.Type.CANCEL).findFirst().orElseThrow()
        .idempotencyKey();
    assertThat(cancels).singleElement().satisfies(r ->
        assertThat(r.getHeader("Idempotency-Key")).isEqualTo(cancelKey));
    assertThat(cancelKey).isNotEqualTo(keyOf(tracker, a));
  }
}
