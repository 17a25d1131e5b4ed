package id.mpp.sdk.testkit.agencies;

import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.amount;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.json;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.last;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.queryParam;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.segment;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.testkit.simulator.Route;
import id.mpp.sdk.testkit.simulator.Routes;
import id.mpp.sdk.testkit.simulator.SimulatedRequest;
import id.mpp.sdk.testkit.simulator.SimulatedResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A simulated Kejaksaan tilang API (traffic-fine cases after the verdict of the Pengadilan Negeri,
 * executed by the Kejaksaan Negeri), as {@code docs/en/adapters/kejaksaan.md} describes. The real
 * API is not public; this is a plausible design.
 *
 * <p>It checks the {@code X-Api-Key} header on every request (401 {@code UNAUTHORIZED}) and plays
 * the Kejari: a case (perkara) is found by its register number or its BRIVA payment code, or
 * listed by vehicle plate; a permohonan links a case to the MPP's tracking number; a bill
 * (tagihan) must be for exactly the verdict's denda + biaya perkara; paying it (through BRIVA or
 * at the MPP counter, idempotent on {@code idPembayaran}) makes the evidence (SIM, STNK, vehicle)
 * ready for pickup at the Kejari; {@link #handOverEvidence} hands it over. Mutating calls need an
 * {@code Idempotency-Key}: the same key with the same body answers the first answer again.
 * State is reset before every test.
 */
public final class KejaksaanSimulator extends AgencySimulator {

  /** The base path of the API. */
  public static final String BASE = "/tilang/v1";
  /** The agency id it plays. */
  public static final String AGENCY_ID = "kejaksaan";

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final String apiKey;
  private final Map<String, TilangCase> cases = new LinkedHashMap<>();
  private final Map<String, Application> applications = new LinkedHashMap<>();
  private final Map<String, Bill> bills = new LinkedHashMap<>();
  private final IdempotencyLedger ledger = new IdempotencyLedger(KejaksaanSimulator::error);
  private final Map<String, String> payments = new HashMap<>();
  private long sequence;

  /**
   * A simulated Kejaksaan accepting one API key.
   *
   * @param clock the clock (bill expiry, payment times)
   * @param apiKey the key the MPP must send in {@code X-Api-Key}
   */
  public KejaksaanSimulator(Clock clock, String apiKey) {
    super(AGENCY_ID, clock);
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
  }

  // ---------------------------------------------------------------- test controls

  /**
   * Adds a case as the court and the Kejari recorded it.
   *
   * @param tilang the case
   */
  public synchronized void addCase(TilangCase tilang) {
    cases.put(tilang.registerNumber(), Objects.requireNonNull(tilang, "tilang"));
  }

  /**
   * A case by register number.
   *
   * @param registerNumber the register number
   * @return the case, if known
   */
  public synchronized Optional<TilangCase> findCase(String registerNumber) {
    return Optional.ofNullable(cases.get(registerNumber));
  }

  /**
   * Links a case to an MPP tracking number, as if a permohonan had been filed earlier.
   *
   * @param trackingNumber the MPP's tracking number
   * @param registerNumber the case's register number
   * @return the Kejari's permohonan number
   * @throws IllegalArgumentException if the case is unknown
   */
  public synchronized String registerApplication(String trackingNumber, String registerNumber) {
    if (!cases.containsKey(registerNumber)) {
      throw new IllegalArgumentException("no case with that register number");
    }
    Application existing = applicationByTracking(trackingNumber);
    if (existing != null) {
      return existing.id();
    }
    Application created = new Application(nextId("PMH"), trackingNumber, registerNumber,
        clock().instant(), null);
    applications.put(created.id(), created);
    return created.id();
  }

  /** @return every bill, in the order issued */
  public synchronized List<Bill> bills() {
    return List.copyOf(bills.values());
  }

  /** @return how many permohonan the Kejari holds */
  public synchronized int applicationCount() {
    return applications.size();
  }

  /**
   * The citizen pays a bill in full through BRIVA (bank channel), outside the MPP.
   *
   * @param billId the bill
   * @throws IllegalArgumentException if there is no unpaid bill with that id
   */
  public synchronized void payThroughBriva(String billId) {
    Bill bill = bills.get(billId);
    if (bill == null || state(bill) != BillState.BELUM_DIBAYAR) {
      throw new IllegalArgumentException("no unpaid bill with that id");
    }
    settle(bill, "BRIVA-" + billId);
  }

  /**
   * The Kejari hands the evidence of a paid case over to the violator.
   *
   * @param registerNumber the case
   * @throws IllegalArgumentException if the case is unknown or not paid
   */
  public synchronized void handOverEvidence(String registerNumber) {
    TilangCase tilang = cases.get(registerNumber);
    if (tilang == null || tilang.paidAt() == null) {
      throw new IllegalArgumentException("no paid case with that register number");
    }
    cases.put(registerNumber, tilang.collected(clock().instant()));
  }

  /**
   * The court gives its verdict on a case that was waiting for one.
   *
   * @param registerNumber the case
   * @param fine the denda set by the judge
   * @param courtCost the biaya perkara
   */
  public synchronized void giveVerdict(String registerNumber, Rupiah fine, Rupiah courtCost) {
    TilangCase tilang = cases.get(registerNumber);
    if (tilang == null) {
      throw new IllegalArgumentException("no case with that register number");
    }
    cases.put(registerNumber, tilang.withVerdict(fine, courtCost));
  }

  @Override
  protected synchronized void resetState() {
    cases.clear();
    applications.clear();
    bills.clear();
    ledger.clear();
    payments.clear();
    sequence = 0;
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.get(BASE + "/perkara", authorised(this::casesByPlate))
        .get(BASE + "/perkara/[A-Za-z0-9]+", authorised(this::caseByNumber))
        .post(BASE + "/permohonan", authorised(r -> ledger.once(r, List.of("nomorPermohonanMpp",
            "nomorRegister"), this::submit)))
        .get(BASE + "/permohonan/[A-Z0-9-]+", authorised(this::application))
        .post(BASE + "/permohonan/[A-Z0-9-]+/batal", authorised(r -> ledger.once(r, List.of(), this::cancel)))
        .post(BASE + "/tagihan", authorised(r -> ledger.once(r, List.of("nomorPermohonanMpp", "jumlah"),
            this::createBill)))
        .get(BASE + "/tagihan/[A-Z0-9-]+", authorised(this::bill))
        .post(BASE + "/tagihan/[A-Z0-9-]+/pembayaran", authorised(this::pay));
  }

  // ---------------------------------------------------------------- routes

  private Route authorised(Route handler) {
    return request -> {
      synchronized (this) {
        if (!request.header("X-Api-Key").map(apiKey::equals).orElse(false)) {
          return error(401, "UNAUTHORIZED", "API key tidak dikenal");
        }
        return handler.handle(request);
      }
    };
  }

  private SimulatedResponse casesByPlate(SimulatedRequest request) {
    String plate = queryParam(request.query(), "nopol").map(KejaksaanSimulator::normalisePlate)
        .orElse("");
    if (!plate.matches("[A-Z]{1,2}[0-9]{1,4}[A-Z]{0,3}")) {
      return error(400, "NOPOL_TIDAK_VALID", "parameter nopol tidak valid");
    }
    List<Map<String, Object>> found = new ArrayList<>();
    for (TilangCase c : cases.values()) {
      if (c.plate().equals(plate)) {
        found.add(caseJson(c));
      }
    }
    return SimulatedResponse.json(200, Map.of("data", found));
  }

  private SimulatedResponse caseByNumber(SimulatedRequest request) {
    String number = last(request.path());
    for (TilangCase c : cases.values()) {
      if (c.registerNumber().equals(number) || c.paymentCode().equals(number)) {
        return SimulatedResponse.json(200, caseJson(c));
      }
    }
    return error(404, "PERKARA_TIDAK_DITEMUKAN", "perkara tidak ditemukan");
  }

  private SimulatedResponse submit(SimulatedRequest request, JsonNode body) {
    String tracking = body.path("nomorPermohonanMpp").asText("");
    String register = body.path("nomorRegister").asText("");
    if (tracking.isBlank() || register.isBlank()) {
      return error(400, "PERMINTAAN_TIDAK_VALID", "nomorPermohonanMpp dan nomorRegister wajib");
    }
    if (!cases.containsKey(register)) {
      return error(404, "PERKARA_TIDAK_DITEMUKAN", "perkara tidak ditemukan");
    }
    for (Application a : applications.values()) {
      if (a.registerNumber().equals(register) && a.cancelledAt() == null) {
        return error(409, "PERKARA_SUDAH_DIAJUKAN", "perkara sudah diajukan oleh permohonan lain");
      }
    }
    Application created = new Application(nextId("PMH"), tracking, register, clock().instant(),
        null);
    applications.put(created.id(), created);
    return SimulatedResponse.json(201, applicationJson(created));
  }

  private SimulatedResponse application(SimulatedRequest request) {
    Application a = applications.get(last(request.path()));
    return a == null ? error(404, "PERMOHONAN_TIDAK_DITEMUKAN", "permohonan tidak ditemukan")
        : SimulatedResponse.json(200, applicationJson(a));
  }

  private SimulatedResponse cancel(SimulatedRequest request, JsonNode body) {
    String id = segment(request.path(), 3);
    Application a = applications.get(id);
    if (a == null) {
      return error(404, "PERMOHONAN_TIDAK_DITEMUKAN", "permohonan tidak ditemukan");
    }
    if (a.cancelledAt() == null) {
      if (cases.get(a.registerNumber()).paidAt() != null) {
        return error(409, "SUDAH_DIBAYAR", "denda sudah dibayar; permohonan tidak dapat dibatalkan");
      }
      a = a.cancelled(clock().instant());
      applications.put(id, a);
      for (Bill b : bills.values()) {
        if (b.applicationId().equals(id) && b.paidAt() == null) {
          bills.put(b.id(), b.cancelled());
        }
      }
    }
    return SimulatedResponse.json(200, applicationJson(a));
  }

  private SimulatedResponse createBill(SimulatedRequest request, JsonNode body) {
    Application a = applicationByTracking(body.path("nomorPermohonanMpp").asText(""));
    if (a == null) {
      return error(404, "PERMOHONAN_TIDAK_DITEMUKAN", "permohonan tidak ditemukan");
    }
    if (a.cancelledAt() != null) {
      return error(409, "PERMOHONAN_DIBATALKAN", "permohonan sudah dibatalkan");
    }
    TilangCase tilang = cases.get(a.registerNumber());
    if (tilang.fine() == null) {
      return error(409, "BELUM_ADA_PUTUSAN", "putusan pengadilan belum ada");
    }
    if (tilang.paidAt() != null) {
      return error(409, "SUDAH_LUNAS", "denda perkara ini sudah lunas");
    }
    Rupiah amount = amount(body.get("jumlah"));
    if (amount == null || !amount.equals(tilang.total())) {
      return error(422, "JUMLAH_TIDAK_SESUAI", "jumlah harus sama dengan denda dan biaya perkara");
    }
    Instant expires;
    try {
      expires = body.hasNonNull("berlakuSampai")
          ? OffsetDateTime.parse(body.get("berlakuSampai").asText()).toInstant()
          : clock().instant().plusSeconds(86_400);
    } catch (DateTimeParseException e) {
      return error(400, "PERMINTAAN_TIDAK_VALID", "berlakuSampai bukan waktu ISO-8601");
    }
    for (Bill b : bills.values()) {
      if (b.applicationId().equals(a.id()) && state(b) == BillState.BELUM_DIBAYAR) {
        bills.put(b.id(), b.cancelled());
      }
    }
    Bill bill = new Bill(nextId("TGH"), "88010" + String.format(Locale.ROOT, "%010d", sequence),
        a.id(), a.registerNumber(), amount, expires, null, null, false);
    bills.put(bill.id(), bill);
    return SimulatedResponse.json(201, billJson(bill));
  }

  private SimulatedResponse bill(SimulatedRequest request) {
    Bill b = bills.get(last(request.path()));
    return b == null ? error(404, "TAGIHAN_TIDAK_DITEMUKAN", "tagihan tidak ditemukan")
        : SimulatedResponse.json(200, billJson(b));
  }

  private SimulatedResponse pay(SimulatedRequest request) {
    JsonNode body = json(request);
    String id = segment(request.path(), 3);
    if (body == null || body.path("idPembayaran").asText("").isBlank()) {
      return error(400, "PERMINTAAN_TIDAK_VALID", "idPembayaran wajib diisi");
    }
    String paymentId = body.get("idPembayaran").asText();
    Bill b = bills.get(id);
    if (b == null) {
      return error(404, "TAGIHAN_TIDAK_DITEMUKAN", "tagihan tidak ditemukan");
    }
    String earlier = payments.get(paymentId);
    if (earlier != null) {
      return earlier.equals(id) ? SimulatedResponse.json(200, billJson(b))
          : error(409, "ID_PEMBAYARAN_DIPAKAI", "idPembayaran dipakai untuk tagihan lain");
    }
    BillState state = state(b);
    if (state == BillState.LUNAS || cases.get(b.registerNumber()).paidAt() != null) {
      return error(409, "SUDAH_LUNAS", "denda perkara ini sudah lunas");
    }
    if (state != BillState.BELUM_DIBAYAR) {
      return error(409, "TAGIHAN_" + state, "tagihan tidak dapat dibayar");
    }
    if (!b.amount().equals(amount(body.get("jumlah")))) {
      return error(422, "JUMLAH_TIDAK_SESUAI", "pembayaran harus sebesar tagihan");
    }
    payments.put(paymentId, id);
    return SimulatedResponse.json(200, billJson(settle(b, paymentId)));
  }

  // ---------------------------------------------------------------- state

  private Bill settle(Bill bill, String paymentId) {
    Instant now = clock().instant();
    Bill paid = bill.paid(now, paymentId);
    bills.put(bill.id(), paid);
    TilangCase tilang = cases.get(bill.registerNumber());
    cases.put(tilang.registerNumber(), tilang.paid(now));
    return paid;
  }

  private BillState state(Bill b) {
    if (b.paidAt() != null) {
      return BillState.LUNAS;
    }
    if (b.cancelledFlag()) {
      return BillState.DIBATALKAN;
    }
    return clock().instant().isBefore(b.expiresAt()) ? BillState.BELUM_DIBAYAR
        : BillState.KEDALUWARSA;
  }

  private Application applicationByTracking(String tracking) {
    for (Application a : applications.values()) {
      if (a.trackingNumber().equals(tracking) && a.cancelledAt() == null) {
        return a;
      }
    }
    return null;
  }

  private String applicationStatus(Application a) {
    TilangCase c = cases.get(a.registerNumber());
    if (a.cancelledAt() != null) {
      return "DIBATALKAN";
    }
    if (c.collectedAt() != null) {
      return "DIAMBIL";
    }
    if (c.paidAt() != null) {
      return "SIAP_DIAMBIL";
    }
    return c.fine() == null ? "MENUNGGU_PUTUSAN" : "MENUNGGU_PEMBAYARAN";
  }

  private String nextId(String prefix) {
    sequence++;
    return prefix + "-" + String.format(Locale.ROOT, "%08d", sequence);
  }

  // ---------------------------------------------------------------- wire

  private Map<String, Object> caseJson(TilangCase c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nomorRegister", c.registerNumber());
    m.put("kodeBayar", c.paymentCode());
    m.put("nopol", c.plate());
    m.put("pasal", c.article());
    m.put("kejari", c.kejari());
    m.put("tanggalSidang", c.hearingDate().toString());
    m.put("statusPerkara", c.fine() == null ? "MENUNGGU_PUTUSAN"
        : c.paidAt() == null ? "BELUM_DIBAYAR" : "LUNAS");
    m.put("denda", c.fine() == null ? null : c.fine().amount());
    m.put("biayaPerkara", c.courtCost() == null ? null : c.courtCost().amount());
    m.put("total", c.fine() == null ? null : c.total().amount());
    m.put("dibayarPada", c.paidAt() == null ? null : OffsetDateTime.ofInstant(c.paidAt(), WIB)
        .toString());
    String evidenceState = c.collectedAt() != null ? "DIAMBIL"
        : c.paidAt() != null ? "SIAP_DIAMBIL" : "DISITA";
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (String kind : c.evidence()) {
      evidence.add(Map.of("jenis", kind, "status", evidenceState, "lokasi", c.kejari()));
    }
    m.put("barangBukti", evidence);
    return m;
  }

  private Map<String, Object> applicationJson(Application a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nomorPermohonan", a.id());
    m.put("nomorPermohonanMpp", a.trackingNumber());
    m.put("nomorRegister", a.registerNumber());
    m.put("status", applicationStatus(a));
    TilangCase c = cases.get(a.registerNumber());
    Instant at = a.cancelledAt() != null ? a.cancelledAt() : c.collectedAt() != null
        ? c.collectedAt() : c.paidAt() != null ? c.paidAt() : a.receivedAt();
    m.put("diperbaruiPada", OffsetDateTime.ofInstant(at, WIB).toString());
    m.put("catatan", c.paidAt() != null && c.collectedAt() == null
        ? "Barang bukti dapat diambil di " + c.kejari() : null);
    return m;
  }

  private Map<String, Object> billJson(Bill b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("idTagihan", b.id());
    m.put("kodeBayar", b.paymentCode());
    m.put("jumlah", b.amount().amount());
    m.put("berlakuSampai", OffsetDateTime.ofInstant(b.expiresAt(), WIB).toString());
    m.put("status", state(b).name());
    m.put("jumlahDibayar", b.paidAt() == null ? null : b.amount().amount());
    m.put("dibayarPada", b.paidAt() == null ? null : OffsetDateTime.ofInstant(b.paidAt(), WIB)
        .toString());
    return m;
  }

  private static SimulatedResponse error(int status, String code, String message) {
    return IdempotencyLedger.codeAndMessage(status, code, message);
  }

  private static String normalisePlate(String plate) {
    return plate.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  private record Application(String id, String trackingNumber, String registerNumber,
      Instant receivedAt, Instant cancelledAt) {

    Application cancelled(Instant at) {
      return new Application(id, trackingNumber, registerNumber, receivedAt, at);
    }
  }

  // ---------------------------------------------------------------- public value types

  /** The state of a bill at the Kejari. */
  public enum BillState {
    /** Issued, waiting for payment. */
    BELUM_DIBAYAR,
    /** Paid in full. */
    LUNAS,
    /** Not paid before it expired. */
    KEDALUWARSA,
    /** Replaced by a newer bill or withdrawn with its permohonan. */
    DIBATALKAN
  }

  /**
   * A traffic-fine case (perkara tilang) as the court and the Kejari recorded it.
   *
   * @param registerNumber the register number (nomor register tilang)
   * @param paymentCode the BRIVA payment code printed on the ticket
   * @param plate the vehicle plate, upper case without spaces
   * @param article the article of UU 22/2009 violated, for example {@code Pasal 281}
   * @param kejari the Kejaksaan Negeri holding the evidence
   * @param hearingDate the day of the hearing (sidang)
   * @param fine the denda of the verdict, or {@code null} while there is none
   * @param courtCost the biaya perkara of the verdict, or {@code null} while there is none
   * @param evidence the kinds of evidence seized: {@code SIM}, {@code STNK}, {@code KENDARAAN}
   * @param paidAt when the fine was paid, or {@code null}
   * @param collectedAt when the evidence was handed over, or {@code null}
   */
  public record TilangCase(String registerNumber, String paymentCode, String plate,
      String article, String kejari, LocalDate hearingDate, Rupiah fine, Rupiah courtCost,
      List<String> evidence, Instant paidAt, Instant collectedAt) {

    /** Checks the required parts and copies the evidence. */
    public TilangCase {
      Objects.requireNonNull(registerNumber, "registerNumber");
      Objects.requireNonNull(paymentCode, "paymentCode");
      plate = normalisePlate(Objects.requireNonNull(plate, "plate"));
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(kejari, "kejari");
      Objects.requireNonNull(hearingDate, "hearingDate");
      if ((fine == null) != (courtCost == null)) {
        throw new IllegalArgumentException("fine and courtCost come together with the verdict");
      }
      evidence = List.copyOf(evidence);
    }

    /**
     * A case with its verdict, unpaid.
     *
     * @param registerNumber the register number
     * @param paymentCode the BRIVA code
     * @param plate the plate
     * @param fine the denda
     * @param courtCost the biaya perkara
     * @param evidence the evidence kinds
     * @return the case, heard on 27 February 2026 at Kejari Bandar Lampung for Pasal 288
     */
    public static TilangCase decided(String registerNumber, String paymentCode, String plate,
        Rupiah fine, Rupiah courtCost, String... evidence) {
      return new TilangCase(registerNumber, paymentCode, plate, "Pasal 288 ayat (1)",
          "Kejaksaan Negeri Bandar Lampung", LocalDate.of(2026, 2, 27), fine, courtCost,
          List.of(evidence), null, null);
    }

    /** @return denda + biaya perkara */
    public Rupiah total() {
      return fine.plus(courtCost);
    }

    TilangCase withVerdict(Rupiah denda, Rupiah cost) {
      return new TilangCase(registerNumber, paymentCode, plate, article, kejari, hearingDate,
          denda, cost, evidence, paidAt, collectedAt);
    }

    TilangCase paid(Instant at) {
      return new TilangCase(registerNumber, paymentCode, plate, article, kejari, hearingDate,
          fine, courtCost, evidence, at, collectedAt);
    }

    TilangCase collected(Instant at) {
      return new TilangCase(registerNumber, paymentCode, plate, article, kejari, hearingDate,
          fine, courtCost, evidence, paidAt, at);
    }

    /** @return the register number only; the plate is personal data */
    @Override
    public String toString() {
      return "TilangCase[" + registerNumber + "]";
    }
  }

  /**
   * A bill (tagihan) the Kejari issued for a case.
   *
   * @param id the bill id
   * @param paymentCode the BRIVA code to pay it with
   * @param applicationId the permohonan it belongs to
   * @param registerNumber the case
   * @param amount the amount due
   * @param expiresAt when it expires
   * @param paidAt when it was paid, or {@code null}
   * @param paymentId the payment that settled it, or {@code null}
   * @param cancelledFlag whether it was withdrawn or replaced
   */
  public record Bill(String id, String paymentCode, String applicationId, String registerNumber,
      Rupiah amount, Instant expiresAt, Instant paidAt, String paymentId,
      boolean cancelledFlag) {

    Bill paid(Instant at, String byPayment) {
      return new Bill(id, paymentCode, applicationId, registerNumber, amount, expiresAt, at,
          byPayment, cancelledFlag);
    }

    Bill cancelled() {
      return new Bill(id, paymentCode, applicationId, registerNumber, amount, expiresAt, paidAt,
          paymentId, true);
    }
  }
}
