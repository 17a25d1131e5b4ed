package id.mpp.sdk.testkit.agencies;

import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.codeAndMessage;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.json;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.last;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.segment;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.testkit.simulator.Route;
import id.mpp.sdk.testkit.simulator.Routes;
import id.mpp.sdk.testkit.simulator.SimulatedRequest;
import id.mpp.sdk.testkit.simulator.SimulatedResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A simulated Dukcapil API: verification of population data by element, as granted to an
 * institution under a PKS (Permendagri 102/2019), and KTP-el, KK and akta kelahiran applications.
 * The real API is not public; the verification mirrors the shape of the verify-by-element web
 * service (flat upper-case keys, {@code TRESHOLD} (sic), an answer {@code {"content":[{…}]}} whose
 * elements read {@code "Sesuai (92)"} or {@code "Tidak Sesuai (40)"}, a refusal inside the content
 * as {@code RESPONSE_CODE} and {@code RESPONSE}: {@code 11} NIK invalid, {@code 13} NIK not found).
 * It never returns the record, only match results.
 *
 * <p>Every request must be HMAC-signed as the core {@code HmacSigning} scheme signs
 * ({@code X-Key-Id}, {@code X-Timestamp} within 5 minutes of the simulator's clock,
 * {@code X-Signature}); otherwise 401. {@link #revokeAccess()} withdraws the institution's access
 * right (403 {@code AKSES_DITOLAK}), as happens on a PKS breach.
 *
 * <p>Names, places, addresses and mothers' names are compared fuzzily (a similarity from the edit
 * distance of the upper-case texts, 0-100); birth date, gender and KK number exactly (100 or 0).
 * Applications move along {@link State} through {@link #advance}; a KTP-el passes through the
 * biometric recording, a KK or an akta does not. Mutating calls need an {@code Idempotency-Key}.
 * State is reset before every test.
 */
public final class DukcapilSimulator extends AgencySimulator {

  /** The base path of the API. */
  public static final String BASE = "/dukcapil/v1";
  /** The agency id it plays. */
  public static final String AGENCY_ID = "dukcapil";
  /** The services it takes applications for. */
  public static final Set<String> SERVICES = Set.of("DUKCAPIL-KTP-EL-BARU", "DUKCAPIL-KK-BARU",
      "DUKCAPIL-AKTA-LAHIR");

  private static final long MAX_SKEW_SECONDS = 300;
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final DateTimeFormatter WIRE_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
  private static final Set<String> EXACT = Set.of("TGL_LHR", "JENIS_KLMIN", "NO_KK");
  private static final Set<String> ELEMENTS = Set.of("NAMA_LGKP", "TGL_LHR", "TMPT_LHR",
      "NAMA_LGKP_IBU", "ALAMAT", "JENIS_KLMIN", "NO_KK");

  private final String keyId;
  private final String secret;
  private final Map<String, Resident> residents = new LinkedHashMap<>();
  private final Map<String, Application> applications = new LinkedHashMap<>();
  private final IdempotencyLedger ledger = new IdempotencyLedger(IdempotencyLedger::codeAndMessage);
  private boolean accessRevoked;
  private int verifications;
  private long sequence;

  /**
   * A simulated Dukcapil granting one institution access.
   *
   * @param clock the clock (signature freshness, dates)
   * @param keyId the access id the MPP sends in {@code X-Key-Id}
   * @param secret the shared HMAC secret
   */
  public DukcapilSimulator(Clock clock, String keyId, String secret) {
    super(AGENCY_ID, clock);
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.secret = Objects.requireNonNull(secret, "secret");
  }

  // ---------------------------------------------------------------- test controls

  /**
   * Adds a resident's record to the population database.
   *
   * @param resident the record
   */
  public synchronized void addResident(Resident resident) {
    residents.put(resident.nik(), Objects.requireNonNull(resident, "resident"));
  }

  /** Withdraws the institution's access right: every call is refused from now on. */
  public synchronized void revokeAccess() {
    accessRevoked = true;
  }

  /** @return how many verifications were answered since the last reset */
  public synchronized int verifications() {
    return verifications;
  }

  /** @return every application, in the order received */
  public synchronized List<Application> applications() {
    return List.copyOf(applications.values());
  }

  /**
   * The back office moves an application on.
   *
   * @param applicationId the application
   * @param to the next state
   * @param note the officer's note without personal data, or {@code null}
   * @throws IllegalStateException if the service's flow does not allow the step
   */
  public synchronized void advance(String applicationId, State to, String note) {
    Application a = applications.get(applicationId);
    if (a == null) {
      throw new IllegalArgumentException("no application with that id");
    }
    if (!allowed(a, to)) {
      throw new IllegalStateException("a " + a.service() + " application cannot go from "
          + a.state() + " to " + to);
    }
    applications.put(a.id(), a.moved(to, note, clock().instant()));
  }

  @Override
  protected synchronized void resetState() {
    residents.clear();
    applications.clear();
    ledger.clear();
    accessRevoked = false;
    verifications = 0;
    sequence = 0;
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.post(BASE + "/verifikasi-elemen", signed(this::verify))
        .post(BASE + "/permohonan", signed(r -> ledger.once(r, List.of("nomorPermohonanMpp",
            "layanan", "nik"), this::submit)))
        .get(BASE + "/permohonan/[A-Z0-9-]+", signed(this::application))
        .post(BASE + "/permohonan/[A-Z0-9-]+/batal", signed(r -> ledger.once(r, List.of(),
            this::cancel)));
  }

  // ---------------------------------------------------------------- signature and access

  private Route signed(Route handler) {
    return request -> {
      synchronized (this) {
        Optional<String> refusal = signatureRefusal(request);
        if (refusal.isPresent()) {
          return codeAndMessage(401, refusal.get(), "permintaan tidak ditandatangani dengan benar");
        }
        if (accessRevoked) {
          return codeAndMessage(403, "AKSES_DITOLAK", "hak akses instansi dicabut");
        }
        return handler.handle(request);
      }
    };
  }

  private Optional<String> signatureRefusal(SimulatedRequest request) {
    if (!request.header("X-Key-Id").map(keyId::equals).orElse(false)) {
      return Optional.of("KEY_ID_TIDAK_DIKENAL");
    }
    String timestamp = request.header("X-Timestamp").orElse("");
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return Optional.of("TIMESTAMP_TIDAK_VALID");
    }
    if (Math.abs(clock().instant().getEpochSecond() - seconds) > MAX_SKEW_SECONDS) {
      return Optional.of("TIMESTAMP_KEDALUWARSA");
    }
    String toSign = request.method() + "\n" + request.pathAndQuery() + "\n" + timestamp + "\n"
        + request.header("X-Request-Id").orElse("") + "\n" + sha256Hex(request.body());
    String expected;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      expected = Base64.getEncoder().encodeToString(
          mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
    boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        request.header("X-Signature").orElse("").getBytes(StandardCharsets.UTF_8));
    return matches ? Optional.empty() : Optional.of("SIGNATURE_TIDAK_VALID");
  }

  private static String sha256Hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  // ---------------------------------------------------------------- verification

  private SimulatedResponse verify(SimulatedRequest request) {
    JsonNode body = json(request);
    if (body == null) {
      return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID", "badan permintaan bukan objek JSON");
    }
    String nik = body.path("NIK").asText("");
    if (nik.isBlank()) {
      return content(Map.of("RESPONSE_CODE", "11", "RESPONSE", "NIK Tidak Boleh Kosong"));
    }
    if (!nik.matches("\\d{16}")) {
      return content(Map.of("RESPONSE_CODE", "11", "RESPONSE", "NIK tidak valid"));
    }
    int threshold = body.path("TRESHOLD").asInt(-1);
    if (!body.path("TRESHOLD").isInt() || threshold < 0 || threshold > 100
        || body.path("TUJUAN").asText("").isBlank()) {
      return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID", "TRESHOLD (0-100) dan TUJUAN wajib");
    }
    verifications++;
    Resident r = residents.get(nik);
    if (r == null) {
      return content(Map.of("RESPONSE_CODE", "13", "RESPONSE", "Data Tidak Ditemukan"));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    for (String element : ELEMENTS) {
      if (body.hasNonNull(element)) {
        int score = score(element, body.get(element).asText(), r.element(element));
        result.put(element, (score >= threshold ? "Sesuai" : "Tidak Sesuai") + " (" + score
            + ")");
      }
    }
    return content(result);
  }

  private static SimulatedResponse content(Map<String, Object> object) {
    return SimulatedResponse.json(200, Map.of("content", List.of(object)));
  }

  private static int score(String element, String claimed, String recorded) {
    String a = normalise(claimed);
    String b = normalise(recorded);
    if (EXACT.contains(element)) {
      return a.equals(b) ? 100 : 0;
    }
    int longest = Math.max(a.length(), b.length());
    return longest == 0 ? 100 : (int) Math.round(100.0 * (longest - distance(a, b)) / longest);
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  /** Levenshtein edit distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  // ---------------------------------------------------------------- applications

  private SimulatedResponse submit(SimulatedRequest request, JsonNode body) {
    String tracking = body.path("nomorPermohonanMpp").asText("");
    String service = body.path("layanan").asText("");
    String nik = body.path("nik").asText("");
    if (tracking.isBlank() || !SERVICES.contains(service) || !nik.matches("\\d{16}")) {
      return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID",
          "nomorPermohonanMpp, layanan dan nik wajib dan harus valid");
    }
    if (service.equals("DUKCAPIL-AKTA-LAHIR") && (body.path("namaAnak").asText("").isBlank()
        || body.path("tanggalLahirAnak").asText("").isBlank())) {
      return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID", "namaAnak dan tanggalLahirAnak wajib");
    }
    if (!residents.containsKey(nik)) {
      return codeAndMessage(404, "NIK_TIDAK_DITEMUKAN", "NIK tidak terdaftar");
    }
    if (service.equals("DUKCAPIL-KTP-EL-BARU")) {
      for (Application a : applications.values()) {
        if (a.nik().equals(nik) && a.service().equals(service) && !a.state().terminal()) {
          return codeAndMessage(409, "PERMOHONAN_AKTIF", "permohonan KTP-el masih diproses");
        }
      }
    }
    String id = "DUK-" + String.format(Locale.ROOT, "%08d", ++sequence);
    Application created = new Application(id, tracking, service, nik, State.DITERIMA, null,
        clock().instant());
    applications.put(id, created);
    return SimulatedResponse.json(201, applicationJson(created));
  }

  private SimulatedResponse application(SimulatedRequest request) {
    Application a = applications.get(last(request.path()));
    return a == null ? codeAndMessage(404, "PERMOHONAN_TIDAK_DITEMUKAN",
        "permohonan tidak ditemukan") : SimulatedResponse.json(200, applicationJson(a));
  }

  private SimulatedResponse cancel(SimulatedRequest request, JsonNode body) {
    Application a = applications.get(segment(request.path(), 3));
    if (a == null) {
      return codeAndMessage(404, "PERMOHONAN_TIDAK_DITEMUKAN", "permohonan tidak ditemukan");
    }
    if (a.state() != State.DIBATALKAN) {
      if (!allowed(a, State.DIBATALKAN)) {
        return codeAndMessage(409, "TIDAK_DAPAT_DIBATALKAN", "dokumen sudah dicetak atau selesai");
      }
      a = a.moved(State.DIBATALKAN, body.path("alasan").asText(null), clock().instant());
      applications.put(a.id(), a);
    }
    return SimulatedResponse.json(200, applicationJson(a));
  }

  private static boolean allowed(Application a, State to) {
    boolean ktp = a.service().equals("DUKCAPIL-KTP-EL-BARU");
    return switch (a.state()) {
      case DITERIMA -> to == State.VERIFIKASI || to == State.DIBATALKAN;
      case VERIFIKASI -> to == State.BERKAS_DIKEMBALIKAN || to == State.DITOLAK
          || to == State.DIBATALKAN
          || to == (ktp ? State.PEREKAMAN_BIOMETRIK : State.PENCETAKAN);
      case BERKAS_DIKEMBALIKAN -> to == State.VERIFIKASI || to == State.DIBATALKAN;
      case PEREKAMAN_BIOMETRIK -> to == State.PENCETAKAN || to == State.DITOLAK;
      case PENCETAKAN -> to == State.SIAP_DIAMBIL;
      case SIAP_DIAMBIL -> to == State.DIAMBIL;
      default -> false;
    };
  }

  private static Map<String, Object> applicationJson(Application a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nomorPermohonan", a.id());
    m.put("nomorPermohonanMpp", a.trackingNumber());
    m.put("layanan", a.service());
    m.put("status", a.state().name());
    m.put("catatan", a.note());
    m.put("diperbaruiPada", OffsetDateTime.ofInstant(a.updatedAt(), WIB).toString());
    return m;
  }

  // ---------------------------------------------------------------- public value types

  /** The states of an application at Dukcapil. */
  public enum State {
    /** Diterima: received. */
    DITERIMA(false),
    /** Verifikasi: the documents and the SIAK data are checked. */
    VERIFIKASI(false),
    /** Berkas dikembalikan: documents missing; the applicant completes them. */
    BERKAS_DIKEMBALIKAN(false),
    /** Perekaman biometrik: photo, fingerprints, iris and signature (KTP-el only). */
    PEREKAMAN_BIOMETRIK(false),
    /** Pencetakan: printed on the blank or signed electronically. */
    PENCETAKAN(false),
    /** Siap diambil: ready for pickup. */
    SIAP_DIAMBIL(false),
    /** Diambil: handed over. */
    DIAMBIL(true),
    /** Ditolak: refused. */
    DITOLAK(true),
    /** Dibatalkan: withdrawn. */
    DIBATALKAN(true);

    private final boolean terminal;

    State(boolean terminal) {
      this.terminal = terminal;
    }

    /** @return whether no state follows */
    public boolean terminal() {
      return terminal;
    }
  }

  /**
   * A resident's record in the population database. {@link #toString()} carries no personal data.
   *
   * @param nik the NIK
   * @param fullName the nama lengkap
   * @param birthDate the tanggal lahir
   * @param birthPlace the tempat lahir
   * @param motherName the nama lengkap ibu kandung
   * @param address the alamat
   * @param gender {@code LAKI-LAKI} or {@code PEREMPUAN}
   * @param familyCardNumber the nomor KK
   */
  public record Resident(String nik, String fullName, LocalDate birthDate, String birthPlace,
      String motherName, String address, String gender, String familyCardNumber) {

    /** Checks the required parts. */
    public Resident {
      if (!Objects.requireNonNull(nik, "nik").matches("\\d{16}")) {
        throw new IllegalArgumentException("nik must be 16 digits");
      }
      Objects.requireNonNull(fullName, "fullName");
      Objects.requireNonNull(birthDate, "birthDate");
      Objects.requireNonNull(birthPlace, "birthPlace");
      Objects.requireNonNull(motherName, "motherName");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(gender, "gender");
      Objects.requireNonNull(familyCardNumber, "familyCardNumber");
    }

    String element(String wire) {
      return switch (wire) {
        case "NAMA_LGKP" -> fullName;
        case "TGL_LHR" -> birthDate.format(WIRE_DATE);
        case "TMPT_LHR" -> birthPlace;
        case "NAMA_LGKP_IBU" -> motherName;
        case "ALAMAT" -> address;
        case "JENIS_KLMIN" -> gender;
        case "NO_KK" -> familyCardNumber;
        default -> throw new IllegalArgumentException("unknown element");
      };
    }

    /** @return no personal data */
    @Override
    public String toString() {
      return "Resident[****]";
    }
  }

  /**
   * An application at Dukcapil. {@link #toString()} carries no personal data.
   *
   * @param id the application number
   * @param trackingNumber the MPP's tracking number
   * @param service the service code
   * @param nik the applicant's NIK
   * @param state the state
   * @param note the officer's note, or {@code null}
   * @param updatedAt when the state was set
   */
  public record Application(String id, String trackingNumber, String service, String nik,
      State state, String note, Instant updatedAt) {

    Application moved(State to, String newNote, Instant at) {
      return new Application(id, trackingNumber, service, nik, to, newNote, at);
    }

    /** @return the id, service and state */
    @Override
    public String toString() {
      return "Application[" + id + " " + service + " " + state + "]";
    }
  }
}
