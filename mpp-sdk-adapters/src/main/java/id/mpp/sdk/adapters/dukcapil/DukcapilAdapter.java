package id.mpp.sdk.adapters.dukcapil;

import static id.mpp.sdk.adapters.internal.json.AgencyCalls.httpConfig;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.notFoundAs;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.post;
import static id.mpp.sdk.adapters.internal.json.AgencyCalls.reference;

import id.mpp.sdk.AgencyProtocolException;
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
import id.mpp.sdk.adapter.ElementMatch;
import id.mpp.sdk.adapter.IdentityCapability;
import id.mpp.sdk.adapter.IdentityCheck;
import id.mpp.sdk.adapter.IdentityElement;
import id.mpp.sdk.adapter.IdentityMatch;
import id.mpp.sdk.adapter.StatusMapping;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.adapters.internal.catalogue.CatalogueResource;
import id.mpp.sdk.adapters.internal.json.JsonAnswer;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AgencyResponse;
import id.mpp.sdk.http.AuthScheme;
import id.mpp.sdk.http.CallOptions;
import id.mpp.sdk.http.HmacSigning;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.NomorKk;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dukcapil adapter: population data at the Disdukcapil counter of an MPP. The API is not
 * public; verification mirrors the verify-by-element web service granted under a PKS
 * (Permendagri 102/2019), every request signed with the core HMAC-SHA256 scheme
 * ({@link HmacSigning}).
 *
 * <ul>
 *   <li>{@link IdentityCapability}: checks claimed elements of a NIK (name, birth date and place,
 *       mother's name, address, gender, KK number) against the record at a threshold and returns
 *       per element whether it matched and its score, never the record. The NIK's structure and
 *       every claimed value are checked before anything is sent.
 *   <li>{@link ApplicationsCapability}: KTP-el ({@code DUKCAPIL-KTP-EL-BARU}), KK
 *       ({@code DUKCAPIL-KK-BARU}, form field {@code alasanPenerbitan}) and akta kelahiran
 *       ({@code DUKCAPIL-AKTA-LAHIR}, form fields {@code namaAnak} and
 *       {@code tanggalLahirAnak}); statuses {@code DITERIMA} RECEIVED; {@code VERIFIKASI},
 *       {@code PEREKAMAN_BIOMETRIK}, {@code PENCETAKAN} IN_PROCESS; {@code BERKAS_DIKEMBALIKAN}
 *       NEEDS_REVISION; {@code SIAP_DIAMBIL} READY_FOR_PICKUP; {@code DIAMBIL} COMPLETED;
 *       {@code DITOLAK} REJECTED; {@code DIBATALKAN} CANCELLED.
 *   <li>{@link CatalogueCapability}: the Standar Pelayanan of those three services.
 * </ul>
 *
 * <p>Personal data: NIKs, names and the claimed values go only into request bodies; they never
 * reach a path, a log line, an error or {@link #toString()}. Thread-safe.
 */
public final class DukcapilAdapter implements AgencyAdapter, CatalogueCapability,
    IdentityCapability, ApplicationsCapability {

  /** The base path of the API. */
  static final String BASE = "/dukcapil/v1";
  /** Form field of a KK application: why the KK is issued. */
  public static final String KK_REASON_FIELD = "alasanPenerbitan";
  /** Form field of a birth-certificate application: the child's full name. */
  public static final String CHILD_NAME_FIELD = "namaAnak";
  /** Form field of a birth-certificate application: the child's birth date, yyyy-MM-dd. */
  public static final String CHILD_BIRTH_DATE_FIELD = "tanggalLahirAnak";

  /** The reasons a KK is issued, as Dukcapil writes them (UNCONFIRMED list). */
  static final Set<String> KK_REASONS = Set.of("BARU_MENIKAH", "PISAH_KK", "HILANG_RUSAK",
      "PERUBAHAN_DATA", "PINDAH_DATANG");
  /** The answer code of the verification for a NIK without a record. */
  static final String NIK_NOT_FOUND = "13";

  /** The application statuses of Dukcapil and what they mean canonically. */
  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "DITERIMA")
      .map(ApplicationStatus.IN_PROCESS, "VERIFIKASI", "PEREKAMAN_BIOMETRIK", "PENCETAKAN")
      .map(ApplicationStatus.NEEDS_REVISION, "BERKAS_DIKEMBALIKAN")
      .map(ApplicationStatus.READY_FOR_PICKUP, "SIAP_DIAMBIL")
      .map(ApplicationStatus.COMPLETED, "DIAMBIL")
      .map(ApplicationStatus.REJECTED, "DITOLAK")
      .map(ApplicationStatus.CANCELLED, "DIBATALKAN")
      .build();

  private static final Map<IdentityElement, String> WIRE_ELEMENTS = Map.of(
      IdentityElement.FULL_NAME, "NAMA_LGKP", IdentityElement.BIRTH_DATE, "TGL_LHR",
      IdentityElement.BIRTH_PLACE, "TMPT_LHR", IdentityElement.MOTHER_NAME, "NAMA_LGKP_IBU",
      IdentityElement.ADDRESS, "ALAMAT", IdentityElement.GENDER, "JENIS_KLMIN",
      IdentityElement.FAMILY_CARD_NUMBER, "NO_KK");
  private static final DateTimeFormatter WIRE_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
  private static final Pattern RESULT = Pattern.compile("(Sesuai|Tidak Sesuai) \\((\\d{1,3})\\)");

  private final AdapterDescriptor descriptor;
  private final DukcapilConfig config;
  private final AgencyHttpClient http;
  private final Clock clock;
  private final List<ServiceDefinition> services;

  DukcapilAdapter(AdapterContext<DukcapilConfig> context) {
    this.descriptor = context.descriptor();
    this.config = context.config();
    this.clock = context.clock();
    this.http = context.httpClient(httpConfig(config.baseUrl(),
        AuthScheme.hmac(HmacSigning.sha256(config.keyId(), config.signingSecret())),
        config.deadline()));
    this.services = CatalogueResource.load(DukcapilAdapter.class, "catalogue.json",
        descriptor.agencyId());
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  // ---------------------------------------------------------------- identity

  /**
   * {@inheritDoc}
   *
   * <p>Checked before anything is sent, every mistake reported together without the value: the
   * threshold (at least the configured minimum, at most 100), the purpose, and each claimed value
   * ({@code claimed.BIRTH_DATE} an ISO date, {@code claimed.GENDER} {@code LAKI-LAKI} or
   * {@code PEREMPUAN}, {@code claimed.FAMILY_CARD_NUMBER} a KK number, no {@code UNKNOWN}
   * element). A NIK without a record is an answer ({@link IdentityMatch#nikFound()} false), not an
   * error. A withdrawn access right (HTTP 403) is an
   * {@link id.mpp.sdk.AgencyAuthenticationException}; another refusal inside the answer
   * ({@code RESPONSE_CODE}, for example {@code 11} NIK invalid) an {@link AgencyRejectedException}
   * with Dukcapil's code.
   */
  @Override
  public IdentityMatch verify(IdentityCheck check) {
    Objects.requireNonNull(check, "check");
    Map<String, Object> body = verificationBody(check);
    AgencyResponse response = http.send(AgencyRequest.post(BASE + "/verifikasi-elemen", body)
        .withOptions(CallOptions.defaults()
            .withIdempotencyKey("verifikasi-" + UUID.randomUUID())));
    List<JsonAnswer> content = JsonAnswer.of(agency(), response).objects("content");
    if (content.size() != 1) {
      throw new AgencyProtocolException(agency(), response.requestId(),
          "field 'content' must hold exactly one object", null);
    }
    JsonAnswer answer = content.get(0);
    Optional<String> code = answer.findText("RESPONSE_CODE");
    if (code.isPresent()) {
      if (code.get().equals(NIK_NOT_FOUND)) {
        return new IdentityMatch(false, Map.of());
      }
      throw new AgencyRejectedException(agency(), response.requestId(), response.status(),
          code.get(), answer.findText("RESPONSE").orElse(null));
    }
    Map<IdentityElement, ElementMatch> results = new EnumMap<>(IdentityElement.class);
    for (IdentityElement element : check.claimed().keySet()) {
      String wire = WIRE_ELEMENTS.get(element);
      Matcher m = RESULT.matcher(answer.text(wire));
      int score = m.matches() ? Integer.parseInt(m.group(2)) : -1;
      if (score < 0 || score > 100) {
        throw new AgencyProtocolException(agency(), response.requestId(), "field 'content[0]."
            + wire + "' is not 'Sesuai (n)' or 'Tidak Sesuai (n)'", null);
      }
      results.put(element, new ElementMatch(m.group(1).equals("Sesuai"), score));
    }
    return new IdentityMatch(true, results);
  }

  private Map<String, Object> verificationBody(IdentityCheck check) {
    List<Violation> violations = new ArrayList<>();
    if (check.thresholdPercent() < config.minimumThreshold() || check.thresholdPercent() > 100) {
      violations.add(new Violation("thresholdPercent", "dukcapil.threshold",
          "must be between " + config.minimumThreshold() + " and 100"));
    }
    if (check.purpose().isBlank() || check.purpose().length() > 200) {
      violations.add(new Violation("purpose", "dukcapil.purpose",
          "state why the data is checked, in at most 200 characters"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("NIK", check.nik().value());
    body.put("TRESHOLD", check.thresholdPercent());
    body.put("TUJUAN", check.purpose());
    for (Map.Entry<IdentityElement, String> claim : new EnumMap<>(check.claimed()).entrySet()) {
      IdentityElement element = claim.getKey();
      String value = claim.getValue() == null ? "" : claim.getValue().strip();
      String field = "claimed." + element.name();
      if (element == IdentityElement.UNKNOWN) {
        violations.add(new Violation(field, "dukcapil.element", "is not an element Dukcapil"
            + " checks"));
        continue;
      }
      if (value.isEmpty() || value.length() > 500) {
        violations.add(new Violation(field, "dukcapil.element.blank",
            "must hold 1-500 characters"));
        continue;
      }
      switch (element) {
        case BIRTH_DATE -> {
          try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(LocalDate.now(clock))) {
              violations.add(new Violation(field, "dukcapil.birthDate.future",
                  "must not be in the future"));
            }
            value = date.format(WIRE_DATE);
          } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "dukcapil.birthDate.format",
                "must be a date yyyy-MM-dd"));
          }
        }
        case GENDER -> {
          if (!value.equals("LAKI-LAKI") && !value.equals("PEREMPUAN")) {
            violations.add(new Violation(field, "dukcapil.gender",
                "must be LAKI-LAKI or PEREMPUAN"));
          }
        }
        case FAMILY_CARD_NUMBER -> {
          if (!NomorKk.isValid(value)) {
            violations.add(new Violation(field, "dukcapil.familyCard.format",
                "must be a 16-digit KK number"));
          }
        }
        default -> value = value.toUpperCase(java.util.Locale.ROOT);
      }
      body.put(WIRE_ELEMENTS.get(element), value);
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    return body;
  }

  // ---------------------------------------------------------------- applications

  /**
   * {@inheritDoc}
   *
   * <p>The service's form fields are checked first, every mistake reported together and nothing
   * sent. Dukcapil refuses ({@link AgencyRejectedException} with its code) a NIK without a record
   * ({@code NIK_TIDAK_DITEMUKAN}, HTTP 404) and a second KTP-el while one is in progress
   * ({@code PERMOHONAN_AKTIF}).
   */
  @Override
  public SubmissionReceipt submit(ApplicationSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    String service = offered(submission.serviceCode()).value();
    Map<String, String> fields = submission.fields();
    List<Violation> violations = new ArrayList<>();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nomorPermohonanMpp", submission.trackingNumber());
    body.put("layanan", service);
    body.put("nik", submission.applicant().nik().value());
    body.put("namaLengkap", submission.applicant().fullName());
    if (service.equals("DUKCAPIL-KK-BARU")) {
      String reason = fields.get(KK_REASON_FIELD);
      if (reason == null || !KK_REASONS.contains(reason)) {
        violations.add(new Violation("fields." + KK_REASON_FIELD, "dukcapil.kkReason",
            "must be BARU_MENIKAH, PISAH_KK, HILANG_RUSAK, PERUBAHAN_DATA or PINDAH_DATANG"));
      }
      body.put(KK_REASON_FIELD, reason);
    }
    if (service.equals("DUKCAPIL-AKTA-LAHIR")) {
      String child = fields.get(CHILD_NAME_FIELD);
      if (child == null || child.isBlank() || child.length() > 200) {
        violations.add(new Violation("fields." + CHILD_NAME_FIELD, "dukcapil.childName",
            "must hold the child's full name, at most 200 characters"));
      }
      String born = fields.get(CHILD_BIRTH_DATE_FIELD);
      try {
        if (LocalDate.parse(Objects.requireNonNullElse(born, "")).isAfter(LocalDate.now(clock))) {
          violations.add(new Violation("fields." + CHILD_BIRTH_DATE_FIELD,
              "dukcapil.childBirthDate.future", "must not be in the future"));
        }
      } catch (DateTimeParseException e) {
        violations.add(new Violation("fields." + CHILD_BIRTH_DATE_FIELD,
            "dukcapil.childBirthDate.format", "must be a date yyyy-MM-dd"));
      }
      body.put(CHILD_NAME_FIELD, child);
      body.put(CHILD_BIRTH_DATE_FIELD, born);
    }
    if (!violations.isEmpty()) {
      throw new MppValidationException(violations);
    }
    JsonAnswer answer = JsonAnswer.of(agency(), post(http, BASE + "/permohonan", body,
        submission.idempotencyKey(), submission.trackingNumber()));
    return STATUSES.receipt(answer.text("nomorPermohonan"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()),
        answer.findText("catatan").orElse(null));
  }

  @Override
  public AgencyStatusReport getStatus(String agencyReference) {
    String reference = reference(agencyReference, "agencyReference", "dukcapil.reference.format");
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        http.send(AgencyRequest.get(BASE + "/permohonan/" + reference)))));
  }

  @Override
  public AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey) {
    String reference = reference(agencyReference, "agencyReference", "dukcapil.reference.format");
    Map<String, Object> body = Map.of("alasan", Objects.requireNonNull(reason, "reason"));
    return notFoundAs("application", reference, () -> report(JsonAnswer.of(agency(),
        post(http, BASE + "/permohonan/" + reference + "/batal", body, idempotencyKey, null))));
  }

  private AgencyStatusReport report(JsonAnswer answer) {
    return STATUSES.report(answer.text("nomorPermohonan"), answer.text("status"),
        answer.findInstant("diperbaruiPada").orElse(clock.instant()),
        answer.findText("catatan").orElse(null));
  }

  // ---------------------------------------------------------------- catalogue

  @Override
  public List<ServiceDefinition> listServices() {
    return services;
  }

  private ServiceCode offered(ServiceCode code) {
    Objects.requireNonNull(code, "serviceCode");
    if (services.stream().noneMatch(s -> s.code().equals(code))) {
      throw MppValidationException.of("serviceCode", "dukcapil.serviceCode.unknown",
          "Dukcapil does not offer this service through the adapter");
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
    return "DukcapilAdapter[" + config + "]";
  }
}
