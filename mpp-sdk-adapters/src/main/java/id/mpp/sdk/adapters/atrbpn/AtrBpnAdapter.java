package id.mpp.sdk.adapters.atrbpn;

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
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.OAuth2ClientCredentials;
import id.mpp.sdk.tracking.ApplicationStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ATR/BPN adapter: land certificate services at the Kantor Pertanahan counter of an MPP. The
 * API is not public; this follows a plausible design (a JSON API under {@code /pertanahan/v1},
 * authenticated with OAuth 2.0 client credentials).
 *
 * <ul>
 *   <li>{@link #getCertificate}: the land book's view of a certificate (right, area, hak
 *       tanggungan, blocked), by nomor sertifikat; never the holder's name.
 *   <li>{@link ApplicationsCapability}: a berkas for {@code ATRBPN-PENGECEKAN-SERTIFIKAT},
 *       {@code ATRBPN-ROYA} or {@code ATRBPN-BALIK-NAMA} with the form fields
 *       {@code nomorSertifikat}, optionally {@code nibBidang}, and for balik nama
 *       {@code nilaiTanah} (the land value in whole rupiah). Native statuses:
 *       {@code BERKAS_MASUK} RECEIVED; {@code MENUNGGU_PEMBAYARAN}, {@code PEMERIKSAAN},
 *       {@code PENGESAHAN} IN_PROCESS; {@code BERKAS_DIKEMBALIKAN} NEEDS_REVISION;
 *       {@code SELESAI} READY_FOR_PICKUP (at the loket penyerahan); {@code DISERAHKAN}
 *       COMPLETED; {@code DITOLAK} REJECTED; {@code DIBATALKAN} CANCELLED.
 *   <li>{@link #estimateFee}: the PNBP as configured: fixed for pengecekan and roya, fixed plus a
 *       per mille of the land value for balik nama.
 *   <li>{@link CatalogueCapability}: the three Standar Pelayanan with the configured PNBP.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class AtrBpnAdapter implements AgencyAdapter, CatalogueCapability,
    ApplicationsCapability {

  /** The base path of the API. */
  static final String BASE = "/pertanahan/v1";
  /** Form field: the nomor sertifikat. */
  public static final String CERTIFICATE_FIELD = "nomorSertifikat";
  /** Form field: the NIB bidang tanah, optional. */
  public static final String PARCEL_FIELD = "nibBidang";
  /** Form field: the land value in whole rupiah (ZNT or NJOP), for balik nama. */
  public static final String LAND_VALUE_FIELD = "nilaiTanah";

  /** The berkas statuses of the Kantor Pertanahan and what they mean canonically. */
  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "BERKAS_MASUK")
      .map(ApplicationStatus.IN_PROCESS, "MENUNGGU_PEMBAYARAN", "PEMERIKSAAN", "PENGESAHAN")
      .map(ApplicationStatus.NEEDS_REVISION, "BERKAS_DIKEMBALIKAN")
      .map(ApplicationStatus.READY_FOR_PICKUP, "SELESAI")
      .map(ApplicationStatus.COMPLETED, "DISERAHKAN")
      .map(ApplicationStatus.REJECTED, "DITOLAK")
      .map(ApplicationStatus.CANCELLED, "DIBATALKAN")
      .build();

  private static final Pattern WHOLE_RUPIAH = Pattern.compile("[1-9][0-9]{0,15}");
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final AdapterDescriptor descriptor;
  private final AtrBpnConfig config;
  private final Pattern certificateNumber;
  private final Pattern parcelId;
  private final AgencyHttpClient http;
  private final Clock clock;
  private final List<ServiceDefinition> services;

  AtrBpnAdapter(AdapterContext<AtrBpnConfig> context) {
    this.descriptor = context.descriptor();
    this.config = context.config();
    this.clock = context.clock();
    this.certificateNumber = Pattern.compile(config.certificateNumberPattern());
    this.parcelId = Pattern.compile(config.parcelIdPattern());
    String[] scopes = config.scope() == null || config.scope().isBlank() ? new String[0]
        : config.scope().trim().split("\\s+");
    this.http = context.httpClient(httpConfig(config.baseUrl(),
        AuthScheme.oauth2ClientCredentials(OAuth2ClientCredentials.of(config.tokenUrl(),
            config.clientId(), config.clientSecret(), scopes)), config.deadline()));
    this.services = CatalogueResource.load(AtrBpnAdapter.class, "catalogue.json",
        descriptor.agencyId()).stream().map(this::withConfiguredFees).toList();
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  // ---------------------------------------------------------------- certificates

  /**
   * The land book's view of a certificate.
   *
   * @param number the nomor sertifikat
   * @return the certificate, without its holder
   * @throws MppValidationException if the number does not have the configured form (nothing is
   *     sent)
   * @throws NotFoundException if the Kantor Pertanahan does not know it
   */
  public LandCertificate getCertificate(String number) {
    if (number == null || !certificateNumber.matcher(number).matches()) {
      throw MppValidationException.of("number", "atrbpn.certificateNumber.format",
          "a nomor sertifikat has the form configured in certificateNumberPattern");
    }
    JsonAnswer c = notFoundAs("certificate", number, () -> JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/sertifikat/" + number))));
    return new LandCertificate(c.text("nomorSertifikat"), c.text("nibBidang"),
        c.text("jenisHak"), new BigDecimal(c.text("luas")), c.text("kantorPertanahan"),
        c.integer("jumlahHakTanggungan"), c.text("statusBlokir").equals("DIBLOKIR"));
  }

  /**
   * The PNBP of a service, as configured: pengecekan and roya are fixed; balik nama is the fixed
   * part plus {@code transferPerMille} of the land value, rounded down to whole rupiah.
   *
   * @param service the service
   * @param landValue the land value (needed for balik nama only; may be {@code null} otherwise)
   * @return the PNBP
   * @throws MppValidationException if a balik nama is asked without a land value
   */
  public Rupiah estimateFee(LandService service, Rupiah landValue) {
    Objects.requireNonNull(service, "service");
    return switch (service) {
      case CERTIFICATE_CHECK -> Rupiah.of(config.feeCertificateCheck());
      case ROYA -> Rupiah.of(config.feeRoya());
      case TRANSFER -> {
        if (landValue == null || landValue.isZero()) {
          throw MppValidationException.of("landValue", "atrbpn.landValue.required",
              "a balik nama is charged by the land value; give it in whole rupiah");
        }
        BigDecimal share = landValue.amount().multiply(BigDecimal.valueOf(
            config.transferPerMille())).divide(THOUSAND, 0, RoundingMode.DOWN);
        yield Rupiah.of(share.add(BigDecimal.valueOf(config.feeTransferBase())));
      }
    };
  }

  // ---------------------------------------------------------------- applications

  /**
   * {@inheritDoc}
   *
   * <p>The form fields are checked first, every mistake reported together and nothing sent.
   * Refusals of the Kantor Pertanahan ({@link AgencyRejectedException} with its code):
   * {@code SERTIFIKAT_TIDAK_DITEMUKAN} (404), {@code SERTIFIKAT_DIBLOKIR},
   * {@code TIDAK_ADA_HAK_TANGGUNGAN} (roya without a mortgage), {@code NIB_TIDAK_SESUAI}. The
   * receipt's note gives the PNBP the office bills.
   */
  @Override
  public SubmissionReceipt submit(ApplicationSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    LandService service = offered(submission.serviceCode());
    Map<String, String> fields = submission.fields();
    List<Violation> violations = new ArrayList<>();
    String certificate = fields.get(CERTIFICATE_FIELD);
    if (certificate == null || !certificateNumber.matcher(certificate).matches()) {
      violations.add(new Violation("fields." + CERTIFICATE_FIELD,
          "atrbpn.certificateNumber.format",
          "must be the nomor sertifikat in the form configured in certificateNumberPattern"));
    }
    String parcel = fields.get(PARCEL_FIELD);
    if (parcel != null && !parcelId.matcher(parcel).matches()) {
      violations.add(new Violation("fields." + PARCEL_FIELD, "atrbpn.parcelId.format",
          "must be the NIB bidang tanah in the form configured in parcelIdPattern"));
    }
    String landValue = fields.get(LAND_VALUE_FIELD);
    if (service == LandService.TRANSFER
        && (landValue == null || !WHOLE_RUPIAH.matcher(landValue).matches())) {
      violations.add(new Violation("fields." + LAND_VALUE_FIELD, "atrbpn.landValue.format",
          "a balik nama needs the land value in whole rupiah, digits only"));
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nomorPermohonanMpp", submission.trackingNumber());
    body.put("layanan", service.nativeName());
    body.put("nomorSertifikat", certificate);
    body.put("nibBidang", parcel);
    body.put("nilaiTanah", service == LandService.TRANSFER ? new BigDecimal(landValue) : null);
    body.put("nik", submission.applicant().nik().value());
    JsonAnswer answer = JsonAnswer.of(agency(), post(http, BASE + "/berkas", body,
        submission.idempotencyKey(), submission.trackingNumber()));
    return STATUSES.receipt(answer.text("nomorBerkas"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    String reference = reference(agencyReference, "agencyReference", "atrbpn.reference.format");
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/berkas/" + reference)))));
  }

  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey) {
    String reference = reference(agencyReference, "agencyReference", "atrbpn.reference.format");
    Map<String, Object> body = Map.of("alasan", Objects.requireNonNull(reason, "reason"));
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        post(http, BASE + "/berkas/" + reference + "/batal", body, idempotencyKey, null))));
  }

  private AgencyStatusReport report(JsonAnswer answer) {
    return STATUSES.report(answer.text("nomorBerkas"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  /** The officer's note, else the PNBP the office bills. */
  private static String note(JsonAnswer answer) {
    return answer.findText("catatan").orElseGet(() -> answer.findRupiah("pnbp")
        .map(fee -> "PNBP " + fee).orElse(null));
  }

  // ---------------------------------------------------------------- catalogue

  @Override
  public List<ServiceDefinition> listServices() {
    return services;
  }

  private ServiceDefinition withConfiguredFees(ServiceDefinition s) {
    LandService service = LandService.of(s.code()).orElseThrow(() -> new IllegalStateException(
        "catalogue service " + s.code() + " is not one the ATR/BPN adapter handles"));
    Fee published = s.delivery().fee();
    List<FeeItem> items = switch (service) {
      case CERTIFICATE_CHECK -> List.of(new FeeItem("Pengecekan sertifikat",
          Rupiah.of(config.feeCertificateCheck())));
      case ROYA -> List.of(new FeeItem("Roya per hak tanggungan", Rupiah.of(config.feeRoya())));
      case TRANSFER -> List.of(new FeeItem("Bagian tetap peralihan hak",
          Rupiah.of(config.feeTransferBase())));
    };
    String note = service == LandService.TRANSFER
        ? "Ditambah " + config.transferPerMille() + " per seribu dari nilai tanah (ZNT/NJOP),"
            + " dibulatkan ke bawah; dibayar dengan Surat Perintah Setor (SPS)"
        : published.note();
    Fee fee = new Fee(published.type(), items, published.legalBasis(), note);
    DeliveryStandard d = s.delivery();
    return new ServiceDefinition(s.code(), s.agencyId(), s.name(), s.summary(), s.targetGroup(),
        s.channel(), s.onlineMaturityLevel(), s.keywords(), s.version(),
        new DeliveryStandard(d.requirements(), d.procedure(), d.processingTime(), fee,
            d.product(), d.complaintChannels()), s.management());
  }

  private LandService offered(ServiceCode code) {
    Objects.requireNonNull(code, "serviceCode");
    return LandService.of(code).orElseThrow(() -> MppValidationException.of("serviceCode",
        "atrbpn.serviceCode.unknown", "ATR/BPN does not offer this service through the adapter"));
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
    return "AtrBpnAdapter[" + config + "]";
  }
}
