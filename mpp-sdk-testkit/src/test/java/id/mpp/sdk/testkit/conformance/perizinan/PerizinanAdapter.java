package id.mpp.sdk.testkit.conformance.perizinan;

import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.CatalogueCapability;
import id.mpp.sdk.adapter.StatusMapping;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.Catalogue;
import id.mpp.sdk.catalogue.ServiceDefinition;
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
import java.util.UUID;

/**
 * A small but complete adapter for the kit's own tests: the MPP's licensing office (DPMPTSP)
 * takes applications and publishes its services (those of the SDK's sample catalogue). With a
 * {@link Flaw} it carries one deliberate bug, so a test can prove the contract that must catch it.
 */
final class PerizinanAdapter implements AgencyAdapter, ApplicationsCapability, CatalogueCapability {

  /** One deliberate bug, or none. */
  enum Flaw {
    /** A correct adapter. */
    NONE,
    /** Sends a fresh idempotency key on every call instead of the submission's own. */
    FRESH_KEY_PER_CALL,
    /** Passes the agency's 404 on as a rejection instead of NotFoundException. */
    NOT_FOUND_AS_REJECTION,
    /** Publishes services of another agency. */
    FOREIGN_SERVICES
  }

  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "DITERIMA")
      .map(ApplicationStatus.IN_PROCESS, "PROSES")
      .map(ApplicationStatus.READY_FOR_PICKUP, "SIAP_DIAMBIL")
      .map(ApplicationStatus.CANCELLED, "DIBATALKAN")
      .build();

  record PermohonanRequest(@NotBlank String nomorPelacakan, @NotBlank String kodeLayanan,
      @NotBlank String nik, @NotBlank String nama) {
  }

  record BatalRequest(@NotBlank String alasan) {
  }

  record StatusResponse(@NotBlank String nomorRegistrasi, @NotBlank String status,
      @NotNull Instant diperbaruiPada, String catatan) {
  }

  private final AdapterDescriptor descriptor;
  private final AgencyHttpClient http;
  private final Clock clock;
  private final Flaw flaw;

  PerizinanAdapter(AdapterContext<PerizinanConfig> context, Flaw flaw) {
    this.descriptor = context.descriptor();
    this.clock = context.clock();
    this.flaw = flaw;
    PerizinanConfig config = context.config();
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
  public List<ServiceDefinition> listServices() {
    AgencyId publisher = flaw == Flaw.FOREIGN_SERVICES ? AgencyId.of("dukcapil")
        : descriptor.agencyId();
    return Catalogue.sample().listServices(publisher);
  }

  @Override
  public SubmissionReceipt submit(ApplicationSubmission s) {
    PermohonanRequest body = new PermohonanRequest(s.trackingNumber(), s.serviceCode().value(),
        s.applicant().nik().value(), s.applicant().fullName());
    String key = flaw == Flaw.FRESH_KEY_PER_CALL ? UUID.randomUUID().toString()
        : s.idempotencyKey();
    StatusResponse answer = http.call(AgencyRequest.post("/v1/permohonan", body)
        .withOptions(CallOptions.defaults().withIdempotencyKey(key)
            .withTrackingNumber(s.trackingNumber())), StatusResponse.class);
    return STATUSES.receipt(answer.nomorRegistrasi(), answer.status(), answer.diperbaruiPada(),
        answer.catatan());
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    try {
      return report(http.call(AgencyRequest.get("/v1/permohonan/" + agencyReference),
          StatusResponse.class));
    } catch (AgencyRejectedException e) {
      if (e.httpStatus() == 404 && flaw != Flaw.NOT_FOUND_AS_REJECTION) {
        throw new NotFoundException("application", agencyReference);
      }
      throw e;
    }
  }

  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey) {
    return report(http.call(AgencyRequest.post("/v1/permohonan/" + agencyReference + "/batal",
        new BatalRequest(reason))
        .withOptions(CallOptions.defaults().withIdempotencyKey(idempotencyKey)),
        StatusResponse.class));
  }

  private static AgencyStatusReport report(StatusResponse answer) {
    return STATUSES.report(answer.nomorRegistrasi(), answer.status(), answer.diperbaruiPada(),
        answer.catatan());
  }

  @Override
  public AdapterHealth health() {
    return AdapterHealth.from(http.circuitState(), Optional.empty(), clock.instant());
  }
}
