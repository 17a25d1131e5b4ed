package id.mpp.sdk.adapters.bpjsketenagakerjaan;

import static id.mpp.sdk.adapters.internal.json.AgencyCalls.httpConfig;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.notFoundAs;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.post;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.reference;

import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.CatalogueCapability;
import id.mpp.sdk.adapter.MembershipCapability;
import id.mpp.sdk.adapter.MembershipQuery;
import id.mpp.sdk.adapter.MembershipStatus;
import id.mpp.sdk.adapter.StatusMapping;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.adapters.internal.catalogue.CatalogueResource;
import id.mpp.sdk.adapters.internal.json.JsonAnswer;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.CallOptions;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Kpj;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The BPJS Ketenagakerjaan adapter: the customer-service counter of BPJS Ketenagakerjaan at an
 * MPP. The API is not public; this is a plausible design authenticated with an API key
 * ({@code X-Api-Key}).
 *
 * <ul>
 *   <li>{@link MembershipCapability}: whether a worker is a member (peserta) by KPJ or by NIK,
 *       and whether the membership is active on a date, with the segment (PU: wage earner, BPU:
 *       non-wage earner) as its type. The KPJ's length (configured, 11 by default) is checked
 *       before anything is sent. Numbers travel only in request bodies.
 *   <li>{@link ApplicationsCapability}: a JHT (Jaminan Hari Tua) claim for
 *       {@code BPJSTK-KLAIM-JHT} with the form fields {@code kpj}, {@code alasanKlaim}
 *       ({@code MENGUNDURKAN_DIRI}, {@code PHK}, {@code PENSIUN},
 *       {@code MENINGGALKAN_INDONESIA}, {@code CACAT_TOTAL_TETAP}) and {@code nomorRekening};
 *       statuses {@code DIAJUKAN} RECEIVED; {@code VERIFIKASI}, {@code WAWANCARA},
 *       {@code DISETUJUI} IN_PROCESS; {@code BERKAS_DIKEMBALIKAN} NEEDS_REVISION;
 *       {@code DIBAYARKAN} COMPLETED (the balance is transferred to the member's account);
 *       {@code DITOLAK} REJECTED; {@code DIBATALKAN} CANCELLED.
 *   <li>{@link CatalogueCapability}: the Standar Pelayanan of the JHT claim.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class BpjsKetenagakerjaanAdapter implements AgencyAdapter, CatalogueCapability,
    MembershipCapability, ApplicationsCapability {

  /** The base path of the API. */
  static final String BASE = "/bpjstk/v1";
  /** Form field of a JHT claim: the member's KPJ. */
  public static final String KPJ_FIELD = "kpj";
  /** Form field of a JHT claim: why the balance is claimed. */
  public static final String REASON_FIELD = "alasanKlaim";
  /** Form field of a JHT claim: the member's bank account number the balance goes to. */
  public static final String ACCOUNT_FIELD = "nomorRekening";

  /** The reasons a JHT balance may be claimed (PP 46/2015 jo. Permenaker 4/2022). */
  static final Set<String> CLAIM_REASONS = Set.of("MENGUNDURKAN_DIRI", "PHK", "PENSIUN",
      "MENINGGALKAN_INDONESIA", "CACAT_TOTAL_TETAP");

  /** The JHT claim statuses and what they mean canonically. */
  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "DIAJUKAN")
      .map(ApplicationStatus.IN_PROCESS, "VERIFIKASI", "WAWANCARA", "DISETUJUI")
      .map(ApplicationStatus.NEEDS_REVISION, "BERKAS_DIKEMBALIKAN")
      .map(ApplicationStatus.COMPLETED, "DIBAYARKAN")
      .map(ApplicationStatus.REJECTED, "DITOLAK")
      .map(ApplicationStatus.CANCELLED, "DIBATALKAN")
      .build();

  private static final Pattern ACCOUNT = Pattern.compile("\\d{6,20}");

  private final AdapterDescriptor descriptor;
  private final BpjsKetenagakerjaanConfig config;
  private final AgencyHttpClient http;
  private final Clock clock;
  private final List<ServiceDefinition> services;

  BpjsKetenagakerjaanAdapter(AdapterContext<BpjsKetenagakerjaanConfig> context) {
    this.descriptor = context.descriptor();
    this.config = context.config();
    this.clock = context.clock();
    this.http = context.httpClient(httpConfig(config.baseUrl(),
        AuthScheme.apiKey("X-Api-Key", config.apiKey()), config.deadline()));
    this.services = CatalogueResource.load(BpjsKetenagakerjaanAdapter.class, "catalogue.json",
        descriptor.agencyId());
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  // ---------------------------------------------------------------- membership

  /**
   * {@inheritDoc}
   *
   * @throws MppValidationException if the membership number is not a KPJ of the configured
   *     length (field {@code memberNumber}; nothing is sent, the number is not quoted)
   */
  @Override
  public MembershipStatus checkMembership(MembershipQuery query) {
    Objects.requireNonNull(query, "query");
    Map<String, Object> body = new LinkedHashMap<>();
    query.findMemberNumber().ifPresent(number -> {
      if (!Kpj.isValid(number, config.kpjLength())) {
        throw MppValidationException.of("memberNumber", "bpjstk.kpj.length",
            "a KPJ has " + config.kpjLength() + " digits");
      }
      body.put("kpj", number);
    });
    query.findNik().ifPresent(nik -> body.put("nik", nik.value()));
    body.put("tanggal", query.onDate().toString());
    JsonAnswer answer = JsonAnswer.of(agency(), http.send(AgencyRequest.post(
        BASE + "/kepesertaan/cek", body).withOptions(CallOptions.defaults()
            .withIdempotencyKey("cek-" + UUID.randomUUID()))));
    if (!answer.text("ditemukan").equals("true")) {
      return MembershipStatus.notFound(query.onDate());
    }
    String status = answer.text("statusKepesertaan");
    return new MembershipStatus(true, status.equals("AKTIF"), answer.text("kodeStatus"), status,
        null, answer.findText("segmen").orElse(null), query.onDate());
  }

  // ---------------------------------------------------------------- JHT claims

  /**
   * {@inheritDoc}
   *
   * <p>The form fields {@code kpj}, {@code alasanKlaim} and {@code nomorRekening} are checked
   * first, every mistake reported together, no value quoted and nothing sent. BPJS
   * Ketenagakerjaan refuses ({@link AgencyRejectedException} with its code) a KPJ that is not the
   * applicant's ({@code KPJ_TIDAK_SESUAI}), a resignation or PHK claim while the member is still
   * active ({@code MASIH_AKTIF_BEKERJA}) and a second claim in progress ({@code KLAIM_AKTIF}).
   */
  @Override
  public SubmissionReceipt submit(ApplicationSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    offered(submission.serviceCode());
    Map<String, String> fields = submission.fields();
    List<Violation> violations = new ArrayList<>();
    String kpj = fields.get(KPJ_FIELD);
    if (kpj == null || !Kpj.isValid(kpj, config.kpjLength())) {
      violations.add(new Violation("fields." + KPJ_FIELD, "bpjstk.kpj.length",
          "a KPJ has " + config.kpjLength() + " digits"));
    }
    String reason = fields.get(REASON_FIELD);
    if (reason == null || !CLAIM_REASONS.contains(reason)) {
      violations.add(new Violation("fields." + REASON_FIELD, "bpjstk.claimReason",
          "must be MENGUNDURKAN_DIRI, PHK, PENSIUN, MENINGGALKAN_INDONESIA or CACAT_TOTAL_TETAP"));
    }
    String account = fields.get(ACCOUNT_FIELD);
    if (account == null || !ACCOUNT.matcher(account).matches()) {
      violations.add(new Violation("fields." + ACCOUNT_FIELD, "bpjstk.account.format",
          "a bank account number has 6-20 digits"));
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nomorPermohonanMpp", submission.trackingNumber());
    body.put("layanan", submission.serviceCode().value());
    body.put("kpj", kpj);
    body.put("nik", submission.applicant().nik().value());
    body.put("alasanKlaim", reason);
    body.put("nomorRekening", account);
    JsonAnswer answer = JsonAnswer.of(agency(), post(http, BASE + "/klaim-jht", body,
        submission.idempotencyKey(), submission.trackingNumber()));
    return STATUSES.receipt(answer.text("nomorKlaim"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    String reference = reference(agencyReference, "agencyReference", "bpjstk.reference.format");
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/klaim-jht/" + reference)))));
  }

  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey) {
    String reference = reference(agencyReference, "agencyReference", "bpjstk.reference.format");
    Map<String, Object> body = Map.of("alasan", Objects.requireNonNull(reason, "reason"));
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        post(http, BASE + "/klaim-jht/" + reference + "/batal", body, idempotencyKey, null))));
  }

  private AgencyStatusReport report(JsonAnswer answer) {
    return STATUSES.report(answer.text("nomorKlaim"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  /** The officer's note, else the amount paid once the balance is transferred. */
  private static String note(JsonAnswer answer) {
    return answer.findText("catatan").orElseGet(() -> answer.findRupiah("jumlahDibayarkan")
        .map(amount -> "Saldo JHT " + amount + " ditransfer ke rekening peserta").orElse(null));
  }

  // ---------------------------------------------------------------- catalogue

  @Override
  public List<ServiceDefinition> listServices() {
    return services;
  }

  private ServiceCode offered(ServiceCode code) {
    Objects.requireNonNull(code, "serviceCode");
    if (services.stream().noneMatch(s -> s.code().equals(code))) {
      throw MppValidationException.of("serviceCode", "bpjstk.serviceCode.unknown",
          "BPJS Ketenagakerjaan does not offer this service through the adapter");
    }
    return code;
  }

  // ---------------------------------------------------------------- plumbing

  private String agency() {
    return descriptor.agencyId().value();
  }

  @Override
  public AdapterHealth health() {
    return AdapterHealth.from(http.circuitState(), Optional.empty(), clock.instant());
  }

  @Override
  public String toString() {
    return "BpjsKetenagakerjaanAdapter[" + config + "]";
  }
}
