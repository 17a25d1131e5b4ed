package id.mpp.sdk.adapters.kemenag;

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
import id.mpp.sdk.catalogue.FeeType;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.time.MissingYearPolicy;
import id.mpp.sdk.time.SiteZone;
import id.mpp.sdk.time.WorkingCalendar;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Kemenag adapter: marriage registration at the KUA kecamatan serving an MPP, and the hajj
 * waiting queue. The API is not public; this follows a plausible design (a JSON API under
 * {@code /kua/v1} and {@code /haji/v1}, authenticated with an API key, {@code X-Api-Key}).
 *
 * <ul>
 *   <li>{@link ApplicationsCapability}: a pendaftaran kehendak nikah for service
 *       {@code KEMENAG-PENDAFTARAN-NIKAH} with the form fields {@code nikCalonSuami},
 *       {@code nikCalonIstri}, {@code tanggalAkad} ({@code yyyy-MM-dd}), {@code jamAkad}
 *       ({@code HH:mm}), {@code tempatAkad} ({@code KUA} or {@code LUAR_KUA}) and, outside the
 *       KUA, {@code alamatAkad}. The akad must lie at least {@code minimumNoticeWorkingDays}
 *       whole working days after the registration day ({@link #earliestAkadDate}). Native
 *       statuses: {@code DIDAFTARKAN} RECEIVED; {@code PEMERIKSAAN}, {@code MENUNGGU_PEMBAYARAN},
 *       {@code PENGUMUMAN} (the public notice of the intended marriage), {@code SIAP_AKAD}
 *       IN_PROCESS; {@code BERKAS_DIKEMBALIKAN} NEEDS_REVISION; {@code TERCATAT} (married,
 *       buku nikah handed over at the akad) COMPLETED; {@code DITOLAK} REJECTED;
 *       {@code DIBATALKAN} CANCELLED.
 *   <li>{@link #marriageFee}: free at the KUA in office hours on a working day, otherwise the
 *       configured PNBP.
 *   <li>{@link #getHajjQueue}: a registration's place in the hajj queue by nomor porsi, with the
 *       estimated departure year.
 *   <li>{@link CatalogueCapability}: the Standar Pelayanan of the marriage registration (with the
 *       configured PNBP) and of the hajj queue information.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class KemenagAdapter implements AgencyAdapter, CatalogueCapability,
    ApplicationsCapability {

  /** The base path of the KUA API. */
  static final String KUA = "/kua/v1";
  /** The base path of the hajj API. */
  static final String HAJI = "/haji/v1";
  /** The marriage registration service. */
  public static final ServiceCode MARRIAGE = ServiceCode.of("KEMENAG-PENDAFTARAN-NIKAH");
  /** Form field: the NIK of the groom (calon suami). */
  public static final String GROOM_NIK_FIELD = "nikCalonSuami";
  /** Form field: the NIK of the bride (calon istri). */
  public static final String BRIDE_NIK_FIELD = "nikCalonIstri";
  /** Form field: the day of the akad, {@code yyyy-MM-dd}. */
  public static final String DATE_FIELD = "tanggalAkad";
  /** Form field: the time of the akad, {@code HH:mm}. */
  public static final String TIME_FIELD = "jamAkad";
  /** Form field: the venue, {@code KUA} or {@code LUAR_KUA}. */
  public static final String VENUE_FIELD = "tempatAkad";
  /** Form field: the address of an akad outside the KUA. */
  public static final String ADDRESS_FIELD = "alamatAkad";

  /** The registration statuses of the KUA and what they mean canonically. */
  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "DIDAFTARKAN")
      .map(ApplicationStatus.IN_PROCESS, "PEMERIKSAAN", "MENUNGGU_PEMBAYARAN", "PENGUMUMAN",
          "SIAP_AKAD")
      .map(ApplicationStatus.NEEDS_REVISION, "BERKAS_DIKEMBALIKAN")
      .map(ApplicationStatus.COMPLETED, "TERCATAT")
      .map(ApplicationStatus.REJECTED, "DITOLAK")
      .map(ApplicationStatus.CANCELLED, "DIBATALKAN")
      .build();

  private static final Map<String, HajjQueuePosition.Status> HAJJ_STATUSES = Map.of(
      "MENUNGGU", HajjQueuePosition.Status.WAITING,
      "BERANGKAT_TAHUN_BERJALAN", HajjQueuePosition.Status.CALLED_UP,
      "SUDAH_BERANGKAT", HajjQueuePosition.Status.DEPARTED,
      "BATAL", HajjQueuePosition.Status.CANCELLED);

  private final AdapterDescriptor descriptor;
  private final KemenagConfig config;
  private final Pattern portionNumber;
  private final AgencyHttpClient http;
  private final Clock clock;
  private final WorkingCalendar calendar;
  private final List<ServiceDefinition> services;

  KemenagAdapter(AdapterContext<KemenagConfig> context) {
    this.descriptor = context.descriptor();
    this.config = context.config();
    this.clock = context.clock();
    this.portionNumber = Pattern.compile(config.portionNumberPattern());
    // Years without bundled holiday data count weekends only: the KUA's own check then decides.
    this.calendar = WorkingCalendar.builder().zone(SiteZone.of(context.zone()))
        .missingYearPolicy(MissingYearPolicy.WEEKLY_SCHEDULE_ONLY).build();
    this.http = context.httpClient(httpConfig(config.baseUrl(),
        AuthScheme.apiKey("X-Api-Key", config.apiKey()), config.deadline()));
    this.services = CatalogueResource.load(KemenagAdapter.class, "catalogue.json",
        descriptor.agencyId()).stream().map(this::withConfiguredFee).toList();
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  // ---------------------------------------------------------------- marriage rules

  /**
   * The PNBP of a marriage: free at the KUA in office hours on a working day, otherwise
   * {@code feeOutsideKua}.
   *
   * @param venue where the akad is held
   * @param date the day of the akad
   * @param time the time of the akad
   * @return the PNBP, {@link Rupiah#ZERO} when free
   */
  public Rupiah marriageFee(MarriageVenue venue, LocalDate date, LocalTime time) {
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    boolean inOfficeHours = calendar.isWorkingDay(date) && !time.isBefore(config.officeHoursStart())
        && time.isBefore(config.officeHoursEnd());
    return venue == MarriageVenue.AT_KUA && inOfficeHours ? Rupiah.ZERO
        : Rupiah.of(config.feeOutsideKua());
  }

  /**
   * The first day an akad may be held when the kehendak nikah is registered on a day: at least
   * {@code minimumNoticeWorkingDays} whole working days must lie between them.
   *
   * @param registrationDay the day of registration
   * @return the earliest day of the akad
   */
  public LocalDate earliestAkadDate(LocalDate registrationDay) {
    Objects.requireNonNull(registrationDay, "registrationDay");
    LocalDate day = registrationDay.plusDays(1);
    while (calendar.workingDaysBetween(registrationDay.plusDays(1), day)
        < config.minimumNoticeWorkingDays()) {
      day = day.plusDays(1);
    }
    return day;
  }

  // ---------------------------------------------------------------- hajj

  /**
   * A hajj registration's place in the waiting queue.
   *
   * @param portionNumber the nomor porsi
   * @return the position with its estimated departure year
   * @throws MppValidationException if the number does not have the configured form (nothing is
   *     sent)
   * @throws NotFoundException if Kemenag does not know it
   */
  public HajjQueuePosition getHajjQueue(String portionNumber) {
    if (portionNumber == null || !this.portionNumber.matcher(portionNumber).matches()) {
      throw MppValidationException.of("portionNumber", "kemenag.portionNumber.format",
          "a nomor porsi has the form configured in portionNumberPattern");
    }
    JsonAnswer p = notFoundAs("hajj registration", portionNumber, () -> JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(HAJI + "/porsi/" + portionNumber))));
    String status = p.text("status");
    return new HajjQueuePosition(p.text("nomorPorsi"), p.text("provinsi"),
        p.date("tanggalDaftar"), p.integer("perkiraanTahunBerangkat"),
        HAJJ_STATUSES.getOrDefault(status, HajjQueuePosition.Status.UNKNOWN), status);
  }

  // ---------------------------------------------------------------- applications

  /**
   * {@inheritDoc}
   *
   * <p>The form fields are checked first, every mistake reported together, no value quoted, and
   * nothing sent; an akad too soon is refused under {@code fields.tanggalAkad} with rule
   * {@code kemenag.notice}. Refusals of the KUA ({@link AgencyRejectedException} with its code):
   * {@code PEMBERITAHUAN_KURANG} (too short a notice by the KUA's own count),
   * {@code JADWAL_PENGHULU_PENUH}. The receipt's note gives the PNBP when there is one.
   */
  @Override
  public SubmissionReceipt submit(ApplicationSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    offered(submission.serviceCode());
    Map<String, String> fields = submission.fields();
    List<Violation> violations = new ArrayList<>();
    Nik groom = nik(fields, GROOM_NIK_FIELD, false, violations);
    Nik bride = nik(fields, BRIDE_NIK_FIELD, true, violations);
    LocalDate date = null;
    try {
      date = LocalDate.parse(Objects.requireNonNullElse(fields.get(DATE_FIELD), ""));
    } catch (DateTimeParseException e) {
      violations.add(new Violation("fields." + DATE_FIELD, "kemenag.date.format",
          "must be the day of the akad, yyyy-MM-dd"));
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
    if (date != null && date.isBefore(earliestAkadDate(today))) {
      violations.add(new Violation("fields." + DATE_FIELD, "kemenag.notice",
          "the kehendak nikah must be registered at least " + config.minimumNoticeWorkingDays()
              + " working days before the akad; the earliest day is " + earliestAkadDate(today)));
    }
    LocalTime time = null;
    try {
      time = LocalTime.parse(Objects.requireNonNullElse(fields.get(TIME_FIELD), ""));
    } catch (DateTimeParseException e) {
      violations.add(new Violation("fields." + TIME_FIELD, "kemenag.time.format",
          "must be the time of the akad, HH:mm"));
    }
    Optional<MarriageVenue> venue = MarriageVenue.fromNative(fields.get(VENUE_FIELD));
    if (venue.isEmpty()) {
      violations.add(new Violation("fields." + VENUE_FIELD, "kemenag.venue",
          "must be KUA or LUAR_KUA"));
    }
    String address = fields.get(ADDRESS_FIELD);
    if (venue.orElse(null) == MarriageVenue.OUTSIDE_KUA
        && (address == null || address.isBlank() || address.length() > 500)) {
      violations.add(new Violation("fields." + ADDRESS_FIELD, "kemenag.address.required",
          "an akad outside the KUA needs its address, at most 500 characters"));
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nomorPermohonanMpp", submission.trackingNumber());
    body.put("nikCalonSuami", groom.value());
    body.put("nikCalonIstri", bride.value());
    body.put("tanggalAkad", date.toString());
    body.put("jamAkad", time.toString());
    body.put("tempatAkad", venue.get().nativeName());
    body.put("alamatAkad", venue.get() == MarriageVenue.OUTSIDE_KUA ? address : null);
    body.put("nikPendaftar", submission.applicant().nik().value());
    JsonAnswer answer = JsonAnswer.of(agency(), post(http, KUA + "/" + config.kuaCode()
        + "/nikah", body, submission.idempotencyKey(), submission.trackingNumber()));
    return STATUSES.receipt(answer.text("nomorPendaftaran"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  private static Nik nik(Map<String, String> fields, String field, boolean female,
      List<Violation> violations) {
    String text = fields.get(field);
    if (text == null || !Nik.isValid(text)) {
      violations.add(new Violation("fields." + field, "kemenag.nik.format",
          "must be a valid 16-digit NIK"));
      return null;
    }
    Nik nik = Nik.parse(text);
    if (nik.female() != female) {
      violations.add(new Violation("fields." + field, "kemenag.nik.sex",
          female ? "the NIK of the calon istri must be a woman's"
              : "the NIK of the calon suami must be a man's"));
    }
    return nik;
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    String reference = reference(agencyReference, "agencyReference", "kemenag.reference.format");
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(KUA + "/nikah/" + reference)))));
  }

  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey) {
    String reference = reference(agencyReference, "agencyReference", "kemenag.reference.format");
    Map<String, Object> body = Map.of("alasan", Objects.requireNonNull(reason, "reason"));
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        post(http, KUA + "/nikah/" + reference + "/batal", body, idempotencyKey, null))));
  }

  private AgencyStatusReport report(JsonAnswer answer) {
    return STATUSES.report(answer.text("nomorPendaftaran"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()), note(answer));
  }

  /** The officer's note, else the PNBP when there is one. */
  private static String note(JsonAnswer answer) {
    return answer.findText("catatan").orElseGet(() -> answer.findRupiah("pnbp")
        .filter(fee -> !fee.isZero()).map(fee -> "PNBP " + fee).orElse(null));
  }

  // ---------------------------------------------------------------- catalogue

  @Override
  public List<ServiceDefinition> listServices() {
    return services;
  }

  private ServiceDefinition withConfiguredFee(ServiceDefinition s) {
    if (!s.code().equals(MARRIAGE)) {
      return s;
    }
    Fee published = s.delivery().fee();
    Fee fee = new Fee(FeeType.PNBP, List.of(
        new FeeItem("Nikah di KUA pada jam kerja", Rupiah.ZERO),
        new FeeItem("Nikah di luar KUA atau di luar jam kerja",
            Rupiah.of(config.feeOutsideKua()))), published.legalBasis(), published.note());
    DeliveryStandard d = s.delivery();
    return new ServiceDefinition(s.code(), s.agencyId(), s.name(), s.summary(), s.targetGroup(),
        s.channel(), s.onlineMaturityLevel(), s.keywords(), s.version(),
        new DeliveryStandard(d.requirements(), d.procedure(), d.processingTime(), fee,
            d.product(), d.complaintChannels()), s.management());
  }

  private void offered(ServiceCode code) {
    Objects.requireNonNull(code, "serviceCode");
    if (!code.equals(MARRIAGE)) {
      throw MppValidationException.of("serviceCode", "kemenag.serviceCode.unknown",
          "the Kemenag adapter takes applications for KEMENAG-PENDAFTARAN-NIKAH only");
    }
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
    return "KemenagAdapter[" + config + "]";
  }
}
