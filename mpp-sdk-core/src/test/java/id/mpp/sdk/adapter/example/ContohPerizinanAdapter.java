package id.mpp.sdk.adapter.example;

import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.StatusMapping;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyHttpConfig;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.CallOptions;
import id.mpp.sdk.tracking.ApplicationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The example adapter of docs/en/first-adapter.md: a fictitious licensing office (Dinas
 * Perizinan Kota Contoh) that takes applications and reports their status. Everything it needs —
 * auth, JSON, deadlines, retries with the submission's idempotency key, circuit breaker,
 * validation, redaction — comes from the SDK's {@link AgencyHttpClient}.
 */
final class ContohPerizinanAdapter implements AgencyAdapter, ApplicationsCapability {

  /** The agency's statuses, declared as data. */
  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "DITERIMA")
      .map(ApplicationStatus.IN_PROCESS, "VERIFIKASI", "PROSES")
      .map(ApplicationStatus.NEEDS_REVISION, "PERBAIKAN")
      .map(ApplicationStatus.READY_FOR_PICKUP, "SIAP_DIAMBIL")
      .map(ApplicationStatus.COMPLETED, "SELESAI")
      .map(ApplicationStatus.REJECTED, "DITOLAK")
      .map(ApplicationStatus.CANCELLED, "DIBATALKAN")
      .build();

  // The agency's wire format: records, validated by the client in both directions.
  record DokumenRequest(String kode, String sha256) {
  }

  record PermohonanRequest(@NotBlank String nomorPelacakan, @NotBlank String kodeLayanan,
      @NotBlank String nik, @NotBlank String nama, List<DokumenRequest> dokumen) {
  }

  record BatalRequest(@NotBlank String alasan) {
  }

  record StatusResponse(@NotBlank String nomorRegistrasi, @NotBlank String status,
      @NotNull Instant diperbaruiPada, String catatan) {
  }

  private final AdapterDescriptor descriptor;
  private final AgencyHttpClient http;
  private final Clock clock;

  ContohPerizinanAdapter(AdapterContext<ContohPerizinanConfig> context) {
    this.descriptor = context.descriptor();
    this.clock = context.clock();
    ContohPerizinanConfig config = context.config();
    this.http = context.httpClient(AgencyHttpConfig.builder(config.baseUrl())
        .auth(AuthScheme.apiKey("X-Api-Key", config.apiKey()))
        .deadline(config.deadline())
        .attemptTimeout(config.deadline().dividedBy(2))
        .build());
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public SubmissionReceipt submit(ApplicationSubmission s) {
    PermohonanRequest body = new PermohonanRequest(s.trackingNumber(), s.serviceCode().value(),
        s.applicant().nik().value(), s.applicant().fullName(),
        s.documents().stream().map(d -> new DokumenRequest(d.requirementCode(), d.sha256()))
            .toList());
    StatusResponse answer = http.call(AgencyRequest.post("/v1/permohonan", body)
        .withOptions(CallOptions.defaults()
            .withIdempotencyKey(s.idempotencyKey())
            .withTrackingNumber(s.trackingNumber())), StatusResponse.class);
    return STATUSES.receipt(answer.nomorRegistrasi(), answer.status(), answer.diperbaruiPada(),
        answer.catatan());
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    try {
      StatusResponse answer = http.call(AgencyRequest.get("/v1/permohonan/" + agencyReference),
          StatusResponse.class);
      return STATUSES.report(answer.nomorRegistrasi(), answer.status(), answer.diperbaruiPada(),
          answer.catatan());
    } catch (AgencyRejectedException e) {
      if (e.httpStatus() == 404) {
        throw new NotFoundException("application", agencyReference);
      }
      throw e;
    }
  }

  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey) {
    StatusResponse answer = http.call(AgencyRequest.post("/v1/permohonan/" + agencyReference
        + "/batal", new BatalRequest(reason))
        .withOptions(CallOptions.defaults().withIdempotencyKey(idempotencyKey)),
        StatusResponse.class);
    return STATUSES.report(answer.nomorRegistrasi(), answer.status(), answer.diperbaruiPada(),
        answer.catatan());
  }

  @Override
  public AdapterHealth health() {
    return AdapterHealth.from(http.circuitState(), Optional.empty(), clock.instant());
  }
}
