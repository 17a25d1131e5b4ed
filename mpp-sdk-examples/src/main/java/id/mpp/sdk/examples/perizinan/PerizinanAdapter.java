package id.mpp.sdk.examples.perizinan;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The licensing office's adapter: hands applications (permohonan izin) in, reads their stage and
 * cancels them, over the office's JSON API with a bearer token. The SDK's HTTP client does the
 * rest: retries under the submission's idempotency key, deadline, circuit breaker, validation of
 * both directions, redaction in logs.
 */
final class PerizinanAdapter implements AgencyAdapter, ApplicationsCapability {

  /** The office's stages (tahap), declared as data; an unknown stage becomes UNKNOWN. */
  static final StatusMapping STAGES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "BARU")
      .map(ApplicationStatus.IN_PROCESS, "DIPROSES")
      .map(ApplicationStatus.NEEDS_REVISION, "PERLU_PERBAIKAN")
      .map(ApplicationStatus.READY_FOR_PICKUP, "TERBIT")
      .map(ApplicationStatus.REJECTED, "DITOLAK")
      .map(ApplicationStatus.CANCELLED, "BATAL")
      .build();

  /** The office's wire format. */
  record Pemohon(@NotBlank String nik, @NotBlank String nama) {
  }

  record PermohonanIzin(@NotBlank String referensiMpp, @NotBlank String layanan,
      @NotNull @Valid Pemohon pemohon) {
  }

  record Pembatalan(@NotBlank String alasan) {
  }

  record Tahap(@NotBlank String id, @NotBlank String tahap, @NotNull Instant waktu,
      String keterangan) {

    AgencyStatusReport report() {
      return STAGES.report(id, tahap, waktu, keterangan);
    }
  }

  private final AdapterDescriptor descriptor;
  private final Clock clock;
  private final AgencyHttpClient http;

  PerizinanAdapter(AdapterContext<PerizinanConfig> context) {
    this.descriptor = context.descriptor();
    this.clock = context.clock();
    PerizinanConfig config = context.config();
    this.http = context.httpClient(AgencyHttpConfig.builder(config.baseUrl())
        .auth(AuthScheme.bearer(config.token()))
        .deadline(config.deadline())
        .attemptTimeout(config.deadline().dividedBy(2))
        .build());
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public SubmissionReceipt submit(ApplicationSubmission submission) {
    PermohonanIzin body = new PermohonanIzin(submission.trackingNumber(),
        submission.serviceCode().value(), new Pemohon(submission.applicant().nik().value(),
            submission.applicant().fullName()));
    Tahap answer = http.call(AgencyRequest.post("/api/v1/permohonan", body)
        .withOptions(CallOptions.defaults().withIdempotencyKey(submission.idempotencyKey())
            .withTrackingNumber(submission.trackingNumber())), Tahap.class);
    return STAGES.receipt(answer.id(), answer.tahap(), answer.waktu(), answer.keterangan());
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    try {
      return http.call(AgencyRequest.get("/api/v1/permohonan/" + agencyReference), Tahap.class)
          .report();
    } catch (AgencyRejectedException e) {
      throw e.httpStatus() == 404 ? new NotFoundException("application", agencyReference) : e;
    }
  }

  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason,
      String idempotencyKey) {
    return http.call(AgencyRequest.post("/api/v1/permohonan/" + agencyReference + "/batal",
        new Pembatalan(reason)).withOptions(CallOptions.defaults()
            .withIdempotencyKey(idempotencyKey)), Tahap.class).report();
  }

  @Override
  public AdapterHealth health() {
    return AdapterHealth.from(http.circuitState(), Optional.empty(), clock.instant());
  }
}
