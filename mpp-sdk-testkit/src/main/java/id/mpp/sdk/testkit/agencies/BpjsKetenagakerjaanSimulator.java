package id.mpp.sdk.testkit.agencies;

import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.codeAndMessage;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.json;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.last;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A simulated BPJS Ketenagakerjaan API for the MPP counter: membership checks by KPJ or NIK and
 * JHT (Jaminan Hari Tua) claims. The real API is not public; this is a plausible design.
 *
 * <p>It checks the {@code X-Api-Key} header on every request (401 {@code UNAUTHORIZED}). A
 * membership check answers whether the worker is known and whether the membership is active on
 * the date asked (a membership that ended before the date is {@code NONAKTIF}), never the
 * member's name. A JHT claim names the KPJ (which must be the applicant's), the reason and the
 * bank account; a resignation or PHK claim is refused while the member is still active
 * ({@code MASIH_AKTIF_BEKERJA}). The back office moves a claim along {@link State} through
 * {@link #advance}; {@link #pay} transfers the balance. Mutating calls need an
 * {@code Idempotency-Key}. State is reset before every test.
 */
public final class BpjsKetenagakerjaanSimulator extends AgencySimulator {

  /** The base path of the API. */
  public static final String BASE = "/bpjstk/v1";
  /** The agency id it plays. */
  public static final String AGENCY_ID = "bpjs-ketenagakerjaan";

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Set<String> REASONS = Set.of("MENGUNDURKAN_DIRI", "PHK", "PENSIUN",
      "MENINGGALKAN_INDONESIA", "CACAT_TOTAL_TETAP");
  private static final Map<State, Set<State>> NEXT = Map.of(
      State.DIAJUKAN, EnumSet.of(State.VERIFIKASI, State.DIBATALKAN),
      State.VERIFIKASI, EnumSet.of(State.BERKAS_DIKEMBALIKAN, State.WAWANCARA, State.DITOLAK,
          State.DIBATALKAN),
      State.BERKAS_DIKEMBALIKAN, EnumSet.of(State.VERIFIKASI, State.DIBATALKAN),
      State.WAWANCARA, EnumSet.of(State.DISETUJUI, State.DITOLAK),
      State.DISETUJUI, EnumSet.noneOf(State.class),
      State.DIBAYARKAN, EnumSet.noneOf(State.class),
      State.DITOLAK, EnumSet.noneOf(State.class),
      State.DIBATALKAN, EnumSet.noneOf(State.class));

  private final String apiKey;
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, Claim> claims = new LinkedHashMap<>();
  private final IdempotencyLedger ledger = new IdempotencyLedger(IdempotencyLedger::codeAndMessage);
  private long sequence;

  /**
   * A simulated BPJS Ketenagakerjaan accepting one API key.
   *
   * @param clock the clock (dates, status times)
   * @param apiKey the key the MPP must send in {@code X-Api-Key}
   */
  public BpjsKetenagakerjaanSimulator(Clock clock, String apiKey) {
    super(AGENCY_ID, clock);
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
  }

  // ---------------------------------------------------------------- test controls

  /**
   * Adds a member.
   *
   * @param member the member
   */
  public synchronized void addMember(Member member) {
    members.put(member.kpj(), Objects.requireNonNull(member, "member"));
  }

  /** @return every JHT claim, in the order received */
  public synchronized List<Claim> claims() {
    return List.copyOf(claims.values());
  }

  /**
   * The back office moves a claim on ({@code DIBAYARKAN} goes through {@link #pay}).
   *
   * @param claimNumber the claim
   * @param to the next state
   * @param note the officer's note without personal data, or {@code null}
   * @throws IllegalStateException if the claim cannot take that step
   */
  public synchronized void advance(String claimNumber, State to, String note) {
    Claim c = claim(claimNumber);
    if (!NEXT.get(c.state()).contains(to)) {
      throw new IllegalStateException("a JHT claim cannot go from " + c.state() + " to " + to);
    }
    claims.put(c.number(), c.moved(to, note, null, clock().instant()));
  }

  /**
   * The approved balance is transferred to the member's account.
   *
   * @param claimNumber the claim
   * @param amount the JHT balance paid
   * @throws IllegalStateException unless the claim is approved
   */
  public synchronized void pay(String claimNumber, Rupiah amount) {
    Claim c = claim(claimNumber);
    if (c.state() != State.DISETUJUI) {
      throw new IllegalStateException("only an approved claim is paid");
    }
    claims.put(c.number(), c.moved(State.DIBAYARKAN, null, Objects.requireNonNull(amount,
        "amount"), clock().instant()));
  }

  @Override
  protected synchronized void resetState() {
    members.clear();
    claims.clear();
    ledger.clear();
    sequence = 0;
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.post(BASE + "/kepesertaan/cek", authorised(this::checkMembership))
        .post(BASE + "/klaim-jht", authorised(r -> ledger.once(r, List.of("nomorPermohonanMpp",
            "kpj", "nik", "alasanKlaim"), this::submit)))
        .get(BASE + "/klaim-jht/[A-Z0-9-]+", authorised(this::claimAnswer))
        .post(BASE + "/klaim-jht/[A-Z0-9-]+/batal", authorised(r -> ledger.once(r, List.of(),
            this::cancel)));
  }

  // ---------------------------------------------------------------- routes

  private Route authorised(Route handler) {
    return request -> {
      synchronized (this) {
        if (!request.header("X-Api-Key").map(apiKey::equals).orElse(false)) {
          return codeAndMessage(401, "UNAUTHORIZED", "API key tidak dikenal");
        }
        return handler.handle(request);
      }
    };
  }

  private SimulatedResponse checkMembership(SimulatedRequest request) {
    JsonNode body = json(request);
    String kpj = body == null ? "" : body.path("kpj").asText("");
    String nik = body == null ? "" : body.path("nik").asText("");
    LocalDate date;
    try {
      date = LocalDate.parse(body == null ? "" : body.path("tanggal").asText(""));
    } catch (DateTimeParseException e) {
      return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID", "tanggal wajib, yyyy-MM-dd");
    }
    if (kpj.isBlank() == nik.isBlank() || !kpj.isBlank() && !kpj.matches("\\d{11}")
        || !nik.isBlank() && !nik.matches("\\d{16}")) {
      return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID", "isi salah satu: kpj (11 digit) atau"
          + " nik (16 digit)");
    }
    Member found = null;
    for (Member m : members.values()) {
      if (m.kpj().equals(kpj) || m.nik().equals(nik)) {
        found = m;
      }
    }
    if (found == null) {
      return SimulatedResponse.json(200, Map.of("ditemukan", false));
    }
    boolean active = !date.isBefore(found.since())
        && (found.until() == null || !date.isAfter(found.until()));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ditemukan", true);
    m.put("kodeStatus", active ? "1" : "0");
    m.put("statusKepesertaan", active ? "AKTIF" : "NONAKTIF");
    m.put("segmen", found.segment());
    m.put("program", List.of("JHT", "JKK", "JKM"));
    return SimulatedResponse.json(200, m);
  }

  private SimulatedResponse submit(SimulatedRequest request, JsonNode body) {
    String tracking = body.path("nomorPermohonanMpp").asText("");
    String kpj = body.path("kpj").asText("");
    String nik = body.path("nik").asText("");
    String reason = body.path("alasanKlaim").asText("");
    if (tracking.isBlank() || !kpj.matches("\\d{11}") || !nik.matches("\\d{16}")
        || !REASONS.contains(reason) || !body.path("nomorRekening").asText("").matches("\\d{6,20}")) {
      return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID",
          "nomorPermohonanMpp, kpj, nik, alasanKlaim dan nomorRekening wajib dan harus valid");
    }
    Member member = members.get(kpj);
    if (member == null || !member.nik().equals(nik)) {
      return codeAndMessage(422, "KPJ_TIDAK_SESUAI", "KPJ tidak terdaftar atas NIK pemohon");
    }
    LocalDate today = LocalDate.ofInstant(clock().instant(), WIB);
    boolean stillWorking = member.until() == null || !today.isAfter(member.until());
    if (stillWorking && (reason.equals("MENGUNDURKAN_DIRI") || reason.equals("PHK"))) {
      return codeAndMessage(422, "MASIH_AKTIF_BEKERJA",
          "kepesertaan masih aktif; klaim karena berhenti bekerja belum dapat diajukan");
    }
    for (Claim c : claims.values()) {
      if (c.kpj().equals(kpj) && !c.state().terminal()) {
        return codeAndMessage(409, "KLAIM_AKTIF", "masih ada klaim JHT yang diproses");
      }
    }
    String number = "JHT-" + String.format(Locale.ROOT, "%08d", ++sequence);
    Claim created = new Claim(number, tracking, kpj, reason, State.DIAJUKAN, null, null,
        clock().instant());
    claims.put(number, created);
    return SimulatedResponse.json(201, claimJson(created));
  }

  private SimulatedResponse claimAnswer(SimulatedRequest request) {
    Claim c = claims.get(last(request.path()));
    return c == null ? notFound() : SimulatedResponse.json(200, claimJson(c));
  }

  private SimulatedResponse cancel(SimulatedRequest request, JsonNode body) {
    Claim c = claims.get(segment(request.path(), 3));
    if (c == null) {
      return notFound();
    }
    if (c.state() != State.DIBATALKAN) {
      if (!NEXT.get(c.state()).contains(State.DIBATALKAN)) {
        return codeAndMessage(409, "TIDAK_DAPAT_DIBATALKAN", "klaim sudah diwawancara atau selesai");
      }
      c = c.moved(State.DIBATALKAN, body.path("alasan").asText(null), null, clock().instant());
      claims.put(c.number(), c);
    }
    return SimulatedResponse.json(200, claimJson(c));
  }

  // ---------------------------------------------------------------- state and wire

  private Claim claim(String number) {
    Claim c = claims.get(number);
    if (c == null) {
      throw new IllegalArgumentException("no claim with that number");
    }
    return c;
  }

  private static SimulatedResponse notFound() {
    return codeAndMessage(404, "KLAIM_TIDAK_DITEMUKAN", "klaim tidak ditemukan");
  }

  private static Map<String, Object> claimJson(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nomorKlaim", c.number());
    m.put("nomorPermohonanMpp", c.trackingNumber());
    m.put("alasanKlaim", c.reason());
    m.put("status", c.state().name());
    m.put("catatan", c.note());
    m.put("jumlahDibayarkan", c.paid() == null ? null : c.paid().amount());
    m.put("diperbaruiPada", OffsetDateTime.ofInstant(c.updatedAt(), WIB).toString());
    return m;
  }

  // ---------------------------------------------------------------- public value types

  /** The states of a JHT claim. */
  public enum State {
    /** Diajukan: handed in. */
    DIAJUKAN(false),
    /** Verifikasi: documents and the member's face checked. */
    VERIFIKASI(false),
    /** Berkas dikembalikan: documents missing; the member completes them. */
    BERKAS_DIKEMBALIKAN(false),
    /** Wawancara: the short interview. */
    WAWANCARA(false),
    /** Disetujui: the claim is set; the transfer is due. */
    DISETUJUI(false),
    /** Dibayarkan: the balance was transferred. */
    DIBAYARKAN(true),
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
   * A member (peserta). {@link #toString()} carries no personal data.
   *
   * @param kpj the 11-digit KPJ
   * @param nik the member's NIK
   * @param segment {@code PU} (penerima upah) or {@code BPU} (bukan penerima upah)
   * @param since the first day of the membership
   * @param until the last day of the membership (the member stopped working), or {@code null}
   *     while it runs
   */
  public record Member(String kpj, String nik, String segment, LocalDate since,
      LocalDate until) {

    /** Checks the numbers' forms and the dates. */
    public Member {
      if (!Objects.requireNonNull(kpj, "kpj").matches("\\d{11}")) {
        throw new IllegalArgumentException("kpj must be 11 digits");
      }
      if (!Objects.requireNonNull(nik, "nik").matches("\\d{16}")) {
        throw new IllegalArgumentException("nik must be 16 digits");
      }
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(since, "since");
      if (until != null && until.isBefore(since)) {
        throw new IllegalArgumentException("until must not be before since");
      }
    }

    /** @return no personal data */
    @Override
    public String toString() {
      return "Member[" + segment + "]";
    }
  }

  /**
   * A JHT claim.
   *
   * @param number the nomor klaim
   * @param trackingNumber the MPP's tracking number
   * @param kpj the member's KPJ
   * @param reason the alasan klaim
   * @param state the state
   * @param note the officer's note, or {@code null}
   * @param paid the balance paid, or {@code null}
   * @param updatedAt when the state was set
   */
  public record Claim(String number, String trackingNumber, String kpj, String reason,
      State state, String note, Rupiah paid, Instant updatedAt) {

    Claim moved(State to, String newNote, Rupiah amount, Instant at) {
      return new Claim(number, trackingNumber, kpj, reason, to, newNote,
          amount == null ? paid : amount, at);
    }

    /** @return the number and state only */
    @Override
    public String toString() {
      return "Claim[" + number + " " + state + "]";
    }
  }
}
