package id.mpp.sdk.adapters.imigrasi;

import static id.mpp.sdk.adapters.internal.json.AgencyCalls.httpConfig;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.notFoundAs;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.post;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.reference;

import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.QuotaExceededException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyQuota;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.AppointmentConfirmation;
import id.mpp.sdk.adapter.AppointmentRequest;
import id.mpp.sdk.adapter.AppointmentSlot;
import id.mpp.sdk.adapter.AppointmentsCapability;
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
import id.mpp.sdk.http.HmacSigning;
import id.mpp.sdk.tracking.ApplicationStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Imigrasi adapter: passports at the Kantor Imigrasi counter of an MPP. The API is not public;
 * this follows the plausible design in {@code docs/en/adapters/imigrasi.md}, every request signed
 * with the core HMAC-SHA256 scheme ({@link HmacSigning}).
 *
 * <ul>
 *   <li>{@link AppointmentsCapability}: the office holds the sessions and the daily quota per
 *       service; a booking in a full session or on a full day is a
 *       {@link QuotaExceededException} ({@code slot} or {@code daily_quota}). Bookings need the
 *       citizen's NIK.
 *   <li>{@link ApplicationsCapability}: a passport application with the form fields
 *       {@code jenisPaspor} ({@link PassportType}) and {@code kodeBooking}; its status follows
 *       appointment, document check, photo and interview, payment, printing, ready, collected.
 *   <li>{@link CatalogueCapability}: the passport Standar Pelayanan with the configured PNBP.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class ImigrasiAdapter implements AgencyAdapter, CatalogueCapability,
    AppointmentsCapability, ApplicationsCapability {

  /** The base path of the API. */
  static final String BASE = "/paspor/v1";
  /** Form field: the passport type, as Imigrasi writes it ({@code BIASA_48} …). */
  public static final String PASSPORT_TYPE_FIELD = "jenisPaspor";
  /** Form field: the booking code of the appointment the application comes with. */
  public static final String BOOKING_FIELD = "kodeBooking";

  /** The application statuses of Imigrasi and what they mean canonically. */
  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "JADWAL_TERDAFTAR")
      .map(ApplicationStatus.IN_PROCESS, "PEMERIKSAAN_BERKAS", "FOTO_WAWANCARA",
          "MENUNGGU_PEMBAYARAN", "PENCETAKAN")
      .map(ApplicationStatus.NEEDS_REVISION, "BERKAS_DIKEMBALIKAN")
      .map(ApplicationStatus.READY_FOR_PICKUP, "SIAP_DIAMBIL")
      .map(ApplicationStatus.COMPLETED, "DIAMBIL")
      .map(ApplicationStatus.REJECTED, "DITOLAK")
      .map(ApplicationStatus.CANCELLED, "DIBATALKAN")
      .build();

  private final AdapterDescriptor descriptor;
  private final ImigrasiConfig config;
  private final AgencyHttpClient http;
  private final Clock clock;
  private final Map<PassportType, Rupiah> fees;
  private final List<ServiceDefinition> services;

  ImigrasiAdapter(AdapterContext<ImigrasiConfig> context) {
    this.descriptor = context.descriptor();
    this.config = context.config();
    this.clock = context.clock();
    this.http = context.httpClient(httpConfig(config.baseUrl(),
        AuthScheme.hmac(HmacSigning.sha256(config.keyId(), config.signingSecret())),
        config.deadline()));
    Map<PassportType, Rupiah> byType = new EnumMap<>(PassportType.class);
    byType.put(PassportType.ORDINARY_48, Rupiah.of(config.feeOrdinary48()));
    byType.put(PassportType.ELECTRONIC_48, Rupiah.of(config.feeElectronic48()));
    byType.put(PassportType.ELECTRONIC_POLYCARBONATE, Rupiah.of(config.feePolycarbonate()));
    this.fees = Map.copyOf(byType);
    this.services = CatalogueResource.load(ImigrasiAdapter.class, "catalogue.json",
        descriptor.agencyId()).stream().map(this::withConfiguredFees).toList();
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  /**
   * The PNBP of a passport type, as configured.
   *
   * @param type the passport type
   * @return the fee
   */
  public Rupiah fee(PassportType type) {
    return fees.get(Objects.requireNonNull(type, "type"));
  }

  // ---------------------------------------------------------------- appointments

  @Override
  public List<AppointmentSlot> listSlots(ServiceCode serviceCode, LocalDate from, LocalDate to) {
    ServiceCode service = offered(serviceCode);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= config.maxSlotDays()) {
      throw MppValidationException.of("to", "imigrasi.slotRange",
          "to must not be before from, and the range at most " + config.maxSlotDays() + " days");
    }
    JsonAnswer answer = JsonAnswer.of(agency(), http.send(AgencyRequest.get(office()
        + "/jadwal?layanan=" + service.value() + "&dari=" + from + "&sampai=" + to)));
    return answer.objects("data").stream().map(s -> new AppointmentSlot(service,
        s.date("tanggal"), s.time("mulai"), s.time("selesai"), s.integer("kapasitas"),
        s.integer("tersedia"))).toList();
  }

  @Override
  public AgencyQuota getQuota(ServiceCode serviceCode, LocalDate date) {
    ServiceCode service = offered(serviceCode);
    Objects.requireNonNull(date, "date");
    JsonAnswer answer = notFoundAs("quota", service.value() + "@" + date, () -> JsonAnswer.of(
        agency(), http.send(AgencyRequest.get(office() + "/kuota?layanan=" + service.value()
            + "&tanggal=" + date))));
    return new AgencyQuota(service, answer.date("tanggal"), answer.integer("kuota"),
        answer.integer("terpakai"));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The request must carry the citizen's NIK. Imigrasi books only sessions of working days from
   * tomorrow on; another day is refused ({@link AgencyRejectedException},
   * {@code JADWAL_TIDAK_TERSEDIA}).
   */
  @Override
  public AppointmentConfirmation book(AppointmentRequest request) {
    Objects.requireNonNull(request, "request");
    ServiceCode service = offered(request.serviceCode());
    if (request.nik() == null) {
      throw MppValidationException.of("nik", "imigrasi.nik.required",
          "a passport appointment is booked for the citizen's NIK");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("layanan", service.value());
    body.put("tanggal", request.date().toString());
    body.put("mulai", request.start().toString());
    body.put("nik", request.nik().value());
    body.put("nomorPermohonanMpp", request.trackingNumber());
    JsonAnswer answer;
    try {
      answer = JsonAnswer.of(agency(), post(http, office() + "/janji-temu", body,
          request.idempotencyKey(), request.trackingNumber()));
    } catch (AgencyRejectedException e) {
      throw quotaOr(e, service, request.date());
    }
    return new AppointmentConfirmation(answer.text("kodeBooking"), answer.date("tanggal"),
        answer.time("mulai"), answer.time("selesai"), answer.findText("catatan").orElse(null));
  }

  private RuntimeException quotaOr(AgencyRejectedException e, ServiceCode service,
      LocalDate date) {
    String code = e.agencyCode().orElse("");
    if (code.equals("KUOTA_PENUH")) {
      return new QuotaExceededException("daily_quota", "the daily quota of " + service + " at "
          + config.officeCode() + " on " + date + " is full; choose another day");
    }
    if (code.equals("SLOT_PENUH")) {
      return new QuotaExceededException("slot", "the session of " + service + " at "
          + config.officeCode() + " on " + date + " is full; choose another session");
    }
    return e;
  }

  @Override
  public void cancelBooking(String bookingReference, String idempotencyKey) {
    String code = reference(bookingReference, "bookingReference", "imigrasi.reference.format");
    notFoundAs("booking", code, () -> post(http, BASE + "/janji-temu/" + code + "/batal",
        Map.of(), idempotencyKey, null));
  }

  // ---------------------------------------------------------------- applications

  /**
   * {@inheritDoc}
   *
   * <p>The form fields {@code jenisPaspor} and {@code kodeBooking} are checked first, both
   * mistakes reported together and nothing sent. The receipt's note gives the PNBP Imigrasi bills.
   */
  @Override
  public SubmissionReceipt submit(ApplicationSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    offered(submission.serviceCode());
    List<Violation> violations = new ArrayList<>();
    Optional<PassportType> type = PassportType.fromNative(
        submission.fields().get(PASSPORT_TYPE_FIELD));
    if (type.isEmpty()) {
      violations.add(new Violation("fields." + PASSPORT_TYPE_FIELD, "imigrasi.passportType",
          "must be BIASA_48, ELEKTRONIK_48 or ELEKTRONIK_POLIKARBONAT"));
    }
    String booking = submission.fields().get(BOOKING_FIELD);
    if (booking == null || !booking.matches("[A-Z0-9-]{1,40}")) {
      violations.add(new Violation("fields." + BOOKING_FIELD, "imigrasi.bookingCode",
          "must be the booking code of the appointment"));
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nomorPermohonanMpp", submission.trackingNumber());
    body.put("layanan", submission.serviceCode().value());
    body.put("jenisPaspor", type.get().nativeName());
    body.put("kodeBooking", booking);
    body.put("nik", submission.applicant().nik().value());
    JsonAnswer answer = JsonAnswer.of(agency(), post(http, BASE + "/permohonan", body,
        submission.idempotencyKey(), submission.trackingNumber()));
    return STATUSES.receipt(answer.text("nomorPermohonan"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    String reference = reference(agencyReference, "agencyReference", "imigrasi.reference.format");
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/permohonan/" + reference)))));
  }

  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey) {
    String reference = reference(agencyReference, "agencyReference", "imigrasi.reference.format");
    Map<String, Object> body = Map.of("alasan", Objects.requireNonNull(reason, "reason"));
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        post(http, BASE + "/permohonan/" + reference + "/batal", body, idempotencyKey, null))));
  }

  private AgencyStatusReport report(JsonAnswer answer) {
    return STATUSES.report(answer.text("nomorPermohonan"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  /** The officer's note, else the PNBP to pay while payment is due or before it. */
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
    Fee published = s.delivery().fee();
    List<FeeItem> items = new ArrayList<>();
    for (PassportType type : PassportType.values()) {
      items.add(new FeeItem(type.displayName(), fees.get(type)));
    }
    Fee fee = new Fee(published.type(), items, published.legalBasis(), published.note());
    DeliveryStandard d = s.delivery();
    return new ServiceDefinition(s.code(), s.agencyId(), s.name(), s.summary(), s.targetGroup(),
        s.channel(), s.onlineMaturityLevel(), s.keywords(), s.version(),
        new DeliveryStandard(d.requirements(), d.procedure(), d.processingTime(), fee,
            d.product(), d.complaintChannels()), s.management());
  }

  private ServiceCode offered(ServiceCode code) {
    Objects.requireNonNull(code, "serviceCode");
    if (services.stream().noneMatch(s -> s.code().equals(code))) {
      throw MppValidationException.of("serviceCode", "imigrasi.serviceCode.unknown",
          "Imigrasi does not offer this service through the adapter");
    }
    return code;
  }

  // ---------------------------------------------------------------- plumbing

  private String office() {
    return BASE + "/kantor/" + config.officeCode();
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
    return "ImigrasiAdapter[" + config + "]";
  }
}
