package id.mpp.sdk.adapters.polri;

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
import id.mpp.sdk.catalogue.DeliveryStandard;
import id.mpp.sdk.catalogue.Fee;
import id.mpp.sdk.catalogue.FeeItem;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.catalogue.ServiceProduct;
import id.mpp.sdk.catalogue.Validity;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.OAuth2ClientCredentials;
import id.mpp.sdk.tracking.ApplicationStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Polri adapter: the SKCK (Surat Keterangan Catatan Kepolisian) at the Polres counter of an
 * MPP. The SKCK API is not public; this follows the online flow of skck.polri.go.id and the
 * Polres office process, authenticated with OAuth 2.0 client credentials.
 *
 * <ul>
 *   <li>{@link ApplicationsCapability}: an SKCK registration for {@code POLRI-SKCK-BARU} with the
 *       form fields {@code keperluan} ({@link SkckPurpose}) and {@code satwil}
 *       ({@link IssuingUnit}); a Polsek cannot issue for a CPNS/PNS application or for going
 *       abroad. The receipt's note gives the payment number (kode pembayaran) and the PNBP.
 *   <li>Its state machine, mapped onto the canonical statuses: {@code TERDAFTAR} RECEIVED;
 *       {@code MENUNGGU_PEMBAYARAN}, {@code DIBAYAR}, {@code VERIFIKASI_BERKAS},
 *       {@code PEREKAMAN_SIDIK_JARI}, {@code PENELITIAN_CATATAN}, {@code KOORDINASI} IN_PROCESS;
 *       {@code BERKAS_DIKEMBALIKAN} NEEDS_REVISION (the applicant completes the documents and the
 *       check resumes); {@code DITERBITKAN} READY_FOR_PICKUP; {@code DIAMBIL} COMPLETED;
 *       {@code KEDALUWARSA_PENDAFTARAN} EXPIRED; {@code DITOLAK} REJECTED; {@code DIBATALKAN}
 *       CANCELLED.
 *   <li>{@link #getSkck}: the registration with its payment number and, once issued, the SKCK's
 *       number and validity (six months by default).
 *   <li>{@link CatalogueCapability}: the Standar Pelayanan of the SKCK with the configured PNBP
 *       and validity.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class PolriAdapter implements AgencyAdapter, CatalogueCapability,
    ApplicationsCapability {

  /** The base path of the SKCK API. */
  static final String BASE = "/skck/v1";
  /** Form field: the purpose, as Polri writes it ({@code MELAMAR_PEKERJAAN} …). */
  public static final String PURPOSE_FIELD = "keperluan";
  /** Form field: the issuing unit ({@code POLRES-BDL} …). */
  public static final String UNIT_FIELD = "satwil";

  /** The SKCK statuses of Polri and what they mean canonically. */
  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "TERDAFTAR")
      .map(ApplicationStatus.IN_PROCESS, "MENUNGGU_PEMBAYARAN", "DIBAYAR", "VERIFIKASI_BERKAS",
          "PEREKAMAN_SIDIK_JARI", "PENELITIAN_CATATAN", "KOORDINASI")
      .map(ApplicationStatus.NEEDS_REVISION, "BERKAS_DIKEMBALIKAN")
      .map(ApplicationStatus.READY_FOR_PICKUP, "DITERBITKAN")
      .map(ApplicationStatus.COMPLETED, "DIAMBIL")
      .map(ApplicationStatus.EXPIRED, "KEDALUWARSA_PENDAFTARAN")
      .map(ApplicationStatus.REJECTED, "DITOLAK")
      .map(ApplicationStatus.CANCELLED, "DIBATALKAN")
      .build();

  private final AdapterDescriptor descriptor;
  private final PolriConfig config;
  private final AgencyHttpClient http;
  private final Clock clock;
  private final List<ServiceDefinition> services;

  PolriAdapter(AdapterContext<PolriConfig> context) {
    this.descriptor = context.descriptor();
    this.config = context.config();
    this.clock = context.clock();
    String[] scopes = config.scope() == null || config.scope().isBlank() ? new String[0]
        : config.scope().trim().split("\\s+");
    this.http = context.httpClient(httpConfig(config.baseUrl(),
        AuthScheme.oauth2ClientCredentials(OAuth2ClientCredentials.of(config.tokenUrl(),
            config.clientId(), config.clientSecret(), scopes)), config.deadline()));
    this.services = CatalogueResource.load(PolriAdapter.class, "catalogue.json",
        descriptor.agencyId()).stream().map(this::withConfiguredFeeAndValidity).toList();
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  /** @return the PNBP of one SKCK, as configured */
  public Rupiah fee() {
    return Rupiah.of(config.fee());
  }

  // ---------------------------------------------------------------- applications

  /**
   * {@inheritDoc}
   *
   * <p>The form fields {@code keperluan} and {@code satwil} are checked first, every mistake
   * reported together and nothing sent. The receipt's note gives the kode pembayaran and the PNBP.
   * Polri refuses ({@link AgencyRejectedException} with its code) an issuing unit it does not know
   * ({@code SATWIL_TIDAK_DIKENAL}) and a NIK that already has an SKCK in progress
   * ({@code PENDAFTARAN_AKTIF}).
   */
  @Override
  public SubmissionReceipt submit(ApplicationSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    offered(submission.serviceCode());
    List<Violation> violations = new ArrayList<>();
    Optional<SkckPurpose> purpose = SkckPurpose.fromNative(
        submission.fields().get(PURPOSE_FIELD));
    if (purpose.isEmpty()) {
      violations.add(new Violation("fields." + PURPOSE_FIELD, "polri.purpose",
          "must be MELAMAR_PEKERJAAN, CPNS_PNS, PENDIDIKAN, LUAR_NEGERI, PENCALONAN or LAINNYA"));
    }
    IssuingUnit unit = null;
    try {
      unit = IssuingUnit.parse(submission.fields().get(UNIT_FIELD));
    } catch (MppValidationException e) {
      e.violations().forEach(v -> violations.add(new Violation("fields." + UNIT_FIELD, v.rule(),
          v.message())));
    }
    if (purpose.isPresent() && unit != null && purpose.get().needsPolresOrAbove()
        && unit.level() == IssuingUnit.Level.POLSEK) {
      violations.add(new Violation("fields." + UNIT_FIELD, "polri.satwil.level",
          "a Polsek does not issue an SKCK for a CPNS/PNS application or for going abroad;"
              + " choose the Polres"));
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nomorPermohonanMpp", submission.trackingNumber());
    body.put("layanan", submission.serviceCode().value());
    body.put("keperluan", purpose.get().nativeName());
    body.put("satwil", unit.code());
    body.put("nik", submission.applicant().nik().value());
    body.put("namaLengkap", submission.applicant().fullName());
    JsonAnswer answer = JsonAnswer.of(agency(), post(http, BASE + "/pendaftaran", body,
        submission.idempotencyKey(), submission.trackingNumber()));
    return STATUSES.receipt(answer.text("nomorRegistrasi"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    String reference = reference(agencyReference, "agencyReference", "polri.reference.format");
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/pendaftaran/" + reference)))));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Polri lets the MPP withdraw a registration until the PNBP is paid; later it refuses
   * ({@link AgencyRejectedException}, {@code TIDAK_DAPAT_DIBATALKAN}).
   */
  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey) {
    String reference = reference(agencyReference, "agencyReference", "polri.reference.format");
    Map<String, Object> body = Map.of("alasan", Objects.requireNonNull(reason, "reason"));
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        post(http, BASE + "/pendaftaran/" + reference + "/batal", body, idempotencyKey,
            null))));
  }

  /**
   * An SKCK registration with its payment number and, once issued, the SKCK's number and
   * validity.
   *
   * @param registrationNumber the nomor registrasi from the receipt
   * @return the registration
   * @throws MppValidationException if the number is malformed (nothing is sent)
   * @throws NotFoundException if Polri does not know it
   */
  public SkckRegistration getSkck(String registrationNumber) {
    String reference = reference(registrationNumber, "registrationNumber",
        "polri.reference.format");
    JsonAnswer a = notFoundAs("application", reference, () -> JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/pendaftaran/" + reference))));
    String nativeStatus = a.text("status");
    Optional<LocalDate> issuedOn = a.findDate("tanggalTerbit");
    LocalDate validUntil = a.findDate("berlakuSampai").orElseGet(() -> issuedOn
        .map(d -> d.plusMonths(config.validityMonths()).minusDays(1)).orElse(null));
    SkckPurpose purpose = SkckPurpose.fromNative(a.text("keperluan")).orElse(SkckPurpose.OTHER);
    Boolean recordFound = a.findText("catatanKepolisian").map("ADA"::equals).orElse(null);
    return new SkckRegistration(a.text("nomorRegistrasi"), a.text("kodePembayaran"),
        a.rupiah("pnbp"), purpose, a.text("satwil"), nativeStatus,
        STATUSES.toCanonical(nativeStatus), a.findInstant("diperbaruiPada")
            .orElse(clock.instant()), a.findText("nomorSkck").orElse(null),
        issuedOn.orElse(null), validUntil, recordFound, a.findText("catatan").orElse(null));
  }

  private AgencyStatusReport report(JsonAnswer answer) {
    return STATUSES.report(answer.text("nomorRegistrasi"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  /** The officer's note, else the payment number and the PNBP while payment is due. */
  private static String note(JsonAnswer answer) {
    Optional<String> note = answer.findText("catatan");
    if (note.isPresent()) {
      return note.get();
    }
    String status = answer.text("status");
    if (status.equals("TERDAFTAR") || status.equals("MENUNGGU_PEMBAYARAN")) {
      return "Kode pembayaran " + answer.text("kodePembayaran") + ", PNBP "
          + answer.rupiah("pnbp");
    }
    return answer.findText("nomorSkck").map(n -> "Nomor SKCK " + n).orElse(null);
  }

  // ---------------------------------------------------------------- catalogue

  @Override
  public List<ServiceDefinition> listServices() {
    return services;
  }

  private ServiceDefinition withConfiguredFeeAndValidity(ServiceDefinition s) {
    DeliveryStandard d = s.delivery();
    Fee published = d.fee();
    List<FeeItem> items = published.items().stream()
        .map(i -> new FeeItem(i.name(), fee())).toList();
    Fee fee = new Fee(published.type(), items, published.legalBasis(), published.note());
    ServiceProduct product = new ServiceProduct(d.product().name(), d.product().form(),
        Validity.months(config.validityMonths()));
    return new ServiceDefinition(s.code(), s.agencyId(), s.name(), s.summary(), s.targetGroup(),
        s.channel(), s.onlineMaturityLevel(), s.keywords(), s.version(),
        new DeliveryStandard(d.requirements(), d.procedure(), d.processingTime(), fee,
            product, d.complaintChannels()), s.management());
  }

  private ServiceCode offered(ServiceCode code) {
    Objects.requireNonNull(code, "serviceCode");
    if (services.stream().noneMatch(s -> s.code().equals(code))) {
      throw MppValidationException.of("serviceCode", "polri.serviceCode.unknown",
          "Polri does not offer this service through the adapter");
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
    return "PolriAdapter[" + config + "]";
  }
}
