package id.mpp.sdk.adapters.kejaksaan;

import static id.mpp.sdk.adapters.internal.json.AgencyCalls.httpConfig;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.notFoundAs;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.post;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.reference;

import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.Bill;
import id.mpp.sdk.adapter.BillRequest;
import id.mpp.sdk.adapter.CatalogueCapability;
import id.mpp.sdk.adapter.PaymentStatus;
import id.mpp.sdk.adapter.PaymentStatusReport;
import id.mpp.sdk.adapter.PaymentsCapability;
import id.mpp.sdk.adapter.StatusMapping;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.adapters.internal.catalogue.CatalogueResource;
import id.mpp.sdk.adapters.internal.json.JsonAnswer;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.tracking.ApplicationStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Kejaksaan adapter: traffic fines (tilang) after the court's verdict, which the Kejaksaan
 * Negeri executes. The API is not public; this follows the plausible design in
 * {@code docs/en/adapters/kejaksaan.md}, authenticated with an API key ({@code X-Api-Key}).
 *
 * <ul>
 *   <li>{@link #getFine} and {@link #listFinesByPlate}: the case by ticket number (register number
 *       or BRIVA code) or by plate, with the verdict's denda and biaya perkara and the pickup
 *       status of the seized SIM, STNK or vehicle.
 *   <li>{@link ApplicationsCapability}: a permohonan for service {@code KEJAKSAAN-TILANG} (form
 *       field {@code nomorRegister}) links the case to the MPP's tracking number; its status
 *       follows the case: {@code MENUNGGU_PUTUSAN} RECEIVED, {@code MENUNGGU_PEMBAYARAN}
 *       IN_PROCESS, {@code SIAP_DIAMBIL} READY_FOR_PICKUP, {@code DIAMBIL} COMPLETED,
 *       {@code DIBATALKAN} CANCELLED.
 *   <li>{@link PaymentsCapability}: the bill of a linked case, for exactly denda + biaya perkara;
 *       {@link #collectPayment} takes the payment at the MPP counter, idempotent on its payment id.
 *   <li>{@link CatalogueCapability}: the Standar Pelayanan of {@code KEJAKSAAN-TILANG}.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class KejaksaanAdapter implements AgencyAdapter, CatalogueCapability,
    ApplicationsCapability, PaymentsCapability {

  /** The base path of the tilang API. */
  static final String BASE = "/tilang/v1";
  /** The form field of a submission that names the case. */
  public static final String REGISTER_NUMBER_FIELD = "nomorRegister";

  /** The permohonan statuses of the Kejaksaan and what they mean canonically. */
  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "MENUNGGU_PUTUSAN")
      .map(ApplicationStatus.IN_PROCESS, "MENUNGGU_PEMBAYARAN")
      .map(ApplicationStatus.READY_FOR_PICKUP, "SIAP_DIAMBIL")
      .map(ApplicationStatus.COMPLETED, "DIAMBIL")
      .map(ApplicationStatus.CANCELLED, "DIBATALKAN")
      .build();

  private static final Map<String, PaymentStatus> BILL_STATUSES = Map.of(
      "BELUM_DIBAYAR", PaymentStatus.UNPAID, "LUNAS", PaymentStatus.PAID,
      "KEDALUWARSA", PaymentStatus.EXPIRED, "DIBATALKAN", PaymentStatus.CANCELLED);
  private static final Map<String, TrafficFine.Status> CASE_STATUSES = Map.of(
      "MENUNGGU_PUTUSAN", TrafficFine.Status.AWAITING_VERDICT,
      "BELUM_DIBAYAR", TrafficFine.Status.UNPAID, "LUNAS", TrafficFine.Status.PAID);
  private static final Map<String, TrafficFine.Evidence.Kind> EVIDENCE_KINDS = Map.of(
      "SIM", TrafficFine.Evidence.Kind.DRIVING_LICENCE,
      "STNK", TrafficFine.Evidence.Kind.VEHICLE_REGISTRATION,
      "KENDARAAN", TrafficFine.Evidence.Kind.VEHICLE);
  private static final Map<String, TrafficFine.Evidence.Status> EVIDENCE_STATUSES = Map.of(
      "DISITA", TrafficFine.Evidence.Status.HELD,
      "SIAP_DIAMBIL", TrafficFine.Evidence.Status.READY_FOR_PICKUP,
      "DIAMBIL", TrafficFine.Evidence.Status.COLLECTED);
    private static final Pattern PAYMENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final AdapterDescriptor descriptor;
  private final KejaksaanConfig config;
  private final Pattern ticketNumber;
  private final AgencyHttpClient http;
  private final Clock clock;
  private final List<ServiceDefinition> services;

  KejaksaanAdapter(AdapterContext<KejaksaanConfig> context) {
    this.descriptor = context.descriptor();
    this.config = context.config();
    this.clock = context.clock();
    this.ticketNumber = Pattern.compile(config.ticketNumberPattern());
    this.http = context.httpClient(httpConfig(config.baseUrl(),
        AuthScheme.apiKey("X-Api-Key", config.apiKey()), config.deadline()));
    this.services = CatalogueResource.load(KejaksaanAdapter.class, "catalogue.json",
        descriptor.agencyId());
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  // ---------------------------------------------------------------- fines

  /**
   * A traffic-fine case by its ticket number.
   *
   * @param ticketNumber the register number or the BRIVA code on the ticket
   * @return the case with its verdict and evidence
   * @throws MppValidationException if the number does not have the configured form (nothing is
   *     sent)
   * @throws NotFoundException if the Kejaksaan does not know it
   */
  public TrafficFine getFine(String ticketNumber) {
    if (ticketNumber == null || !this.ticketNumber.matcher(ticketNumber).matches()) {
      throw MppValidationException.of("ticketNumber", "kejaksaan.ticketNumber.format",
          "a ticket number is the register number or the BRIVA code printed on the ticket");
    }
    return notFoundAs("tilang", ticketNumber, () -> fine(JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/perkara/" + ticketNumber)))));
  }

  /**
   * The traffic-fine cases of a vehicle.
   *
   * @param plate the vehicle's plate
   * @return the cases, possibly none
   */
  public List<TrafficFine> listFinesByPlate(PlateNumber plate) {
    Objects.requireNonNull(plate, "plate");
    JsonAnswer answer = JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/perkara?nopol=" + plate.value())));
    return answer.objects("data").stream().map(this::fine).toList();
  }

  private TrafficFine fine(JsonAnswer c) {
    String status = c.text("statusPerkara");
    List<TrafficFine.Evidence> evidence = c.objects("barangBukti").stream()
        .map(e -> new TrafficFine.Evidence(
            EVIDENCE_KINDS.getOrDefault(e.text("jenis"), TrafficFine.Evidence.Kind.UNKNOWN),
            e.text("jenis"),
            EVIDENCE_STATUSES.getOrDefault(e.text("status"),
                TrafficFine.Evidence.Status.UNKNOWN),
            e.text("lokasi")))
        .toList();
    return new TrafficFine(c.text("nomorRegister"), c.text("kodeBayar"), c.text("pasal"),
        c.text("kejari"), c.date("tanggalSidang"),
        CASE_STATUSES.getOrDefault(status, TrafficFine.Status.UNKNOWN), status,
        c.findRupiah("denda").orElse(null), c.findRupiah("biayaPerkara").orElse(null),
        c.findInstant("dibayarPada").orElse(null), evidence);
  }

  // ---------------------------------------------------------------- applications

  @Override
  public SubmissionReceipt submit(ApplicationSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    String register = submission.fields().get(REGISTER_NUMBER_FIELD);
    if (register == null || !ticketNumber.matcher(register).matches()) {
      throw MppValidationException.of("fields." + REGISTER_NUMBER_FIELD,
          "kejaksaan.registerNumber.format",
          "the form field nomorRegister must hold the register number of the ticket");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nomorPermohonanMpp", submission.trackingNumber());
    body.put("nomorRegister", register);
    body.put("layanan", submission.serviceCode().value());
    JsonAnswer answer = JsonAnswer.of(agency(), post(http, BASE + "/permohonan", body,
        submission.idempotencyKey(), submission.trackingNumber()));
    return STATUSES.receipt(answer.text("nomorPermohonan"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()),
        answer.findText("catatan").orElse(null));
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    String reference = reference(agencyReference, "agencyReference", "kejaksaan.reference.format");
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/permohonan/" + reference)))));
  }

  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey) {
    String reference = reference(agencyReference, "agencyReference", "kejaksaan.reference.format");
    Map<String, Object> body = Map.of("alasan", Objects.requireNonNull(reason, "reason"));
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        post(http, BASE + "/permohonan/" + reference + "/batal", body, idempotencyKey, null))));
  }

  private AgencyStatusReport report(JsonAnswer answer) {
    return STATUSES.report(answer.text("nomorPermohonan"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()),
        answer.findText("catatan").orElse(null));
  }

  // ---------------------------------------------------------------- payments

  /**
   * {@inheritDoc}
   *
   * <p>The bill is for the case linked to {@code request.trackingNumber()} by a submission; the
   * amount must be the verdict's denda + biaya perkara. Refusals ({@link AgencyRejectedException}
   * with the Kejaksaan's code): {@code BELUM_ADA_PUTUSAN}, {@code SUDAH_LUNAS},
   * {@code JUMLAH_TIDAK_SESUAI}, {@code PERMOHONAN_TIDAK_DITEMUKAN}. A new bill replaces an unpaid
   * earlier one of the same case.
   */
  @Override
  public Bill createBill(BillRequest request) {
    Objects.requireNonNull(request, "request");
    Instant expiresAt = request.expiresAt() != null ? request.expiresAt()
        : clock.instant().plus(config.billValidity());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nomorPermohonanMpp", request.trackingNumber());
    body.put("jumlah", request.amount().amount());
    body.put("keterangan", request.description());
    body.put("berlakuSampai", OffsetDateTime.ofInstant(expiresAt, clock.getZone()).toString());
    JsonAnswer answer = JsonAnswer.of(agency(), post(http, BASE + "/tagihan", body,
        request.idempotencyKey(), request.trackingNumber()));
    return new Bill(answer.text("idTagihan"), answer.text("kodeBayar"), answer.rupiah("jumlah"),
        answer.findInstant("berlakuSampai").orElse(expiresAt), paymentStatus(answer));
  }

  @Override
  public PaymentStatusReport getPaymentStatus(String billId) {
    String id = reference(billId, "billId", "kejaksaan.reference.format");
    return notFoundAs("bill", id, () -> paymentReport(JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/tagihan/" + id)))));
  }

  /**
   * Takes the payment of a bill at the MPP's counter. Idempotent on {@code paymentId}: repeating
   * it (for example after a lost answer) returns the bill as paid and pays nothing twice.
   *
   * @param billId the bill id from {@link #createBill}
   * @param amount the amount paid; the bill must be paid in full
   * @param paymentId the payment's id, stable across retries (1-64 letters, digits, {@code -},
   *     {@code _})
   * @return the bill's state after the payment, PAID with the amount and time
   * @throws NotFoundException if the Kejaksaan does not know the bill
   * @throws AgencyRejectedException if it refuses: {@code SUDAH_LUNAS} (the case was paid by
   *     another payment), {@code JUMLAH_TIDAK_SESUAI}, {@code TAGIHAN_KEDALUWARSA},
   *     {@code TAGIHAN_DIBATALKAN}
   */
  public PaymentStatusReport collectPayment(String billId, Rupiah amount, String paymentId) {
    String id = reference(billId, "billId", "kejaksaan.reference.format");
    Objects.requireNonNull(amount, "amount");
    if (paymentId == null || !PAYMENT_ID.matcher(paymentId).matches()) {
      throw MppValidationException.of("paymentId", "kejaksaan.paymentId.format",
          "paymentId must be 1-64 letters, digits, '-' or '_'");
    }
    Map<String, Object> body = Map.of("idPembayaran", paymentId, "jumlah", amount.amount());
    return notFoundAs("bill", id, () -> paymentReport(JsonAnswer.of(agency(),
        post(http, BASE + "/tagihan/" + id + "/pembayaran", body, "bayar-" + paymentId, null))));
  }

  private PaymentStatusReport paymentReport(JsonAnswer answer) {
    return new PaymentStatusReport(answer.text("idTagihan"), answer.text("status"),
        paymentStatus(answer), answer.findRupiah("jumlahDibayar").orElse(null),
        answer.findInstant("dibayarPada").orElse(null));
  }

  private static PaymentStatus paymentStatus(JsonAnswer answer) {
    return BILL_STATUSES.getOrDefault(answer.text("status"), PaymentStatus.UNKNOWN);
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
    return "KejaksaanAdapter[" + config + "]";
  }
}
