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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated ATR/BPN land-service API (Kantor Pertanahan): certificates in the land book and the
 * berkas of pengecekan sertifikat, roya and balik nama. The real API is not public; this is a
 * plausible design.
 *
 * <p>OAuth 2.0 client credentials: {@code POST /oauth/token} with HTTP Basic credentials issues a
 * bearer token for {@link #TOKEN_LIFETIME}; every API call needs a live token (401 otherwise).
 * A berkas starts {@code BERKAS_MASUK}; the office moves it ({@link #advance}) through
 * {@code MENUNGGU_PEMBAYARAN} (the SPS is issued with the PNBP), {@code PEMERIKSAAN},
 * {@code PENGESAHAN}, {@code SELESAI} (ready at the loket penyerahan) to {@code DISERAHKAN}; it
 * may return it ({@code BERKAS_DIKEMBALIKAN}, {@link #returnFiles}) or refuse it
 * ({@code DITOLAK}). The PNBP is fixed for pengecekan ({@link #FEE_CHECK}) and roya
 * ({@link #FEE_ROYA}); for balik nama it is {@link #FEE_TRANSFER_BASE} plus one per mille of the
 * land value, rounded down. A handed-over roya strikes one hak tanggungan from the certificate.
 * Mutating calls need an {@code Idempotency-Key}. State is reset before every test.
 */
public final class AtrBpnSimulator extends AgencySimulator {

  /** Path of the token endpoint. */
  public static final String TOKEN_PATH = "/oauth/token";
  /** The base path of the API. */
  public static final String BASE = "/pertanahan/v1";
  /** Lifetime of an access token. */
  public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
  /** The agency id it plays. */
  public static final String AGENCY_ID = "atr-bpn";
  /** The PNBP of a pengecekan sertifikat. */
  public static final Rupiah FEE_CHECK = Rupiah.of(50_000);
  /** The PNBP of a roya. */
  public static final Rupiah FEE_ROYA = Rupiah.of(50_000);
  /** The fixed part of the PNBP of a balik nama. */
  public static final Rupiah FEE_TRANSFER_BASE = Rupiah.of(50_000);

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final List<String> HAPPY_PATH = List.of("BERKAS_MASUK", "MENUNGGU_PEMBAYARAN",
      "PEMERIKSAAN", "PENGESAHAN", "SELESAI", "DISERAHKAN");
  private static final Set<String> CANCELLABLE = Set.of("BERKAS_MASUK", "MENUNGGU_PEMBAYARAN",
      "BERKAS_DIKEMBALIKAN");
  private static final Set<String> SERVICES = Set.of("PENGECEKAN", "ROYA", "PERALIHAN_HAK");

  private final String clientId;
  private final String clientSecret;
  private final ClientCredentialsTokens tokens;
  private final Map<String, Certificate> certificates = new LinkedHashMap<>();
  private final Map<String, Berkas> berkas = new LinkedHashMap<>();
  private final IdempotencyLedger ledger = new IdempotencyLedger(IdempotencyLedger::codeAndMessage);
  private long sequence;

  /**
   * A simulated Kantor Pertanahan serving one client (the MPP).
   *
   * @param clock the clock (token expiry, status times)
   * @param clientId the OAuth client id it accepts
   * @param clientSecret the client secret it accepts
   */
  public AtrBpnSimulator(Clock clock, String clientId, String clientSecret) {
    super(AGENCY_ID, clock);
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.tokens = new ClientCredentialsTokens(this.clientId, this.clientSecret,
        TOKEN_LIFETIME, () -> clock().instant());
  }

  // ---------------------------------------------------------------- test controls

  /**
   * Adds (or replaces) a certificate in the land book.
   *
   * @param certificate the certificate
   */
  public synchronized void addCertificate(Certificate certificate) {
    certificates.put(certificate.number(), Objects.requireNonNull(certificate, "certificate"));
  }

  /**
   * A certificate by number.
   *
   * @param number the nomor sertifikat
   * @return the certificate, if in the land book
   */
  public synchronized Optional<Certificate> findCertificate(String number) {
    return Optional.ofNullable(certificates.get(number));
  }

  /** @return every berkas, in the order received */
  public synchronized List<Berkas> berkas() {
    return List.copyOf(berkas.values());
  }

  /** @return how many berkas the office holds */
  public synchronized int berkasCount() {
    return berkas.size();
  }

  /**
   * The office moves a berkas one step on its usual path; a returned berkas goes back to
   * {@code PEMERIKSAAN}.
   *
   * @param id the nomor berkas
   * @return the new status
   * @throws IllegalArgumentException if the berkas is unknown or finished
   */
  public synchronized String advance(String id) {
    Berkas b = known(id);
    String next;
    if (b.status().equals("BERKAS_DIKEMBALIKAN")) {
      next = "PEMERIKSAAN";
    } else {
      int at = HAPPY_PATH.indexOf(b.status());
      if (at < 0 || at == HAPPY_PATH.size() - 1) {
        throw new IllegalArgumentException("the berkas is finished");
      }
      next = HAPPY_PATH.get(at + 1);
    }
    move(b, next, null);
    if (next.equals("DISERAHKAN") && b.service().equals("ROYA")) {
      Certificate c = certificates.get(b.certificateNumber());
      certificates.put(c.number(), c.withMortgages(Math.max(0, c.mortgages() - 1)));
    }
    return next;
  }

  /**
   * The office returns a berkas under examination for missing or wrong documents.
   *
   * @param id the nomor berkas
   * @param note what is missing, without personal data
   */
  public synchronized void returnFiles(String id, String note) {
    Berkas b = known(id);
    if (!b.status().equals("PEMERIKSAAN")) {
      throw new IllegalArgumentException("only a berkas under examination can be returned");
    }
    move(b, "BERKAS_DIKEMBALIKAN", note);
  }

  /**
   * The office refuses a berkas that is not finished.
   *
   * @param id the nomor berkas
   * @param reason why, without personal data
   */
  public synchronized void reject(String id, String reason) {
    Berkas b = known(id);
    if (Set.of("SELESAI", "DISERAHKAN", "DITOLAK", "DIBATALKAN").contains(b.status())) {
      throw new IllegalArgumentException("the berkas is finished");
    }
    move(b, "DITOLAK", reason);
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
    certificates.clear();
    berkas.clear();
    ledger.clear();
    sequence = 0;
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.post(TOKEN_PATH, this::token)
        .get(BASE + "/sertifikat/[0-9.]+", bearer(this::certificate))
        .post(BASE + "/berkas", bearer(r -> ledger.once(r,
            List.of("nomorPermohonanMpp", "layanan", "nomorSertifikat", "nilaiTanah"),
            this::submit)))
        .get(BASE + "/berkas/[A-Z0-9-]+", bearer(this::application))
        .post(BASE + "/berkas/[A-Z0-9-]+/batal", bearer(r -> ledger.once(r, List.of(),
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

  private SimulatedResponse certificate(SimulatedRequest request) {
    Certificate c = certificates.get(last(request.path()));
    return c == null ? certificateNotFound() : SimulatedResponse.json(200, certificateJson(c));
  }

  private SimulatedResponse submit(SimulatedRequest request, JsonNode body) {
    String tracking = body.path("nomorPermohonanMpp").asText("");
    String service = body.path("layanan").asText("");
    String number = body.path("nomorSertifikat").asText("");
    if (tracking.isBlank() || !SERVICES.contains(service) || number.isBlank()
        || !body.path("nik").asText("").matches("\\d{16}")) {
      return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID",
          "nomorPermohonanMpp, layanan, nomorSertifikat dan nik wajib dan harus valid");
    }
    Certificate c = certificates.get(number);
    if (c == null) {
      return certificateNotFound();
    }
    if (body.hasNonNull("nibBidang") && !body.get("nibBidang").asText().equals(c.parcelId())) {
      return codeAndMessage(422, "NIB_TIDAK_SESUAI", "NIB bidang tidak sesuai dengan sertifikat");
    }
    if (c.blocked()) {
      return codeAndMessage(409, "SERTIFIKAT_DIBLOKIR", "sertifikat sedang diblokir atau disita");
    }
    if (service.equals("ROYA") && c.mortgages() == 0) {
      return codeAndMessage(409, "TIDAK_ADA_HAK_TANGGUNGAN",
          "tidak ada hak tanggungan yang dapat diroya");
    }
    Rupiah fee;
    if (service.equals("PERALIHAN_HAK")) {
      Rupiah value = amount(body.get("nilaiTanah"));
      if (value == null || value.isZero()) {
        return codeAndMessage(400, "NILAI_TANAH_WAJIB", "peralihan hak memerlukan nilai tanah");
      }
      fee = transferFee(value);
    } else {
      fee = service.equals("ROYA") ? FEE_ROYA : FEE_CHECK;
    }
    Berkas created = new Berkas("BRK-" + String.format(Locale.ROOT, "%08d", ++sequence),
        tracking, service, number, fee, "BERKAS_MASUK", null, clock().instant());
    berkas.put(created.id(), created);
    return SimulatedResponse.json(201, berkasJson(created));
  }

  private SimulatedResponse application(SimulatedRequest request) {
    Berkas b = berkas.get(last(request.path()));
    return b == null ? berkasNotFound() : SimulatedResponse.json(200, berkasJson(b));
  }

  private SimulatedResponse cancel(SimulatedRequest request, JsonNode body) {
    Berkas b = berkas.get(segment(request.path(), 3));
    if (b == null) {
      return berkasNotFound();
    }
    if (b.status().equals("DIBATALKAN")) {
      return SimulatedResponse.json(200, berkasJson(b));
    }
    if (!CANCELLABLE.contains(b.status())) {
      return codeAndMessage(409, "TIDAK_DAPAT_DIBATALKAN",
          "berkas yang sudah diperiksa tidak dapat dibatalkan");
    }
    Berkas cancelled = b.moved("DIBATALKAN", body.path("alasan").asText(null),
        clock().instant());
    berkas.put(b.id(), cancelled);
    return SimulatedResponse.json(200, berkasJson(cancelled));
  }

  // ---------------------------------------------------------------- state and wire

  /**
   * The PNBP of a balik nama in this simulator.
   *
   * @param landValue the land value
   * @return {@link #FEE_TRANSFER_BASE} plus one per mille of the value, rounded down
   */
  public static Rupiah transferFee(Rupiah landValue) {
    return Rupiah.of(landValue.amount().divide(BigDecimal.valueOf(1000), 0, RoundingMode.DOWN))
        .plus(FEE_TRANSFER_BASE);
  }

  private Berkas known(String id) {
    Berkas b = berkas.get(id);
    if (b == null) {
      throw new IllegalArgumentException("no berkas with that id");
    }
    return b;
  }

  private void move(Berkas b, String status, String note) {
    berkas.put(b.id(), b.moved(status, note, clock().instant()));
  }

  private static SimulatedResponse certificateNotFound() {
    return codeAndMessage(404, "SERTIFIKAT_TIDAK_DITEMUKAN", "sertifikat tidak ada di buku tanah");
  }

  private static SimulatedResponse berkasNotFound() {
    return codeAndMessage(404, "BERKAS_TIDAK_DITEMUKAN", "berkas tidak ditemukan");
  }

  private static Map<String, Object> certificateJson(Certificate c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nomorSertifikat", c.number());
    m.put("nibBidang", c.parcelId());
    m.put("jenisHak", c.rightType());
    m.put("luas", c.areaSquareMetres().toPlainString());
    m.put("kantorPertanahan", c.landOffice());
    m.put("jumlahHakTanggungan", c.mortgages());
    m.put("statusBlokir", c.blocked() ? "DIBLOKIR" : "TIDAK_DIBLOKIR");
    return m;
  }

  private static Map<String, Object> berkasJson(Berkas b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nomorBerkas", b.id());
    m.put("nomorPermohonanMpp", b.trackingNumber());
    m.put("layanan", b.service());
    m.put("nomorSertifikat", b.certificateNumber());
    m.put("status", b.status());
    m.put("pnbp", b.fee().amount());
    m.put("catatan", b.note());
    m.put("diperbaruiPada", OffsetDateTime.ofInstant(b.updatedAt(), WIB).toString());
    return m;
  }

  // ---------------------------------------------------------------- public value types

  /**
   * A certificate in the land book. The holder is not modelled: the API never returns it.
   *
   * @param number the nomor sertifikat
   * @param parcelId the NIB bidang tanah
   * @param rightType {@code HM}, {@code HGB}, {@code HGU} or {@code HP}
   * @param areaSquareMetres the area in m²
   * @param landOffice the Kantor Pertanahan
   * @param mortgages how many hak tanggungan are registered
   * @param blocked whether it is blocked or seized
   */
  public record Certificate(String number, String parcelId, String rightType,
      BigDecimal areaSquareMetres, String landOffice, int mortgages, boolean blocked) {

    /** Checks the parts. */
    public Certificate {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(parcelId, "parcelId");
      Objects.requireNonNull(rightType, "rightType");
      Objects.requireNonNull(areaSquareMetres, "areaSquareMetres");
      Objects.requireNonNull(landOffice, "landOffice");
    }

    /**
     * A hak milik of 120 m² at the Kantor Pertanahan Kota Bandar Lampung.
     *
     * @param number the nomor sertifikat
     * @param parcelId the NIB bidang
     * @param mortgages how many hak tanggungan it carries
     * @return the certificate, not blocked
     */
    public static Certificate hakMilik(String number, String parcelId, int mortgages) {
      return new Certificate(number, parcelId, "HM", BigDecimal.valueOf(120),
          "Kantor Pertanahan Kota Bandar Lampung", mortgages, false);
    }

    /** @return a copy that is blocked */
    public Certificate blockedCopy() {
      return new Certificate(number, parcelId, rightType, areaSquareMetres, landOffice,
          mortgages, true);
    }

    Certificate withMortgages(int count) {
      return new Certificate(number, parcelId, rightType, areaSquareMetres, landOffice, count,
          blocked);
    }
  }

  /**
   * A berkas (application file) at the Kantor Pertanahan.
   *
   * @param id the nomor berkas
   * @param trackingNumber the MPP's tracking number
   * @param service {@code PENGECEKAN}, {@code ROYA} or {@code PERALIHAN_HAK}
   * @param certificateNumber the certificate it is for
   * @param fee the PNBP billed
   * @param status the office's status
   * @param note the officer's note, or {@code null}
   * @param updatedAt when the status was set
   */
  public record Berkas(String id, String trackingNumber, String service,
      String certificateNumber, Rupiah fee, String status, String note, Instant updatedAt) {

    Berkas moved(String newStatus, String newNote, Instant at) {
      return new Berkas(id, trackingNumber, service, certificateNumber, fee, newStatus, newNote,
          at);
    }

    /** @return the id, service and status */
    @Override
    public String toString() {
      return "Berkas[" + id + " " + service + " " + status + "]";
    }
  }
}
