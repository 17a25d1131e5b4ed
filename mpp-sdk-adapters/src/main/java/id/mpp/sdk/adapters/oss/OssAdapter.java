package id.mpp.sdk.adapters.oss;

import static id.mpp.sdk.adapters.internal.json.AgencyCalls.httpConfig;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.notFoundAs;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.post;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.reference;

import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.Violation;
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
import id.mpp.sdk.adapters.internal.catalogue.CatalogueResource;
import id.mpp.sdk.adapters.internal.json.JsonAnswer;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.OAuth2ClientCredentials;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nib;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The DPMPTSP / OSS adapter: risk-based business licensing (OSS RBA, PP 5/2021) as the DPMPTSP
 * counter of an MPP assists it. The OSS API is not public; this follows the plausible design in
 * {@code docs/en/adapters/oss.md}, authenticated with OAuth 2.0 client credentials.
 *
 * <ul>
 *   <li>{@link #getBusiness} and {@link #listPermits}: a business and its permits by NIB
 *       ({@link Nib} checks the 13 digits before anything is sent).
 *   <li>{@link ApplicationsCapability}: a permit application with the form fields {@code nib},
 *       {@code kbli} (5 digits) and {@code tingkatRisiko} ({@link RiskLevel}); low and
 *       medium-low risk are issued at once, medium-high and high wait for the verifier.
 *   <li>{@link CatalogueCapability}: the Standar Pelayanan of {@code DPMPTSP-PERIZINAN-BERUSAHA}.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class OssAdapter implements AgencyAdapter, CatalogueCapability,
    ApplicationsCapability {

  /** The base path of the OSS API. */
  static final String BASE = "/oss/v1";
  /** Form field: the business's NIB. */
  public static final String NIB_FIELD = "nib";
  /** Form field: the KBLI code of the activity, 5 digits. */
  public static final String KBLI_FIELD = "kbli";
  /** Form field: the risk level, as OSS writes it ({@code RENDAH} … {@code TINGGI}). */
  public static final String RISK_FIELD = "tingkatRisiko";

  /** The application statuses of OSS and what they mean canonically. */
  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "DITERIMA")
      .map(ApplicationStatus.IN_PROCESS, "VERIFIKASI")
      .map(ApplicationStatus.NEEDS_REVISION, "MENUNGGU_PEMENUHAN_PERSYARATAN")
      .map(ApplicationStatus.COMPLETED, "TERBIT")
      .map(ApplicationStatus.REJECTED, "DITOLAK")
      .map(ApplicationStatus.CANCELLED, "DIBATALKAN")
      .build();

  private final AdapterDescriptor descriptor;
  private final OssConfig config;
  private final AgencyHttpClient http;
  private final Clock clock;
  private final List<ServiceDefinition> services;

  OssAdapter(AdapterContext<OssConfig> context) {
    this.descriptor = context.descriptor();
    this.config = context.config();
    this.clock = context.clock();
    String[] scopes = config.scope() == null || config.scope().isBlank() ? new String[0]
        : config.scope().trim().split("\\s+");
    this.http = context.httpClient(httpConfig(config.baseUrl(),
        AuthScheme.oauth2ClientCredentials(OAuth2ClientCredentials.of(config.tokenUrl(),
            config.clientId(), config.clientSecret(), scopes)), config.deadline()));
    this.services = CatalogueResource.load(OssAdapter.class, "catalogue.json",
        descriptor.agencyId());
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  // ---------------------------------------------------------------- businesses

  /**
   * A business by its NIB.
   *
   * @param nib the NIB
   * @return the business
   * @throws NotFoundException if OSS does not know the NIB
   */
  public BusinessProfile getBusiness(Nib nib) {
    Objects.requireNonNull(nib, "nib");
    JsonAnswer b = notFoundAs("business", nib.value(), () -> JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/pelaku-usaha/" + nib.value()))));
    return new BusinessProfile(nib, b.text("namaUsaha"), b.text("jenisPelakuUsaha"),
        b.text("skalaUsaha"), b.text("statusNib").equals("AKTIF"), b.date("tanggalTerbit"),
        b.texts("kbli"));
  }

  /**
   * The permits OSS issued to a business: its NIB first, then its sertifikat standar and izin.
   *
   * @param nib the NIB
   * @return the permits
   * @throws NotFoundException if OSS does not know the NIB
   */
  public List<BusinessPermit> listPermits(Nib nib) {
    Objects.requireNonNull(nib, "nib");
    JsonAnswer answer = notFoundAs("business", nib.value(), () -> JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/pelaku-usaha/" + nib.value() + "/perizinan"))));
    return answer.objects("data").stream().map(p -> new BusinessPermit(p.text("nomorPerizinan"),
        PermitType.fromNative(p.text("jenisPerizinan")), p.text("jenisPerizinan"),
        p.findText("kbli").orElse(null),
        p.findText("tingkatRisiko").flatMap(RiskLevel::fromNative).orElse(null),
        p.date("tanggalTerbit"))).toList();
  }

  // ---------------------------------------------------------------- applications

  /**
   * {@inheritDoc}
   *
   * <p>The form fields {@code nib}, {@code kbli} and {@code tingkatRisiko} are checked first,
   * every mistake reported together and nothing sent. OSS refuses ({@link AgencyRejectedException}
   * with its code) an unknown NIB ({@code NIB_TIDAK_DITEMUKAN}, HTTP 404) and a revoked one
   * ({@code NIB_TIDAK_AKTIF}).
   */
  @Override
  public SubmissionReceipt submit(ApplicationSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    Map<String, String> fields = submission.fields();
    List<Violation> violations = new ArrayList<>();
    Nib nib = null;
    try {
      nib = Nib.parse(Objects.requireNonNullElse(fields.get(NIB_FIELD), ""));
    } catch (MppValidationException e) {
      e.violations().forEach(v -> violations.add(new Violation("fields." + NIB_FIELD, v.rule(),
          v.message())));
    }
    String kbli = fields.get(KBLI_FIELD);
    if (kbli == null || !kbli.matches("\\d{5}")) {
      violations.add(new Violation("fields." + KBLI_FIELD, "oss.kbli.format",
          "a KBLI code has 5 digits"));
    }
    Optional<RiskLevel> risk = RiskLevel.fromNative(fields.get(RISK_FIELD));
    if (risk.isEmpty()) {
      violations.add(new Violation("fields." + RISK_FIELD, "oss.riskLevel.value",
          "must be RENDAH, MENENGAH_RENDAH, MENENGAH_TINGGI or TINGGI"));
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nib", nib.value());
    body.put("kbli", kbli);
    body.put("tingkatRisiko", risk.get().nativeName());
    body.put("nomorPermohonanMpp", submission.trackingNumber());
    body.put("layanan", submission.serviceCode().value());
    JsonAnswer answer = JsonAnswer.of(agency(), post(http, BASE + "/permohonan", body,
        submission.idempotencyKey(), submission.trackingNumber()));
    return STATUSES.receipt(answer.text("idPermohonan"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    String reference = reference(agencyReference, "agencyReference", "oss.reference.format");
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/permohonan/" + reference)))));
  }

  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey) {
    String reference = reference(agencyReference, "agencyReference", "oss.reference.format");
    Map<String, Object> body = Map.of("alasan", Objects.requireNonNull(reason, "reason"));
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        post(http, BASE + "/permohonan/" + reference + "/batal", body, idempotencyKey, null))));
  }

  private AgencyStatusReport report(JsonAnswer answer) {
    return STATUSES.report(answer.text("idPermohonan"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  /** The verifier's note, or the number of the permit once issued. */
  private static String note(JsonAnswer answer) {
    Optional<String> permit = answer.findText("nomorPerizinan");
    return permit.map(number -> answer.findText("jenisPerizinan").orElse("") + " " + number)
        .or(() -> answer.findText("catatan")).orElse(null);
  }

  // ---------------------------------------------------------------- catalogue, plumbing

  @Override
  public List<ServiceDefinition> listServices() {
    return services;
  }

  private String agency() {
    return descriptor.agencyId().value();
  }

  @Override
  public AdapterHealth health() {
    return AdapterHealth.from(http.circuitState(), Optional.empty(), clock.instant());
  }

  @Override
  public String toString() {
    return "OssAdapter[" + config + "]";
  }
}
