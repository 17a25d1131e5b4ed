package id.mpp.sdk.adapters.pengadilanagama;

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
import id.mpp.sdk.adapter.StatusMapping;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.adapters.internal.catalogue.CatalogueResource;
import id.mpp.sdk.adapters.internal.json.JsonAnswer;
import id.mpp.sdk.catalogue.FeeItem;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.HmacSigning;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Pengadilan Agama adapter: e-Court style registration of family cases at the court's MPP
 * counter. The API is not public; this follows a plausible design (a JSON API under
 * {@code /ecourt/v1}, every request signed with the core HMAC-SHA256 scheme,
 * {@link HmacSigning}).
 *
 * <ul>
 *   <li>{@link #estimateAdvance}: the taksiran panjar biaya perkara by component (PNBP
 *       pendaftaran, biaya proses, PNBP panggilan pertama, summonses by radius, redaksi,
 *       meterai), as configured for the court.
 *   <li>{@link ApplicationsCapability}: a gugatan or permohonan for {@code PA-CERAI-GUGAT},
 *       {@code PA-CERAI-TALAK}, {@code PA-ISBAT-NIKAH} or {@code PA-DISPENSASI-KAWIN} with the
 *       form fields {@code radiusPemohon} and, for a contentious case, {@code nikTermohon} and
 *       {@code radiusTermohon}; a cerai gugat is filed by the wife, a cerai talak by the husband
 *       (checked on the applicant's NIK). The court checks the panjar against its own SKUM.
 *       Native statuses: {@code MENUNGGU_PEMBAYARAN_PANJAR} RECEIVED; {@code TERDAFTAR} (nomor
 *       perkara given), {@code PENETAPAN_MAJELIS_HAKIM}, {@code PENETAPAN_HARI_SIDANG},
 *       {@code MEDIASI}, {@code PERSIDANGAN}, {@code PUTUS}, {@code BERKEKUATAN_HUKUM_TETAP}
 *       IN_PROCESS; {@code BERKAS_DIKEMBALIKAN} NEEDS_REVISION; {@code AKTA_CERAI_TERBIT},
 *       {@code SALINAN_PUTUSAN_TERBIT}, {@code SALINAN_PENETAPAN_TERBIT} READY_FOR_PICKUP;
 *       {@code DIAMBIL} COMPLETED; {@code DITOLAK} REJECTED; {@code DICABUT} CANCELLED;
 *       {@code KEDALUWARSA} (panjar not paid in time) EXPIRED.
 *   <li>{@link CatalogueCapability}: the Standar Pelayanan of the four case types.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class PengadilanAgamaAdapter implements AgencyAdapter, CatalogueCapability,
    ApplicationsCapability {

  /** The base path of the API. */
  static final String BASE = "/ecourt/v1";
  /** Form field: the radius of the applicant's address (1 = nearest). */
  public static final String APPLICANT_RADIUS_FIELD = "radiusPemohon";
  /** Form field: the radius of the respondent's address, for a contentious case. */
  public static final String RESPONDENT_RADIUS_FIELD = "radiusTermohon";
  /** Form field: the respondent's NIK, for a contentious case. */
  public static final String RESPONDENT_NIK_FIELD = "nikTermohon";

  /** The case statuses of the court and what they mean canonically. */
  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "MENUNGGU_PEMBAYARAN_PANJAR")
      .map(ApplicationStatus.IN_PROCESS, "TERDAFTAR", "PENETAPAN_MAJELIS_HAKIM",
          "PENETAPAN_HARI_SIDANG", "MEDIASI", "PERSIDANGAN", "PUTUS", "BERKEKUATAN_HUKUM_TETAP")
      .map(ApplicationStatus.NEEDS_REVISION, "BERKAS_DIKEMBALIKAN")
      .map(ApplicationStatus.READY_FOR_PICKUP, "AKTA_CERAI_TERBIT", "SALINAN_PUTUSAN_TERBIT",
          "SALINAN_PENETAPAN_TERBIT")
      .map(ApplicationStatus.COMPLETED, "DIAMBIL")
      .map(ApplicationStatus.REJECTED, "DITOLAK")
      .map(ApplicationStatus.CANCELLED, "DICABUT")
      .map(ApplicationStatus.EXPIRED, "KEDALUWARSA")
      .build();

  private final AdapterDescriptor descriptor;
  private final PengadilanAgamaConfig config;
  private final List<Long> summonsFees;
  private final AgencyHttpClient http;
  private final Clock clock;
  private final List<ServiceDefinition> services;

  PengadilanAgamaAdapter(AdapterContext<PengadilanAgamaConfig> context) {
    this.descriptor = context.descriptor();
    this.config = context.config();
    this.clock = context.clock();
    this.summonsFees = config.summonsFees();
    this.http = context.httpClient(httpConfig(config.baseUrl(),
        AuthScheme.hmac(HmacSigning.sha256(config.keyId(), config.signingSecret())),
        config.deadline()));
    this.services = CatalogueResource.load(PengadilanAgamaAdapter.class, "catalogue.json",
        descriptor.agencyId());
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  // ---------------------------------------------------------------- panjar

  /**
   * The taksiran panjar biaya perkara of a case, as configured for this court.
   *
   * @param caseType the case
   * @param applicantRadius the radius of the applicant's address, from 1
   * @param respondentRadius the radius of the respondent's address for a contentious case, else
   *     {@code null}
   * @return the estimate by component
   * @throws MppValidationException naming each radius that is missing or has no configured cost
   */
  public CourtFeeEstimate estimateAdvance(CaseType caseType, int applicantRadius,
      Integer respondentRadius) {
    Objects.requireNonNull(caseType, "caseType");
    List<Violation> violations = new ArrayList<>();
    checkRadius(applicantRadius, "applicantRadius", violations);
    if (caseType.contentious()) {
      if (respondentRadius == null) {
        violations.add(new Violation("respondentRadius", "pa.radius.required",
            "a contentious case needs the radius of the respondent's address"));
      } else {
        checkRadius(respondentRadius, "respondentRadius", violations);
      }
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    return estimate(caseType, applicantRadius, respondentRadius);
  }

  private void checkRadius(int radius, String field, List<Violation> violations) {
    if (radius < 1 || radius > summonsFees.size()) {
      violations.add(new Violation(field, "pa.radius.range",
          "the radius must be 1 to " + summonsFees.size() + ", as the court's decree sets"));
    }
  }

  private CourtFeeEstimate estimate(CaseType type, int applicantRadius, Integer respondentRadius) {
    List<FeeItem> items = new ArrayList<>();
    int parties = type.contentious() ? 2 : 1;
    items.add(new FeeItem("PNBP pendaftaran", Rupiah.of(config.registrationFee())));
    items.add(new FeeItem("Biaya proses", Rupiah.of(config.processFee())));
    items.add(new FeeItem("PNBP panggilan pertama (" + parties + " pihak)",
        Rupiah.of(config.firstSummonsPnbp() * parties)));
    items.add(new FeeItem("Panggilan " + (type.contentious() ? "penggugat/pemohon" : "pemohon")
        + " (" + config.applicantSummons() + " x radius " + applicantRadius + ")",
        Rupiah.of(config.applicantSummons() * summonsFees.get(applicantRadius - 1))));
    if (type.contentious()) {
      items.add(new FeeItem("Panggilan tergugat/termohon (" + config.respondentSummons()
          + " x radius " + respondentRadius + ")",
          Rupiah.of(config.respondentSummons() * summonsFees.get(respondentRadius - 1))));
    }
    items.add(new FeeItem("PNBP redaksi", Rupiah.of(config.redactionFee())));
    items.add(new FeeItem("Meterai", Rupiah.of(config.stampDuty())));
    Rupiah total = items.stream().map(FeeItem::amount).reduce(Rupiah.ZERO, Rupiah::plus);
    return new CourtFeeEstimate(type, items, total);
  }

  // ---------------------------------------------------------------- applications

  /**
   * {@inheritDoc}
   *
   * <p>The form fields and the applicant's side are checked first, every mistake reported
   * together, no value quoted, and nothing sent. Refusals of the court
   * ({@link AgencyRejectedException} with its code): {@code PANJAR_TIDAK_SESUAI} (the configured
   * costs differ from the court's SKUM). The receipt's note gives the panjar to pay.
   */
  @Override
  public SubmissionReceipt submit(ApplicationSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    CaseType type = CaseType.of(Objects.requireNonNull(submission.serviceCode(), "serviceCode"))
        .orElseThrow(() -> MppValidationException.of("serviceCode", "pa.serviceCode.unknown",
            "the Pengadilan Agama adapter does not register this service"));
    Map<String, String> fields = submission.fields();
    List<Violation> violations = new ArrayList<>();
    Integer applicantRadius = radius(fields, APPLICANT_RADIUS_FIELD, violations);
    Integer respondentRadius = null;
    Nik respondent = null;
    if (type.contentious()) {
      respondentRadius = radius(fields, RESPONDENT_RADIUS_FIELD, violations);
      String nik = fields.get(RESPONDENT_NIK_FIELD);
      if (nik == null || !Nik.isValid(nik)) {
        violations.add(new Violation("fields." + RESPONDENT_NIK_FIELD, "pa.nik.format",
            "a contentious case needs the respondent's valid 16-digit NIK"));
      } else {
        respondent = Nik.parse(nik);
      }
    }
    Nik applicant = submission.applicant().nik();
    if (type == CaseType.CERAI_GUGAT && !applicant.female()
        || type == CaseType.CERAI_TALAK && applicant.female()) {
      violations.add(new Violation("applicant.nik", "pa.applicant.side",
          type == CaseType.CERAI_GUGAT ? "a cerai gugat is filed by the wife"
              : "a cerai talak is filed by the husband"));
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    CourtFeeEstimate panjar = estimate(type, applicantRadius, respondentRadius);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nomorPermohonanMpp", submission.trackingNumber());
    body.put("jenisPerkara", type.name());
    body.put("nikPemohon", applicant.value());
    body.put("nikTermohon", respondent == null ? null : respondent.value());
    body.put("radiusPemohon", applicantRadius);
    body.put("radiusTermohon", respondentRadius);
    body.put("taksiranPanjar", panjar.total().amount());
    JsonAnswer answer = JsonAnswer.of(agency(), post(http, BASE + "/" + config.courtCode()
        + "/perkara", body, submission.idempotencyKey(), submission.trackingNumber()));
    return STATUSES.receipt(answer.text("idPendaftaran"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  private Integer radius(Map<String, String> fields, String field, List<Violation> violations) {
    String text = fields.get(field);
    if (text == null || !text.matches("[1-9][0-9]?")
        || Integer.parseInt(text) > summonsFees.size()) {
      violations.add(new Violation("fields." + field, "pa.radius.range",
          "must be the radius 1 to " + summonsFees.size() + " of the address"));
      return null;
    }
    return Integer.valueOf(text);
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    String reference = reference(agencyReference, "agencyReference", "pa.reference.format");
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/perkara/" + reference)))));
  }

  /**
   * {@inheritDoc}
   *
   * <p>At the court this is the pencabutan (withdrawal) of the case; after the verdict it is
   * refused ({@code TIDAK_DAPAT_DICABUT}).
   */
  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey) {
    String reference = reference(agencyReference, "agencyReference", "pa.reference.format");
    Map<String, Object> body = Map.of("alasan", Objects.requireNonNull(reason, "reason"));
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        post(http, BASE + "/perkara/" + reference + "/cabut", body, idempotencyKey, null))));
  }

  private AgencyStatusReport report(JsonAnswer answer) {
    return STATUSES.report(answer.text("idPendaftaran"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  /** The registrar's note, else the case or akta number, else the panjar while it is due. */
  private static String note(JsonAnswer answer) {
    Optional<String> note = answer.findText("catatan");
    if (note.isPresent()) {
      return note.get();
    }
    Optional<String> deed = answer.findText("nomorAktaCerai").map(n -> "Akta cerai " + n);
    if (deed.isPresent()) {
      return deed.get();
    }
    Optional<String> number = answer.findText("nomorPerkara").map(n -> "Nomor perkara " + n);
    if (number.isPresent()) {
      return number.get();
    }
    return answer.findRupiah("panjarBiaya").map(p -> "Panjar biaya perkara " + p).orElse(null);
  }

  // ---------------------------------------------------------------- catalogue

  @Override
  public List<ServiceDefinition> listServices() {
    return services;
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
    return "PengadilanAgamaAdapter[" + config + "]";
  }

  /**
   * @param code a service code
   * @return whether the adapter registers cases for it
   */
  public boolean registers(ServiceCode code) {
    return CaseType.of(code).isPresent();
  }
}
