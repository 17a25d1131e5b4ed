package id.mpp.sdk.testkit.agencies;

import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.amount;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.codeAndMessage;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.last;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.segment;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.catalogue.Rupiah;
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
 * A simulated e-Court of one Pengadilan Agama: registration of family cases (cerai gugat, cerai
 * talak, isbat nikah, dispensasi kawin), the panjar biaya perkara, and the case's course to the
 * akta cerai. The real API is not public; this is a plausible design.
 *
 * <p>Every request must be HMAC-signed as the core {@code HmacSigning} scheme signs
 * ({@code X-Key-Id}, {@code X-Timestamp} in epoch seconds within 5 minutes of the simulator's
 * clock, {@code X-Signature} = Base64(HMAC-SHA256(secret, METHOD \n path?query \n timestamp \n
 * X-Request-Id \n hex SHA-256 of the body))); otherwise 401. A registration must name the panjar
 * of the court's SKUM: {@link #REGISTRATION_FEE}, {@link #PROCESS_FEE}, {@link #FIRST_SUMMONS}
 * per party, {@link #SUMMONS_BY_RADIUS} × 2 summonses of the applicant and × 3 of the respondent,
 * {@link #REDACTION_FEE} and {@link #STAMP_DUTY} ({@code 422 PANJAR_TIDAK_SESUAI} otherwise). It
 * waits {@code MENUNGGU_PEMBAYARAN_PANJAR} until {@link #recordPanjarPayment}, then the court
 * moves it ({@link #advance}): {@code TERDAFTAR} (with a nomor perkara),
 * {@code PENETAPAN_MAJELIS_HAKIM}, {@code PENETAPAN_HARI_SIDANG}, {@code MEDIASI} (contentious
 * cases), {@code PERSIDANGAN}, {@code PUTUS}, {@code BERKEKUATAN_HUKUM_TETAP}, then
 * {@code AKTA_CERAI_TERBIT} (a granted divorce, with the akta number),
 * {@code SALINAN_PUTUSAN_TERBIT} (a divorce not granted) or {@code SALINAN_PENETAPAN_TERBIT}
 * (a permohonan), and {@code DIAMBIL}. Mutating calls need an {@code Idempotency-Key}. State is
 * reset before every test.
 */
public final class PengadilanAgamaSimulator extends AgencySimulator {

  /** The base path of the API. */
  public static final String BASE = "/ecourt/v1";
  /** The agency id it plays. */
  public static final String AGENCY_ID = "pengadilan-agama";
  /** PNBP pendaftaran. */
  public static final Rupiah REGISTRATION_FEE = Rupiah.of(30_000);
  /** Biaya proses. */
  public static final Rupiah PROCESS_FEE = Rupiah.of(75_000);
  /** PNBP of the first summons, per party. */
  public static final Rupiah FIRST_SUMMONS = Rupiah.of(10_000);
  /** PNBP redaksi. */
  public static final Rupiah REDACTION_FEE = Rupiah.of(10_000);
  /** Meterai. */
  public static final Rupiah STAMP_DUTY = Rupiah.of(10_000);
  /** The cost of one summons for radius 1 to 4. */
  public static final List<Rupiah> SUMMONS_BY_RADIUS = List.of(Rupiah.of(50_000),
      Rupiah.of(75_000), Rupiah.of(100_000), Rupiah.of(150_000));

  private static final long MAX_SKEW_SECONDS = 300;
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Set<String> CONTENTIOUS = Set.of("CERAI_GUGAT", "CERAI_TALAK");
  private static final Set<String> TYPES = Set.of("CERAI_GUGAT", "CERAI_TALAK", "ISBAT_NIKAH",
      "DISPENSASI_KAWIN");
  private static final Set<String> AFTER_VERDICT = Set.of("PUTUS", "BERKEKUATAN_HUKUM_TETAP",
      "AKTA_CERAI_TERBIT", "SALINAN_PUTUSAN_TERBIT", "SALINAN_PENETAPAN_TERBIT", "DIAMBIL");
  private static final Set<String> CLOSED = Set.of("DITOLAK", "DICABUT", "KEDALUWARSA");

  private final String keyId;
  private final String secret;
  private final String courtCode;
  private final Map<String, CourtCase> cases = new LinkedHashMap<>();
  private final IdempotencyLedger ledger = new IdempotencyLedger(IdempotencyLedger::codeAndMessage);
  private long sequence;
  private long caseNumbers;

  /**
   * A simulated Pengadilan Agama accepting one signing key.
   *
   * @param clock the clock (signature freshness, status times)
   * @param keyId the key id the MPP sends in {@code X-Key-Id}
   * @param secret the shared HMAC secret
   * @param courtCode the code of the court, for example {@code PA-TNK}
   */
  public PengadilanAgamaSimulator(Clock clock, String keyId, String secret, String courtCode) {
    super(AGENCY_ID, clock);
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.courtCode = Objects.requireNonNull(courtCode, "courtCode");
  }

  // ---------------------------------------------------------------- test controls

  /** @return every registration, in the order received */
  public synchronized List<CourtCase> cases() {
    return List.copyOf(cases.values());
  }

  /** @return how many registrations the court holds */
  public synchronized int caseCount() {
    return cases.size();
  }

  /**
   * The bank reports the panjar paid: the case is registered with a nomor perkara.
   *
   * @param id the registration id
   * @return the nomor perkara
   */
  public synchronized String recordPanjarPayment(String id) {
    CourtCase c = known(id);
    if (!c.status().equals("MENUNGGU_PEMBAYARAN_PANJAR")) {
      throw new IllegalArgumentException("no panjar is due on that registration");
    }
    String number = (++caseNumbers) + (CONTENTIOUS.contains(c.type()) ? "/Pdt.G/" : "/Pdt.P/")
        + LocalDate.ofInstant(clock().instant(), WIB).getYear() + "/"
        + courtCode.replace('-', '.');
    cases.put(id, c.moved("TERDAFTAR", null, clock().instant()).withCaseNumber(number));
    return number;
  }

  /**
   * The court moves a registered case one step; at {@code PERSIDANGAN} the claim is granted (see
   * {@link #decide} for the other verdict).
   *
   * @param id the registration id
   * @return the new status
   * @throws IllegalArgumentException if unknown, unpaid, or finished
   */
  public synchronized String advance(String id) {
    CourtCase c = known(id);
    String next = switch (c.status()) {
      case "BERKAS_DIKEMBALIKAN" -> "MENUNGGU_PEMBAYARAN_PANJAR";
      case "TERDAFTAR" -> "PENETAPAN_MAJELIS_HAKIM";
      case "PENETAPAN_MAJELIS_HAKIM" -> "PENETAPAN_HARI_SIDANG";
      case "PENETAPAN_HARI_SIDANG" -> CONTENTIOUS.contains(c.type()) ? "MEDIASI" : "PERSIDANGAN";
      case "MEDIASI" -> "PERSIDANGAN";
      case "PERSIDANGAN" -> {
        cases.put(id, c.withVerdict(true));
        yield "PUTUS";
      }
      case "PUTUS" -> "BERKEKUATAN_HUKUM_TETAP";
      case "BERKEKUATAN_HUKUM_TETAP" -> !CONTENTIOUS.contains(c.type()) ? "SALINAN_PENETAPAN_TERBIT"
          : Boolean.TRUE.equals(c.granted()) ? "AKTA_CERAI_TERBIT" : "SALINAN_PUTUSAN_TERBIT";
      case "AKTA_CERAI_TERBIT", "SALINAN_PUTUSAN_TERBIT", "SALINAN_PENETAPAN_TERBIT" -> "DIAMBIL";
      case "MENUNGGU_PEMBAYARAN_PANJAR" -> throw new IllegalArgumentException("the panjar is unpaid");
      default -> throw new IllegalArgumentException("the case is finished");
    };
    CourtCase moved = cases.get(id).moved(next, null, clock().instant());
    if (next.equals("AKTA_CERAI_TERBIT")) {
      moved = moved.withDeed(String.format(Locale.ROOT, "%04d/AC/%d/%s", caseNumbers,
          LocalDate.ofInstant(clock().instant(), WIB).getYear(), courtCode.replace('-', '.')));
    }
    cases.put(id, moved);
    return next;
  }

  /**
   * The judges decide a case in session.
   *
   * @param id the registration id
   * @param granted whether the claim is granted (dikabulkan)
   */
  public synchronized void decide(String id, boolean granted) {
    CourtCase c = known(id);
    if (!c.status().equals("PERSIDANGAN")) {
      throw new IllegalArgumentException("only a case in session is decided");
    }
    cases.put(id, c.withVerdict(granted).moved("PUTUS", null, clock().instant()));
  }

  /**
   * The registrar returns an unpaid registration for correction of the gugatan.
   *
   * @param id the registration id
   * @param note what to correct, without personal data
   */
  public synchronized void returnFiles(String id, String note) {
    CourtCase c = known(id);
    if (!c.status().equals("MENUNGGU_PEMBAYARAN_PANJAR")) {
      throw new IllegalArgumentException("only an unpaid registration is returned");
    }
    cases.put(id, c.moved("BERKAS_DIKEMBALIKAN", note, clock().instant()));
  }

  /**
   * The court refuses an unpaid registration (for example, not its competence).
   *
   * @param id the registration id
   * @param reason why, without personal data
   */
  public synchronized void reject(String id, String reason) {
    CourtCase c = known(id);
    if (!Set.of("MENUNGGU_PEMBAYARAN_PANJAR", "BERKAS_DIKEMBALIKAN").contains(c.status())) {
      throw new IllegalArgumentException("only an unregistered case is refused");
    }
    cases.put(id, c.moved("DITOLAK", reason, clock().instant()));
  }

  /**
   * An unpaid registration lapses.
   *
   * @param id the registration id
   */
  public synchronized void expireUnpaid(String id) {
    CourtCase c = known(id);
    if (!c.status().equals("MENUNGGU_PEMBAYARAN_PANJAR")) {
      throw new IllegalArgumentException("only an unpaid registration lapses");
    }
    cases.put(id, c.moved("KEDALUWARSA", null, clock().instant()));
  }

  /**
   * The panjar of the court's SKUM.
   *
   * @param type the jenis perkara
   * @param applicantRadius the applicant's radius, 1 to 4
   * @param respondentRadius the respondent's radius for a contentious case, else ignored
   * @return the total
   */
  public static Rupiah panjar(String type, int applicantRadius, int respondentRadius) {
    boolean contentious = CONTENTIOUS.contains(type);
    Rupiah total = REGISTRATION_FEE.plus(PROCESS_FEE).plus(REDACTION_FEE).plus(STAMP_DUTY)
        .plus(times(FIRST_SUMMONS, contentious ? 2 : 1))
        .plus(times(SUMMONS_BY_RADIUS.get(applicantRadius - 1), 2));
    return contentious ? total.plus(times(SUMMONS_BY_RADIUS.get(respondentRadius - 1), 3))
        : total;
  }

  private static Rupiah times(Rupiah r, int n) {
    return Rupiah.of(r.amount().multiply(java.math.BigDecimal.valueOf(n)));
  }

  @Override
  protected synchronized void resetState() {
    cases.clear();
    ledger.clear();
    sequence = 0;
    caseNumbers = 0;
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.post(BASE + "/[A-Z0-9-]+/perkara", signed(r -> ledger.once(r,
            List.of("nomorPermohonanMpp", "jenisPerkara", "nikPemohon", "radiusPemohon",
                "radiusTermohon", "taksiranPanjar"), this::register)))
        .get(BASE + "/perkara/[A-Z0-9-]+", signed(this::courtCase))
        .post(BASE + "/perkara/[A-Z0-9-]+/cabut", signed(r -> ledger.once(r, List.of(),
            this::withdraw)));
  }

  // ---------------------------------------------------------------- signature

  private Route signed(Route handler) {
    return request -> {
      synchronized (this) {
        Optional<String> refusal = signatureRefusal(request);
        if (refusal.isPresent()) {
          return codeAndMessage(401, refusal.get(), "permintaan tidak ditandatangani dengan benar");
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

  // ---------------------------------------------------------------- routes

  private SimulatedResponse register(SimulatedRequest request, JsonNode body) {
    if (!segment(request.path(), 2).equals(courtCode)) {
      return codeAndMessage(404, "PENGADILAN_TIDAK_DIKENAL", "kode pengadilan tidak dikenal");
    }
    String tracking = body.path("nomorPermohonanMpp").asText("");
    String type = body.path("jenisPerkara").asText("");
    int applicantRadius = body.path("radiusPemohon").asInt(0);
    boolean contentious = CONTENTIOUS.contains(type);
    int respondentRadius = body.path("radiusTermohon").asInt(0);
    if (tracking.isBlank() || !TYPES.contains(type)
        || !body.path("nikPemohon").asText("").matches("\\d{16}")
        || applicantRadius < 1 || applicantRadius > SUMMONS_BY_RADIUS.size()
        || contentious && (respondentRadius < 1 || respondentRadius > SUMMONS_BY_RADIUS.size()
            || !body.path("nikTermohon").asText("").matches("\\d{16}"))) {
      return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID",
          "jenis perkara, NIK para pihak dan radius wajib dan harus valid");
    }
    Rupiah panjar = panjar(type, applicantRadius, respondentRadius);
    if (!panjar.equals(amount(body.get("taksiranPanjar")))) {
      return codeAndMessage(422, "PANJAR_TIDAK_SESUAI",
          "taksiran panjar tidak sesuai SKUM pengadilan sebesar " + panjar);
    }
    CourtCase created = new CourtCase("ECRT-" + String.format(Locale.ROOT, "%08d", ++sequence),
        tracking, type, panjar, "MENUNGGU_PEMBAYARAN_PANJAR", null, null, null, null,
        clock().instant());
    cases.put(created.id(), created);
    return SimulatedResponse.json(201, caseJson(created));
  }

  private SimulatedResponse courtCase(SimulatedRequest request) {
    CourtCase c = cases.get(last(request.path()));
    return c == null ? caseNotFound() : SimulatedResponse.json(200, caseJson(c));
  }

  private SimulatedResponse withdraw(SimulatedRequest request, JsonNode body) {
    CourtCase c = cases.get(segment(request.path(), 3));
    if (c == null) {
      return caseNotFound();
    }
    if (c.status().equals("DICABUT")) {
      return SimulatedResponse.json(200, caseJson(c));
    }
    if (AFTER_VERDICT.contains(c.status()) || CLOSED.contains(c.status())) {
      return codeAndMessage(409, "TIDAK_DAPAT_DICABUT", "perkara sudah diputus atau ditutup");
    }
    CourtCase withdrawn = c.moved("DICABUT", body.path("alasan").asText(null),
        clock().instant());
    cases.put(c.id(), withdrawn);
    return SimulatedResponse.json(200, caseJson(withdrawn));
  }

  // ---------------------------------------------------------------- state and wire

  private CourtCase known(String id) {
    CourtCase c = cases.get(id);
    if (c == null) {
      throw new IllegalArgumentException("no registration with that id");
    }
    return c;
  }

  private static SimulatedResponse caseNotFound() {
    return codeAndMessage(404, "PERKARA_TIDAK_DITEMUKAN", "perkara tidak ditemukan");
  }

  private static Map<String, Object> caseJson(CourtCase c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("idPendaftaran", c.id());
    m.put("nomorPermohonanMpp", c.trackingNumber());
    m.put("jenisPerkara", c.type());
    m.put("nomorPerkara", c.caseNumber());
    m.put("panjarBiaya", c.panjar().amount());
    m.put("status", c.status());
    m.put("amarPutusan", c.granted() == null ? null : c.granted() ? "DIKABULKAN" : "DITOLAK");
    m.put("nomorAktaCerai", c.deedNumber());
    m.put("catatan", c.note());
    m.put("diperbaruiPada", OffsetDateTime.ofInstant(c.updatedAt(), WIB).toString());
    return m;
  }

  // ---------------------------------------------------------------- public value types

  /**
   * A case registration at the court. The parties are not modelled.
   *
   * @param id the e-Court registration id
   * @param trackingNumber the MPP's tracking number
   * @param type the jenis perkara
   * @param panjar the panjar of the SKUM
   * @param status the court's status
   * @param note the registrar's note, or {@code null}
   * @param caseNumber the nomor perkara once registered, or {@code null}
   * @param granted the verdict once decided, or {@code null}
   * @param deedNumber the akta cerai number once issued, or {@code null}
   * @param updatedAt when the status was set
   */
  public record CourtCase(String id, String trackingNumber, String type, Rupiah panjar,
      String status, String note, String caseNumber, Boolean granted, String deedNumber,
      Instant updatedAt) {

    CourtCase moved(String newStatus, String newNote, Instant at) {
      return new CourtCase(id, trackingNumber, type, panjar, newStatus, newNote, caseNumber,
          granted, deedNumber, at);
    }

    CourtCase withCaseNumber(String number) {
      return new CourtCase(id, trackingNumber, type, panjar, status, note, number, granted,
          deedNumber, updatedAt);
    }

    CourtCase withVerdict(boolean verdict) {
      return new CourtCase(id, trackingNumber, type, panjar, status, note, caseNumber, verdict,
          deedNumber, updatedAt);
    }

    CourtCase withDeed(String number) {
      return new CourtCase(id, trackingNumber, type, panjar, status, note, caseNumber, granted,
          number, updatedAt);
    }
  }
}
