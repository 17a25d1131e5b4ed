package id.mpp.sdk.testkit.agencies;

import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.codeAndMessage;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.last;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.segment;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.testkit.simulator.Route;
import id.mpp.sdk.testkit.simulator.Routes;
import id.mpp.sdk.testkit.simulator.SimulatedRequest;
import id.mpp.sdk.testkit.simulator.SimulatedResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A simulated Polri SKCK API (Surat Keterangan Catatan Kepolisian) as the Polres counter of an MPP
 * would use it. The real API is not public; this follows the online flow of skck.polri.go.id and
 * the Polres office process.
 *
 * <p>OAuth 2.0 client credentials: {@code POST /oauth/token} with HTTP Basic credentials issues a
 * bearer token for {@link #TOKEN_LIFETIME}; every API call needs a live token (401 otherwise).
 * A registration (pendaftaran) names the purpose (keperluan) and the issuing unit (satwil); it
 * gets a registration number and a payment number (kode pembayaran) for the PNBP. The back office
 * moves it along the SKCK state machine ({@link State}) through {@link #advance}; a registration
 * that is neither paid nor started within {@link #REGISTRATION_WINDOW} of being made expires
 * ({@code KEDALUWARSA_PENDAFTARAN}, UNCONFIRMED: from a single source). An issued SKCK is valid
 * for six months. Mutating calls need an {@code Idempotency-Key}. State is reset before every test.
 */
public final class PolriSkckSimulator extends AgencySimulator {

  /** Path of the token endpoint. */
  public static final String TOKEN_PATH = "/oauth/token";
  /** The base path of the API. */
  public static final String BASE = "/skck/v1";
  /** Lifetime of an access token. */
  public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
  /** How long a registration waits for payment before it expires. */
  public static final Duration REGISTRATION_WINDOW = Duration.ofDays(3);
  /** The PNBP of one SKCK (PP 76/2020). */
  public static final long PNBP = 30_000;
  /** The agency id it plays. */
  public static final String AGENCY_ID = "polri";

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Set<String> PURPOSES = Set.of("MELAMAR_PEKERJAAN", "CPNS_PNS",
      "PENDIDIKAN", "LUAR_NEGERI", "PENCALONAN", "LAINNYA");
  private static final Map<State, Set<State>> NEXT = Map.ofEntries(
      Map.entry(State.TERDAFTAR, EnumSet.of(State.MENUNGGU_PEMBAYARAN, State.DIBATALKAN)),
      Map.entry(State.MENUNGGU_PEMBAYARAN, EnumSet.of(State.DIBAYAR, State.DIBATALKAN)),
      Map.entry(State.DIBAYAR, EnumSet.of(State.VERIFIKASI_BERKAS)),
      Map.entry(State.VERIFIKASI_BERKAS, EnumSet.of(State.BERKAS_DIKEMBALIKAN,
          State.PEREKAMAN_SIDIK_JARI, State.DITOLAK)),
      Map.entry(State.BERKAS_DIKEMBALIKAN, EnumSet.of(State.VERIFIKASI_BERKAS, State.DITOLAK)),
      Map.entry(State.PEREKAMAN_SIDIK_JARI, EnumSet.of(State.PENELITIAN_CATATAN)),
      Map.entry(State.PENELITIAN_CATATAN, EnumSet.of(State.KOORDINASI, State.DITERBITKAN,
          State.DITOLAK)),
      Map.entry(State.KOORDINASI, EnumSet.of(State.PENELITIAN_CATATAN, State.DITERBITKAN,
          State.DITOLAK)),
      Map.entry(State.DITERBITKAN, EnumSet.of(State.DIAMBIL)),
      Map.entry(State.DIAMBIL, EnumSet.noneOf(State.class)),
      Map.entry(State.KEDALUWARSA_PENDAFTARAN, EnumSet.noneOf(State.class)),
      Map.entry(State.DITOLAK, EnumSet.noneOf(State.class)),
      Map.entry(State.DIBATALKAN, EnumSet.noneOf(State.class)));

  private final String clientId;
  private final String clientSecret;
  private final ClientCredentialsTokens tokens;
  private final Map<String, Registration> registrations = new LinkedHashMap<>();
  private final Set<String> units;
  private final IdempotencyLedger ledger = new IdempotencyLedger(IdempotencyLedger::codeAndMessage);
  private long sequence;

  /**
   * A simulated SKCK API serving one client (the MPP) for the units it knows.
   *
   * @param clock the clock (token expiry, registration window, issue dates)
   * @param clientId the OAuth client id it accepts
   * @param clientSecret the client secret it accepts
   * @param units the issuing units it knows, for example {@code POLRES-BDL}
   */
  public PolriSkckSimulator(Clock clock, String clientId, String clientSecret,
      Set<String> units) {
    super(AGENCY_ID, clock);
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.tokens = new ClientCredentialsTokens(this.clientId, this.clientSecret,
        TOKEN_LIFETIME, () -> clock().instant());
    this.units = Set.copyOf(units);
  }

  // ---------------------------------------------------------------- test controls

  /**
   * The back office (or the applicant) moves a registration on. Payment ({@code DIBAYAR}) is
   * the citizen paying the kode pembayaran; {@code DITERBITKAN} goes through {@link #issue}.
   *
   * @param registrationNumber the registration
   * @param to the next state
   * @param note the officer's note without personal data, or {@code null}
   * @throws IllegalStateException if the SKCK state machine does not allow the step
   */
  public synchronized void advance(String registrationNumber, State to, String note) {
    Registration r = registration(registrationNumber);
    State from = state(r);
    if (to == State.DITERBITKAN || !NEXT.get(from).contains(to)) {
      throw new IllegalStateException("an SKCK cannot go from " + from + " to " + to);
    }
    registrations.put(r.number(), r.moved(to, note, clock().instant()));
  }

  /**
   * Polri issues the SKCK after the record check: valid for six months from today.
   *
   * @param registrationNumber the registration
   * @param recordFound whether a police record was found (catatan {@code ADA})
   * @return the nomor SKCK
   * @throws IllegalStateException unless the record check (or coordination) is under way
   */
  public synchronized String issue(String registrationNumber, boolean recordFound) {
    Registration r = registration(registrationNumber);
    State from = state(r);
    if (!NEXT.get(from).contains(State.DITERBITKAN)) {
      throw new IllegalStateException("an SKCK cannot be issued from " + from);
    }
    LocalDate today = LocalDate.ofInstant(clock().instant(), WIB);
    String skck = "SKCK/" + String.format(Locale.ROOT, "%06d", ++sequence) + "/"
        + today.getYear() + "/" + r.unit();
    registrations.put(r.number(), r.moved(State.DITERBITKAN, null, clock().instant())
        .issued(skck, today, today.plusMonths(6).minusDays(1), recordFound));
    return skck;
  }

  /**
   * The state of a registration now (the registration window is checked against the clock).
   *
   * @param registrationNumber the registration
   * @return the state
   */
  public synchronized State stateOf(String registrationNumber) {
    return state(registration(registrationNumber));
  }

  /** @return every registration, in the order made */
  public synchronized List<Registration> registrations() {
    return List.copyOf(registrations.values());
  }

  /** Forgets every issued token: the next call gets 401. */
  public synchronized void revokeTokens() {
    tokens.revoke();
  }

  /** @return how many access tokens were issued since the last reset */
  public synchronized int tokensIssued() {
    return tokens.issued();
  }

  @Override
  protected synchronized void resetState() {
    tokens.reset();
    registrations.clear();
    ledger.clear();
    sequence = 0;
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.post(TOKEN_PATH, this::token)
        .post(BASE + "/pendaftaran", bearer(r -> ledger.once(r, List.of("nomorPermohonanMpp",
            "keperluan", "satwil", "nik"), this::register)))
        .get(BASE + "/pendaftaran/[A-Z0-9-]+", bearer(this::registrationAnswer))
        .post(BASE + "/pendaftaran/[A-Z0-9-]+/batal", bearer(r -> ledger.once(r, List.of(),
            this::cancel)));
  }

  // ---------------------------------------------------------------- routes

  private synchronized SimulatedResponse token(SimulatedRequest request) {
    return tokens.token(request);
  }

  private Route bearer(Route handler) {
    return request -> {
      synchronized (this) {
        if (!tokens.valid(request)) {
          return codeAndMessage(401, "UNAUTHORIZED", "token tidak berlaku");
        }
        return handler.handle(request);
      }
    };
  }

  private SimulatedResponse register(SimulatedRequest request, JsonNode body) {
    String tracking = body.path("nomorPermohonanMpp").asText("");
    String purpose = body.path("keperluan").asText("");
    String unit = body.path("satwil").asText("");
    String nik = body.path("nik").asText("");
    if (tracking.isBlank() || !PURPOSES.contains(purpose) || !nik.matches("\\d{16}")
        || body.path("namaLengkap").asText("").isBlank()) {
      return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID",
          "nomorPermohonanMpp, keperluan, satwil, nik dan namaLengkap wajib dan harus valid");
    }
    if (!units.contains(unit)) {
      return codeAndMessage(422, "SATWIL_TIDAK_DIKENAL", "satuan wilayah tidak dikenal");
    }
    if (unit.startsWith("POLSEK-") && (purpose.equals("CPNS_PNS")
        || purpose.equals("LUAR_NEGERI"))) {
      return codeAndMessage(422, "SATWIL_TIDAK_BERWENANG",
          "Polsek tidak menerbitkan SKCK untuk keperluan ini");
    }
    for (Registration r : registrations.values()) {
      if (r.nik().equals(nik) && !state(r).terminal()) {
        return codeAndMessage(409, "PENDAFTARAN_AKTIF", "NIK masih memiliki pendaftaran aktif");
      }
    }
    sequence++;
    String number = "SKCK-" + String.format(Locale.ROOT, "%08d", sequence);
    String paymentCode = "7788" + String.format(Locale.ROOT, "%011d", sequence);
    Registration created = new Registration(number, tracking, nik, purpose, unit, paymentCode,
        State.TERDAFTAR, null, clock().instant(), clock().instant(), null, null, null, null);
    registrations.put(number, created);
    return SimulatedResponse.json(201, json(created));
  }

  private SimulatedResponse registrationAnswer(SimulatedRequest request) {
    Registration r = registrations.get(last(request.path()));
    return r == null ? notFound() : SimulatedResponse.json(200, json(r));
  }

  private SimulatedResponse cancel(SimulatedRequest request, JsonNode body) {
    Registration r = registrations.get(segment(request.path(), 3));
    if (r == null) {
      return notFound();
    }
    State now = state(r);
    if (now != State.DIBATALKAN) {
      if (!NEXT.get(now).contains(State.DIBATALKAN)) {
        return codeAndMessage(409, "TIDAK_DAPAT_DIBATALKAN",
            "pendaftaran yang sudah dibayar atau selesai tidak dapat dibatalkan");
      }
      r = r.moved(State.DIBATALKAN, body.path("alasan").asText(null), clock().instant());
      registrations.put(r.number(), r);
    }
    return SimulatedResponse.json(200, json(r));
  }

  // ---------------------------------------------------------------- state and wire

  private Registration registration(String number) {
    Registration r = registrations.get(number);
    if (r == null) {
      throw new IllegalArgumentException("no registration with that number");
    }
    return r;
  }

  private State state(Registration r) {
    if ((r.state() == State.TERDAFTAR || r.state() == State.MENUNGGU_PEMBAYARAN)
        && !clock().instant().isBefore(r.registeredAt().plus(REGISTRATION_WINDOW))) {
      return State.KEDALUWARSA_PENDAFTARAN;
    }
    return r.state();
  }

  private Instant updatedAt(Registration r) {
    return state(r) == State.KEDALUWARSA_PENDAFTARAN
        ? r.registeredAt().plus(REGISTRATION_WINDOW) : r.updatedAt();
  }

  private static SimulatedResponse notFound() {
    return codeAndMessage(404, "PENDAFTARAN_TIDAK_DITEMUKAN", "pendaftaran tidak ditemukan");
  }

  private Map<String, Object> json(Registration r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nomorRegistrasi", r.number());
    m.put("nomorPermohonanMpp", r.trackingNumber());
    m.put("keperluan", r.purpose());
    m.put("satwil", r.unit());
    m.put("kodePembayaran", r.paymentCode());
    m.put("pnbp", PNBP);
    m.put("status", state(r).name());
    m.put("catatan", r.note());
    m.put("nomorSkck", r.skckNumber());
    m.put("tanggalTerbit", r.issuedOn() == null ? null : r.issuedOn().toString());
    m.put("berlakuSampai", r.validUntil() == null ? null : r.validUntil().toString());
    m.put("catatanKepolisian", r.recordFound() == null ? null
        : r.recordFound() ? "ADA" : "TIDAK_ADA");
    m.put("diperbaruiPada", OffsetDateTime.ofInstant(updatedAt(r), WIB).toString());
    return m;
  }

  // ---------------------------------------------------------------- public value types

  /**
   * The states of an SKCK at Polri: a design derived from the online and office flows, not an
   * official enum.
   */
  public enum State {
    /** Terdaftar: registered, with a registration and a payment number. */
    TERDAFTAR(false),
    /** Menunggu pembayaran: identity checked at the counter; the PNBP is due. */
    MENUNGGU_PEMBAYARAN(false),
    /** Dibayar: the PNBP is paid. */
    DIBAYAR(false),
    /** Verifikasi berkas: the documents are checked. */
    VERIFIKASI_BERKAS(false),
    /** Berkas dikembalikan: incomplete documents returned to the applicant. */
    BERKAS_DIKEMBALIKAN(false),
    /** Perekaman sidik jari: fingerprints taken by INAFIS. */
    PEREKAMAN_SIDIK_JARI(false),
    /** Penelitian catatan: the search for police records. */
    PENELITIAN_CATATAN(false),
    /** Koordinasi: internal and external coordination when in doubt. */
    KOORDINASI(false),
    /** Diterbitkan: issued, ready for pickup. */
    DITERBITKAN(false),
    /** Diambil: collected by the applicant. */
    DIAMBIL(true),
    /** Kedaluwarsa pendaftaran: not paid or started in time. */
    KEDALUWARSA_PENDAFTARAN(true),
    /** Ditolak: refused. */
    DITOLAK(true),
    /** Dibatalkan: withdrawn before payment. */
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
   * An SKCK registration at Polri. {@link #toString()} carries no personal data.
   *
   * @param number the nomor registrasi
   * @param trackingNumber the MPP's tracking number
   * @param nik the applicant's NIK
   * @param purpose the keperluan
   * @param unit the satwil penerbit
   * @param paymentCode the kode pembayaran
   * @param state the state last set (before the registration window is applied)
   * @param note the officer's note, or {@code null}
   * @param registeredAt when it was made
   * @param updatedAt when the state was set
   * @param skckNumber the nomor SKCK once issued, or {@code null}
   * @param issuedOn the issue date, or {@code null}
   * @param validUntil the last valid day, or {@code null}
   * @param recordFound whether a police record was found, or {@code null}
   */
  public record Registration(String number, String trackingNumber, String nik, String purpose,
      String unit, String paymentCode, State state, String note, Instant registeredAt,
      Instant updatedAt, String skckNumber, LocalDate issuedOn, LocalDate validUntil,
      Boolean recordFound) {

    Registration moved(State to, String newNote, Instant at) {
      return new Registration(number, trackingNumber, nik, purpose, unit, paymentCode, to,
          newNote, registeredAt, at, skckNumber, issuedOn, validUntil, recordFound);
    }

    Registration issued(String skck, LocalDate on, LocalDate until, boolean found) {
      return new Registration(number, trackingNumber, nik, purpose, unit, paymentCode, state,
          note, registeredAt, updatedAt, skck, on, until, found);
    }

    /** @return the registration number and state only */
    @Override
    public String toString() {
      return "Registration[" + number + " " + state + "]";
    }
  }
}
