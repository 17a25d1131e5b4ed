package id.mpp.sdk.examples.perizinan;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.testkit.simulator.Routes;
import id.mpp.sdk.testkit.simulator.SimulatedRequest;
import id.mpp.sdk.testkit.simulator.SimulatedResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated licensing system of a city's DPMPTSP, built on the testkit's
 * {@link AgencySimulator}: it checks the bearer token, takes applications once per
 * {@code Idempotency-Key}, and moves each through its stages on the simulator's clock — BARU,
 * DIPROSES after {@link #PROCESSING_AFTER}, then TERBIT (issued, ready for pickup) after
 * {@link #ISSUED_AFTER}, except every {@link #REVISION_EVERY}th application, which stops at
 * PERLU_PERBAIKAN (documents to revise).
 */
public final class PerizinanSimulator extends AgencySimulator {

  /** The agency id it plays. */
  public static final String AGENCY_ID = "dpmptsp";
  /** The token it accepts by default. */
  public static final String TEST_TOKEN = "token-simulasi-perizinan";
  /** How long an application stays BARU. */
  public static final Duration PROCESSING_AFTER = Duration.ofMinutes(30);
  /** How long until an application is issued (TERBIT). */
  public static final Duration ISSUED_AFTER = Duration.ofHours(2);
  /** Every this many applications one needs revision. */
  public static final int REVISION_EVERY = 12;

  private static final Pattern ONE = Pattern.compile("/api/v1/permohonan/([A-Z0-9-]+)");
  private static final Pattern CANCEL = Pattern.compile("/api/v1/permohonan/([A-Z0-9-]+)/batal");

  /** One application as the office holds it. */
  private record Permohonan(String id, String referensiMpp, String layanan, Instant receivedAt,
      boolean needsRevision, boolean cancelled) {
  }

  private final String token;
  private final Map<String, Permohonan> byId = new LinkedHashMap<>();
  private final Map<String, String> byKey = new LinkedHashMap<>();

  /**
   * A simulator accepting {@link #TEST_TOKEN}.
   *
   * @param clock the clock its stages follow (the hub's)
   */
  public PerizinanSimulator(Clock clock) {
    super(AGENCY_ID, clock, 10_000);
    this.token = TEST_TOKEN;
  }

  /** @return how many distinct applications it took since the last reset */
  public synchronized int applications() {
    return byId.size();
  }

  /**
   * The office's reference of the application the MPP sent under a tracking number.
   *
   * @param trackingNumber the MPP's tracking number
   * @return the office's id, if it took the application
   */
  public synchronized Optional<String> findByTrackingNumber(String trackingNumber) {
    return byId.values().stream().filter(p -> p.referensiMpp().equals(trackingNumber))
        .map(Permohonan::id).findFirst();
  }

  @Override
  protected synchronized void resetState() {
    byId.clear();
    byKey.clear();
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.post("/api/v1/permohonan", this::submit)
        .get(ONE.pattern(), this::status)
        .post(CANCEL.pattern(), this::cancel);
  }

  private synchronized SimulatedResponse submit(SimulatedRequest request) {
    Optional<SimulatedResponse> refused = refuse(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    String key = request.header("Idempotency-Key").orElse(null);
    if (key != null && byKey.containsKey(key)) {
      return answer(201, byId.get(byKey.get(key)));
    }
    JsonNode body = MppJson.defaults().read(request.body(), JsonNode.class);
    String referensi = body.path("referensiMpp").asText("");
    String nik = body.path("pemohon").path("nik").asText("");
    if (referensi.isBlank() || !nik.matches("\\d{16}")) {
      return SimulatedResponse.json(422, "{\"pesan\":\"referensiMpp dan pemohon.nik wajib\"}");
    }
    int number = byId.size() + 1;
    Permohonan p = new Permohonan("IZN-" + String.format("%06d", number), referensi,
        body.path("layanan").asText(), clock().instant(), number % REVISION_EVERY == 0, false);
    byId.put(p.id(), p);
    if (key != null) {
      byKey.put(key, p.id());
    }
    return answer(201, p);
  }

  private synchronized SimulatedResponse status(SimulatedRequest request) {
    return refuse(request).orElseGet(() -> find(ONE, request)
        .map(p -> answer(200, p)).orElseGet(this::notFound));
  }

  private synchronized SimulatedResponse cancel(SimulatedRequest request) {
    return refuse(request).orElseGet(() -> find(CANCEL, request).map(p -> {
      Permohonan cancelled = new Permohonan(p.id(), p.referensiMpp(), p.layanan(),
          p.receivedAt(), p.needsRevision(), true);
      byId.put(p.id(), cancelled);
      return answer(200, cancelled);
    }).orElseGet(this::notFound));
  }

  private Optional<SimulatedResponse> refuse(SimulatedRequest request) {
    String expected = "Bearer " + token;
    if (!Objects.equals(request.header("Authorization").orElse(null), expected)) {
      return Optional.of(SimulatedResponse.json(401, "{\"pesan\":\"token tidak sah\"}"));
    }
    return Optional.empty();
  }

  private Optional<Permohonan> find(Pattern pattern, SimulatedRequest request) {
    Matcher m = pattern.matcher(request.path());
    return m.matches() ? Optional.ofNullable(byId.get(m.group(1))) : Optional.empty();
  }

  private SimulatedResponse notFound() {
    return SimulatedResponse.json(404, "{\"pesan\":\"permohonan tidak ditemukan\"}");
  }

  private SimulatedResponse answer(int status, Permohonan p) {
    Instant now = clock().instant();
    Duration age = Duration.between(p.receivedAt(), now);
    String stage;
    Instant since;
    if (p.cancelled()) {
      stage = "BATAL";
      since = now;
    } else if (age.compareTo(PROCESSING_AFTER) < 0) {
      stage = "BARU";
      since = p.receivedAt();
    } else if (p.needsRevision()) {
      stage = "PERLU_PERBAIKAN";
      since = p.receivedAt().plus(PROCESSING_AFTER);
    } else if (age.compareTo(ISSUED_AFTER) < 0) {
      stage = "DIPROSES";
      since = p.receivedAt().plus(PROCESSING_AFTER);
    } else {
      stage = "TERBIT";
      since = p.receivedAt().plus(ISSUED_AFTER);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", p.id());
    body.put("tahap", stage);
    body.put("waktu", since.toString());
    if (stage.equals("PERLU_PERBAIKAN")) {
      body.put("keterangan", "Lampirkan denah lokasi yang ditandatangani.");
    }
    return SimulatedResponse.json(status, body);
  }
}
