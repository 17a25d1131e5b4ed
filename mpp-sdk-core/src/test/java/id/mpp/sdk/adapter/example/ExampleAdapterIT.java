package id.mpp.sdk.adapter.example;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import id.mpp.sdk.AgencyUnavailableException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.DocumentRef;
import id.mpp.sdk.adapter.HealthStatus;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.http.AgencyHttpClients;
import id.mpp.sdk.http.HttpFixture;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.MppValidator;
import id.mpp.sdk.validation.Nik;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example adapter of docs/en/first-adapter.md, loaded through the registry as a hub would,
 * against a WireMock simulation of its agency.
 */
class ExampleAdapterIT {

  @RegisterExtension
  static WireMockExtension agency = HttpFixture.wireMock();

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final ManualClock clock = ManualClock.at(Instant.parse("2026-11-23T01:00:00Z"), WIB);
  private AgencyHttpClients http;
  private AdapterRegistry registry;
  private ApplicationsCapability applications;

  @BeforeEach
  void loadAdapter() {
    http = AgencyHttpClients.builder().clock(clock).sleeper(clock::advance).build();
    registry = AdapterRegistry.builder()
        .provider(new ContohPerizinanAdapterProvider())
        .properties(Map.of(
            "mpp.adapter.contoh-perizinan.baseUrl", "http://127.0.0.1:" + agency.getPort(),
            "mpp.adapter.contoh-perizinan.apiKey", "kunci-rahasia-123"))
        .httpClients(http).clock(clock).zone(WIB)
        .build();
    applications = registry.findCapability(ContohPerizinanAdapterProvider.AGENCY,
        ApplicationsCapability.class).orElseThrow();
  }

  @AfterEach
  void close() {
    registry.close();
    http.close();
  }

  private static ApplicationSubmission submission() {
    return new ApplicationSubmission("MPP-3273-261123-00042", ServiceCode.of("IZIN-REKLAME"),
        new Applicant(Nik.parse(HttpFixture.NIK), "Siti Aminah", "081234567890", null),
        List.of(new DocumentRef("KTP", "ktp.pdf", "application/pdf", 52_000, "a".repeat(64),
            null)),
        Map.of(), "sub-MPP-3273-261123-00042", Instant.parse("2026-11-23T01:00:00Z"));
  }

  @Test
  void submit_whenAgencyAccepts_receiptWithCanonicalStatus() {
    agency.stubFor(post("/v1/permohonan")
        .withHeader("X-Api-Key", equalTo("kunci-rahasia-123"))
        .withHeader("Idempotency-Key", equalTo("sub-MPP-3273-261123-00042"))
        .withHeader("X-Tracking-Number", equalTo("MPP-3273-261123-00042"))
        .withRequestBody(equalToJson("{\"nomorPelacakan\":\"MPP-3273-261123-00042\","
            + "\"kodeLayanan\":\"IZIN-REKLAME\",\"nik\":\"" + HttpFixture.NIK + "\","
            + "\"nama\":\"Siti Aminah\",\"dokumen\":[{\"kode\":\"KTP\",\"sha256\":\""
            + "a".repeat(64) + "\"}]}"))
        .willReturn(okJson("{\"nomorRegistrasi\":\"REG-0042\",\"status\":\"DITERIMA\","
            + "\"diperbaruiPada\":\"2026-11-23T01:00:05Z\"}").withStatus(201)));

    SubmissionReceipt receipt = applications.submit(submission());

    assertThat(receipt.agencyReference()).isEqualTo("REG-0042");
    assertThat(receipt.status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(receipt.nativeStatus()).isEqualTo("DITERIMA");
  }

  @Test
  void submit_whenConnectionResetOnce_resubmittedWithTheSameKeyOnce() {
    agency.stubFor(post("/v1/permohonan").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
    agency.stubFor(post("/v1/permohonan").inScenario("s").whenScenarioStateIs("up")
        .willReturn(okJson("{\"nomorRegistrasi\":\"REG-0042\",\"status\":\"DITERIMA\","
            + "\"diperbaruiPada\":\"2026-11-23T01:00:05Z\"}")));

    applications.submit(submission());

    List<LoggedRequest> seen = agency.findAll(postRequestedFor(urlEqualTo("/v1/permohonan")));
    assertThat(seen).hasSize(2).extracting(r -> r.getHeader("Idempotency-Key"))
        .containsOnly("sub-MPP-3273-261123-00042");
  }

  @Test
  void getStatus_whenAgencyProcesses_mapsItsStatusWithNote() {
    agency.stubFor(get("/v1/permohonan/REG-0042").willReturn(okJson(
        "{\"nomorRegistrasi\":\"REG-0042\",\"status\":\"verifikasi\","
            + "\"diperbaruiPada\":\"2026-11-24T02:00:00Z\",\"catatan\":\"Cek lapangan\"}")));

    AgencyStatusReport report = applications.getStatus("REG-0042");

    assertThat(report.status()).isEqualTo(ApplicationStatus.IN_PROCESS);
    assertThat(report.at()).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
    assertThat(report.findNote()).contains("Cek lapangan");
  }

  @Test
  void getStatus_whenAgencyDoesNotKnowTheReference_notFound() {
    agency.stubFor(get("/v1/permohonan/REG-9999").willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> applications.getStatus("REG-9999"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("REG-9999");
  }

  @Test
  void cancel_whenAgencyCancels_cancelledWithTheKey() {
    agency.stubFor(post("/v1/permohonan/REG-0042/batal")
        .withHeader("Idempotency-Key", equalTo("cancel-42"))
        .withRequestBody(equalToJson("{\"alasan\":\"Permintaan pemohon\"}"))
        .willReturn(okJson("{\"nomorRegistrasi\":\"REG-0042\",\"status\":\"DIBATALKAN\","
            + "\"diperbaruiPada\":\"2026-11-23T03:00:00Z\"}")));

    assertThat(applications.cancel("REG-0042", "Permintaan pemohon", "cancel-42").status())
        .isEqualTo(ApplicationStatus.CANCELLED);
  }

  @Test
  void health_whenAgencyKeepsFailing_downWithAReasonForCitizens() {
    agency.stubFor(get("/v1/permohonan/REG-0042").willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> applications.getStatus("REG-0042"))
          .isInstanceOf(AgencyUnavailableException.class);
    }

    AdapterHealth health = registry.health().get(ContohPerizinanAdapterProvider.AGENCY);

    assertThat(health.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(health.acceptsWork()).isFalse();
    assertThat(health.reason(MppValidator.INDONESIAN)).contains("tidak dapat dihubungi");
    clock.advance(Duration.ofSeconds(31));
    assertThat(registry.health().get(ContohPerizinanAdapterProvider.AGENCY).status())
        .as("still DOWN until a probe succeeds").isEqualTo(HealthStatus.DOWN);
  }
}
