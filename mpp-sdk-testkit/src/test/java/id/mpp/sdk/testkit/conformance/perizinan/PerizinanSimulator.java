package id.mpp.sdk.testkit.conformance.perizinan;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.testkit.simulator.Routes;
import id.mpp.sdk.testkit.simulator.SimulatedRequest;
import id.mpp.sdk.testkit.simulator.SimulatedResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated licensing office (DPMPTSP Kota Contoh) behind {@link PerizinanAdapter}: takes
 * applications under an {@code Idempotency-Key} (a key seen before answers the first result and
 * creates nothing), reports their status, lets them be withdrawn, and lets a test play the back
 * office ({@link #moveTo}). Every request needs the {@code X-Api-Key} it was built with.
 */
final class PerizinanSimulator extends AgencySimulator {

  /** One application as the office keeps it. */
  record Permohonan(String nomorRegistrasi, String nomorPelacakan, String kodeLayanan,
      String status, String catatan) {
  }

  private final String apiKey;
  private final Map<String, Permohonan> permohonan = new LinkedHashMap<>();
  private final Map<String, String> byKey = new LinkedHashMap<>();

  PerizinanSimulator(Clock clock, String apiKey) {
    super("dpmptsp", clock);
    this.apiKey = apiKey;
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.post("/v1/permohonan", this::submit)
        .get("/v1/permohonan/[A-Z0-9-]+", this::status)
        .post("/v1/permohonan/[A-Z0-9-]+/batal", this::cancel);
  }

  @Override
  protected synchronized void resetState() {
    permohonan.clear();
    byKey.clear();
  }

  /** @return how many applications the office holds */
  synchronized int count() {
    return permohonan.size();
  }

  /**
   * The back office sets an application's status.
   *
   * @param nomorRegistrasi the office's reference
   * @param status the office's status word, for example {@code PROSES}
   */
  synchronized void moveTo(String nomorRegistrasi, String status) {
    Permohonan p = permohonan.get(nomorRegistrasi);
    permohonan.put(nomorRegistrasi, new Permohonan(p.nomorRegistrasi(), p.nomorPelacakan(),
        p.kodeLayanan(), status, "diperbarui oleh petugas"));
  }

  private synchronized SimulatedResponse submit(SimulatedRequest request) {
    Optional<SimulatedResponse> refused = refuse(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    String key = request.header("Idempotency-Key").orElse("");
    if (byKey.containsKey(key)) {
      return answer(200, permohonan.get(byKey.get(key)));
    }
    JsonNode body = MppJson.defaults().read(request.body(), JsonNode.class);
    for (String field : List.of("nomorPelacakan", "kodeLayanan", "nik", "nama")) {
      if (body.path(field).asText("").isBlank()) {
        return SimulatedResponse.json(422, Map.of("kode", "DATA_TIDAK_LENGKAP", "pesan",
            field + " wajib diisi"));
      }
    }
    String nomor = String.format("REG-%06d", permohonan.size() + 1);
    Permohonan p = new Permohonan(nomor, body.get("nomorPelacakan").asText(),
        body.get("kodeLayanan").asText(), "DITERIMA", null);
    permohonan.put(nomor, p);
    if (!key.isEmpty()) {
      byKey.put(key, nomor);
    }
    return answer(201, p);
  }

  private synchronized SimulatedResponse status(SimulatedRequest request) {
    Optional<SimulatedResponse> refused = refuse(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    Permohonan p = permohonan.get(request.path().substring("/v1/permohonan/".length()));
    return p == null ? notFound() : answer(200, p);
  }

  private synchronized SimulatedResponse cancel(SimulatedRequest request) {
    Optional<SimulatedResponse> refused = refuse(request);
    if (refused.isPresent()) {
      return refused.get();
    }
    String nomor = request.path().substring("/v1/permohonan/".length(),
        request.path().length() - "/batal".length());
    Permohonan p = permohonan.get(nomor);
    if (p == null) {
      return notFound();
    }
    if (!List.of("DITERIMA", "DIBATALKAN").contains(p.status())) {
      return SimulatedResponse.json(409, Map.of("kode", "TIDAK_DAPAT_DIBATALKAN", "pesan",
          "permohonan sudah diproses"));
    }
    Permohonan cancelled = new Permohonan(p.nomorRegistrasi(), p.nomorPelacakan(),
        p.kodeLayanan(), "DIBATALKAN", "dibatalkan atas permintaan pemohon");
    permohonan.put(nomor, cancelled);
    return answer(200, cancelled);
  }

  private Optional<SimulatedResponse> refuse(SimulatedRequest request) {
    if (!request.header("X-Api-Key").filter(apiKey::equals).isPresent()) {
      return Optional.of(SimulatedResponse.json(401, Map.of("kode", "KUNCI_SALAH", "pesan",
          "kunci API tidak dikenal")));
    }
    return Optional.empty();
  }

  private SimulatedResponse answer(int status, Permohonan p) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nomorRegistrasi", p.nomorRegistrasi());
    body.put("status", p.status());
    body.put("diperbaruiPada", clock().instant().toString());
    if (p.catatan() != null) {
      body.put("catatan", p.catatan());
    }
    return SimulatedResponse.json(status, body);
  }

  private static SimulatedResponse notFound() {
    return SimulatedResponse.json(404, Map.of("kode", "TIDAK_DITEMUKAN", "pesan",
        "permohonan tidak ditemukan"));
  }
}
