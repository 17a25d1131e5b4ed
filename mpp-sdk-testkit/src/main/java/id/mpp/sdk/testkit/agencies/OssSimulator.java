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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A simulated OSS RBA (Online Single Submission, perizinan berusaha berbasis risiko) as the
 * DPMPTSP counter of an MPP uses it, as {@code docs/en/adapters/oss.md} describes. The real API is
 * not public; this is a plausible design.
 *
 * <p>OAuth 2.0 client credentials: {@code POST /oauth/token} with HTTP Basic credentials issues a
 * bearer token for {@link #TOKEN_LIFETIME}; every API call needs a live token (401 otherwise).
 * It plays the OSS: businesses by NIB, their permits, and permit applications whose path depends
 * on the risk level of the KBLI (PP 5/2021): {@code RENDAH} gets the NIB only and
 * {@code MENENGAH_RENDAH} a self-declared sertifikat standar, both issued at once
 * ({@code TERBIT}); {@code MENENGAH_TINGGI} (verified sertifikat standar) and {@code TINGGI}
 * (izin) wait for the verifier ({@code VERIFIKASI}), who may ask for documents
 * ({@code MENUNGGU_PEMENUHAN_PERSYARATAN}), approve ({@code TERBIT}) or refuse ({@code DITOLAK}).
 * State is reset before every test.
 */
public final class OssSimulator extends AgencySimulator {

  /** Path of the token endpoint. */
  public static final String TOKEN_PATH = "/oauth/token";
  /** The base path of the API. */
  public static final String BASE = "/oss/v1";
  /** Lifetime of an access token. */
  public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
  /** The agency id it plays. */
  public static final String AGENCY_ID = "dpmptsp";

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Map<String, String> PERMIT_BY_RISK = Map.of(
      "RENDAH", "NIB", "MENENGAH_RENDAH", "SERTIFIKAT_STANDAR",
      "MENENGAH_TINGGI", "SERTIFIKAT_STANDAR", "TINGGI", "IZIN");

  private final String clientId;
  private final String clientSecret;
  private final ClientCredentialsTokens tokens;
  private final Map<String, Business> businesses = new LinkedHashMap<>();
  private final Map<String, PermitApplication> applications = new LinkedHashMap<>();
  private final IdempotencyLedger ledger = new IdempotencyLedger(IdempotencyLedger::codeAndMessage);
  private long sequence;

  /**
   * A simulated OSS serving one client (the MPP).
   *
   * @param clock the clock (token expiry, issue dates)
   * @param clientId the OAuth client id it accepts
   * @param clientSecret the client secret it accepts
   */
  public OssSimulator(Clock clock, String clientId, String clientSecret) {
    super(AGENCY_ID, clock);
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.tokens = new ClientCredentialsTokens(this.clientId, this.clientSecret,
        TOKEN_LIFETIME, () -> clock().instant());
  }

  // ---------------------------------------------------------------- test controls

  /**
   * Adds a business as OSS registered it.
   *
   * @param business the business
   */
  public synchronized void addBusiness(Business business) {
    businesses.put(business.nib(), Objects.requireNonNull(business, "business"));
  }

  /** @return every permit application, in the order received */
  public synchronized List<PermitApplication> applications() {
    return List.copyOf(applications.values());
  }

  /**
   * The verifier asks the applicant for more documents.
   *
   * @param applicationId the application
   * @param note what is missing, without personal data
   */
  public synchronized void requestDocuments(String applicationId, String note) {
    move(applicationId, "MENUNGGU_PEMENUHAN_PERSYARATAN", note, null);
  }

  /**
   * The verifier approves: the permit is issued.
   *
   * @param applicationId the application
   */
  public synchronized void approve(String applicationId) {
    PermitApplication a = waiting(applicationId);
    String number = a.permitType() + "-" + a.nib() + "-" + String.format(Locale.ROOT, "%04d",
        ++sequence);
    move(applicationId, "TERBIT", null, number);
  }

  /**
   * The verifier refuses the application.
   *
   * @param applicationId the application
   * @param reason why, without personal data
   */
  public synchronized void refuse(String applicationId, String reason) {
    move(applicationId, "DITOLAK", reason, null);
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
    businesses.clear();
    applications.clear();
    ledger.clear();
    sequence = 0;
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.post(TOKEN_PATH, this::token)
        .get(BASE + "/pelaku-usaha/[0-9]+", bearer(this::business))
        .get(BASE + "/pelaku-usaha/[0-9]+/perizinan", bearer(this::permits))
        .post(BASE + "/permohonan", bearer(r -> ledger.once(r,
            List.of("nib", "kbli", "tingkatRisiko", "nomorPermohonanMpp"), this::submit)))
        .get(BASE + "/permohonan/[A-Z0-9-]+", bearer(this::application))
        .post(BASE + "/permohonan/[A-Z0-9-]+/batal", bearer(r -> ledger.once(r, List.of(),
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

  private SimulatedResponse business(SimulatedRequest request) {
    Business b = businesses.get(last(request.path()));
    return b == null ? nibNotFound() : SimulatedResponse.json(200, businessJson(b));
  }

  private SimulatedResponse permits(SimulatedRequest request) {
    String nib = segment(request.path(), 3);
    Business b = businesses.get(nib);
    if (b == null) {
      return nibNotFound();
    }
    List<Map<String, Object>> issued = new ArrayList<>();
    issued.add(permitJson("NIB-" + nib, "NIB", null, "RENDAH", b.issuedOn()));
    for (PermitApplication a : applications.values()) {
      if (a.nib().equals(nib) && a.status().equals("TERBIT")) {
        issued.add(permitJson(a.permitNumber(), a.permitType(), a.kbli(), a.riskLevel(),
            LocalDate.ofInstant(a.updatedAt(), WIB)));
      }
    }
    return SimulatedResponse.json(200, Map.of("data", issued));
  }

  private SimulatedResponse submit(SimulatedRequest request, JsonNode body) {
    String nib = body.path("nib").asText("");
    String kbli = body.path("kbli").asText("");
    String risk = body.path("tingkatRisiko").asText("");
    String tracking = body.path("nomorPermohonanMpp").asText("");
    if (!nib.matches("\\d{13}") || !kbli.matches("\\d{5}") || !PERMIT_BY_RISK.containsKey(risk)
        || tracking.isBlank()) {
      return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID",
          "nib, kbli, tingkatRisiko dan nomorPermohonanMpp wajib dan harus valid");
    }
    Business b = businesses.get(nib);
    if (b == null) {
      return nibNotFound();
    }
    if (!b.active()) {
      return codeAndMessage(409, "NIB_TIDAK_AKTIF", "NIB sudah dicabut");
    }
    boolean immediate = risk.equals("RENDAH") || risk.equals("MENENGAH_RENDAH");
    String id = "OSS-" + String.format(Locale.ROOT, "%08d", ++sequence);
    String permitType = PERMIT_BY_RISK.get(risk);
    PermitApplication created = new PermitApplication(id, tracking, nib, kbli, risk, permitType,
        immediate ? "TERBIT" : "VERIFIKASI", null,
        immediate ? permitType + "-" + nib + "-" + String.format(Locale.ROOT, "%04d", sequence)
            : null, clock().instant());
    applications.put(id, created);
    return SimulatedResponse.json(201, applicationJson(created));
  }

  private SimulatedResponse application(SimulatedRequest request) {
    PermitApplication a = applications.get(last(request.path()));
    return a == null ? codeAndMessage(404, "PERMOHONAN_TIDAK_DITEMUKAN",
        "permohonan tidak ditemukan") : SimulatedResponse.json(200, applicationJson(a));
  }

  private SimulatedResponse cancel(SimulatedRequest request, JsonNode body) {
    PermitApplication a = applications.get(segment(request.path(), 3));
    if (a == null) {
      return codeAndMessage(404, "PERMOHONAN_TIDAK_DITEMUKAN", "permohonan tidak ditemukan");
    }
    if (a.status().equals("TERBIT") || a.status().equals("DITOLAK")) {
      return codeAndMessage(409, "TIDAK_DAPAT_DIBATALKAN", "permohonan sudah selesai");
    }
    PermitApplication cancelled = a.moved("DIBATALKAN", body.path("alasan").asText(null), null,
        clock().instant());
    applications.put(a.id(), cancelled);
    return SimulatedResponse.json(200, applicationJson(cancelled));
  }

  // ---------------------------------------------------------------- state and wire

  private PermitApplication waiting(String applicationId) {
    PermitApplication a = applications.get(applicationId);
    if (a == null || !(a.status().equals("VERIFIKASI")
        || a.status().equals("MENUNGGU_PEMENUHAN_PERSYARATAN"))) {
      throw new IllegalArgumentException("no application waiting for the verifier with that id");
    }
    return a;
  }

  private void move(String applicationId, String status, String note, String permitNumber) {
    PermitApplication a = waiting(applicationId);
    applications.put(applicationId, a.moved(status, note, permitNumber, clock().instant()));
  }

  private static SimulatedResponse nibNotFound() {
    return codeAndMessage(404, "NIB_TIDAK_DITEMUKAN", "NIB tidak terdaftar di OSS");
  }

  private static Map<String, Object> businessJson(Business b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nib", b.nib());
    m.put("namaUsaha", b.name());
    m.put("jenisPelakuUsaha", b.kind());
    m.put("skalaUsaha", b.scale());
    m.put("statusNib", b.active() ? "AKTIF" : "DICABUT");
    m.put("tanggalTerbit", b.issuedOn().toString());
    m.put("kbli", b.kbli());
    return m;
  }

  private static Map<String, Object> permitJson(String number, String type, String kbli,
      String risk, LocalDate issuedOn) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nomorPerizinan", number);
    m.put("jenisPerizinan", type);
    m.put("kbli", kbli);
    m.put("tingkatRisiko", risk);
    m.put("tanggalTerbit", issuedOn.toString());
    return m;
  }

  private static Map<String, Object> applicationJson(PermitApplication a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("idPermohonan", a.id());
    m.put("nomorPermohonanMpp", a.trackingNumber());
    m.put("nib", a.nib());
    m.put("kbli", a.kbli());
    m.put("tingkatRisiko", a.riskLevel());
    m.put("jenisPerizinan", a.permitType());
    m.put("status", a.status());
    m.put("catatan", a.note());
    m.put("nomorPerizinan", a.permitNumber());
    m.put("diperbaruiPada", OffsetDateTime.ofInstant(a.updatedAt(), WIB).toString());
    return m;
  }

  // ---------------------------------------------------------------- public value types

  /**
   * A business registered in OSS.
   *
   * @param nib the 13-digit NIB
   * @param name the business name
   * @param kind the kind of business actor, for example {@code ORANG_PERSEORANGAN} or {@code PT}
   * @param scale {@code MIKRO}, {@code KECIL}, {@code MENENGAH} or {@code BESAR}
   * @param active whether the NIB is in force (not revoked)
   * @param issuedOn when the NIB was issued
   * @param kbli the KBLI codes registered
   */
  public record Business(String nib, String name, String kind, String scale, boolean active,
      LocalDate issuedOn, List<String> kbli) {

    /** Checks the NIB form and copies the KBLI codes. */
    public Business {
      if (!Objects.requireNonNull(nib, "nib").matches("\\d{13}")) {
        throw new IllegalArgumentException("nib must be 13 digits");
      }
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(scale, "scale");
      Objects.requireNonNull(issuedOn, "issuedOn");
      kbli = List.copyOf(kbli);
    }

    /**
     * An active micro business of one person.
     *
     * @param nib the NIB
     * @param name the business name
     * @return the business, registered on 5 January 2026 with KBLI 56103 and 47111
     */
    public static Business micro(String nib, String name) {
      return new Business(nib, name, "ORANG_PERSEORANGAN", "MIKRO", true,
          LocalDate.of(2026, 1, 5), List.of("56103", "47111"));
    }

    /** @return a copy whose NIB is revoked */
    public Business revoked() {
      return new Business(nib, name, kind, scale, false, issuedOn, kbli);
    }
  }

  /**
   * A permit application in OSS.
   *
   * @param id the OSS application id
   * @param trackingNumber the MPP's tracking number
   * @param nib the business
   * @param kbli the KBLI applied for
   * @param riskLevel {@code RENDAH}, {@code MENENGAH_RENDAH}, {@code MENENGAH_TINGGI},
   *     {@code TINGGI}
   * @param permitType {@code NIB}, {@code SERTIFIKAT_STANDAR} or {@code IZIN}
   * @param status the OSS status
   * @param note the verifier's note, or {@code null}
   * @param permitNumber the number of the issued permit, or {@code null}
   * @param updatedAt when the status was set
   */
  public record PermitApplication(String id, String trackingNumber, String nib, String kbli,
      String riskLevel, String permitType, String status, String note, String permitNumber,
      Instant updatedAt) {

    PermitApplication moved(String newStatus, String newNote, String number, Instant at) {
      return new PermitApplication(id, trackingNumber, nib, kbli, riskLevel, permitType,
          newStatus, newNote, number == null ? permitNumber : number, at);
    }

    /** @return the application id and status */
    @Override
    public String toString() {
      return "PermitApplication[" + id + " " + status + "]";
    }
  }
}
