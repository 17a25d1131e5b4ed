package id.mpp.sdk.testkit.agencies;

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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated Kemenag API: marriage registration (pendaftaran kehendak nikah) at one KUA
 * kecamatan, and the hajj waiting queue (SISKOHAT) by nomor porsi. The real APIs are not public;
 * this is a plausible design.
 *
 * <p>It checks the {@code X-Api-Key} header on every request (401 {@code UNAUTHORIZED}). A
 * registration is refused unless at least {@link #NOTICE_WORKING_DAYS} weekdays (Monday to
 * Friday; this simulator knows no holidays) lie between the day it is received and the akad
 * ({@code 422 PEMBERITAHUAN_KURANG}). The PNBP is nil for an akad at the KUA on a weekday between
 * 08:00 and 16:00 and {@link #FEE_OUTSIDE_KUA} otherwise. The KUA moves a registration
 * ({@link #advance}) from {@code DIDAFTARKAN} through {@code PEMERIKSAAN}, (when a PNBP is due)
 * {@code MENUNGGU_PEMBAYARAN} until {@link #recordPayment}, {@code PENGUMUMAN} and
 * {@code SIAP_AKAD} to {@code TERCATAT}; it may return the files ({@code BERKAS_DIKEMBALIKAN}) or
 * refuse ({@code DITOLAK}). Mutating calls need an {@code Idempotency-Key}. State is reset before
 * every test.
 */
public final class KemenagSimulator extends AgencySimulator {

  /** The base path of the KUA API. */
  public static final String KUA = "/kua/v1";
  /** The base path of the hajj API. */
  public static final String HAJI = "/haji/v1";
  /** The agency id it plays. */
  public static final String AGENCY_ID = "kemenag";
  /** The PNBP of a marriage outside the KUA or outside office hours. */
  public static final Rupiah FEE_OUTSIDE_KUA = Rupiah.of(600_000);
  /** The whole weekdays required between registration and akad. */
  public static final int NOTICE_WORKING_DAYS = 10;

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Set<String> FINISHED = Set.of("TERCATAT", "DITOLAK", "DIBATALKAN");

  private final String apiKey;
  private final String kuaCode;
  private final Map<String, Registration> registrations = new LinkedHashMap<>();
  private final Map<String, HajjPortion> portions = new LinkedHashMap<>();
  private final IdempotencyLedger ledger = new IdempotencyLedger(IdempotencyLedger::codeAndMessage);
  private long sequence;

  /**
   * A simulated Kemenag with one KUA, accepting one API key.
   *
   * @param clock the clock (notice period, status times)
   * @param apiKey the key the MPP must send in {@code X-Api-Key}
   * @param kuaCode the code of the KUA
   */
  public KemenagSimulator(Clock clock, String apiKey, String kuaCode) {
    super(AGENCY_ID, clock);
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.kuaCode = Objects.requireNonNull(kuaCode, "kuaCode");
  }

  // ---------------------------------------------------------------- test controls

  /**
   * Adds a hajj registration to the waiting queue.
   *
   * @param portion the registration
   */
  public synchronized void addPortion(HajjPortion portion) {
    portions.put(portion.number(), Objects.requireNonNull(portion, "portion"));
  }

  /** @return every marriage registration, in the order received */
  public synchronized List<Registration> registrations() {
    return List.copyOf(registrations.values());
  }

  /** @return how many marriage registrations the KUA holds */
  public synchronized int registrationCount() {
    return registrations.size();
  }

  /**
   * The KUA moves a registration one step; a returned one goes back to {@code PEMERIKSAAN}.
   *
   * @param id the nomor pendaftaran
   * @return the new status
   * @throws IllegalArgumentException if unknown, finished, or waiting for its PNBP
   */
  public synchronized String advance(String id) {
    Registration r = known(id);
    String next = switch (r.status()) {
      case "DIDAFTARKAN", "BERKAS_DIKEMBALIKAN" -> "PEMERIKSAAN";
      case "PEMERIKSAAN" -> r.fee().isZero() ? "PENGUMUMAN" : "MENUNGGU_PEMBAYARAN";
      case "PENGUMUMAN" -> "SIAP_AKAD";
      case "SIAP_AKAD" -> "TERCATAT";
      case "MENUNGGU_PEMBAYARAN" -> throw new IllegalArgumentException("the PNBP is unpaid");
      default -> throw new IllegalArgumentException("the registration is finished");
    };
    registrations.put(id, r.moved(next, null, clock().instant()));
    return next;
  }

  /**
   * The bank reports the PNBP paid: the registration goes on to {@code PENGUMUMAN}.
   *
   * @param id the nomor pendaftaran
   */
  public synchronized void recordPayment(String id) {
    Registration r = known(id);
    if (!r.status().equals("MENUNGGU_PEMBAYARAN")) {
      throw new IllegalArgumentException("no PNBP is due on that registration");
    }
    registrations.put(id, r.moved("PENGUMUMAN", null, clock().instant()));
  }

  /**
   * The penghulu returns the files of a registration under examination.
   *
   * @param id the nomor pendaftaran
   * @param note what is missing, without personal data
   */
  public synchronized void returnFiles(String id, String note) {
    Registration r = known(id);
    if (!r.status().equals("PEMERIKSAAN")) {
      throw new IllegalArgumentException("only a registration under examination is returned");
    }
    registrations.put(id, r.moved("BERKAS_DIKEMBALIKAN", note, clock().instant()));
  }

  /**
   * The KUA refuses a registration (surat penolakan kehendak nikah).
   *
   * @param id the nomor pendaftaran
   * @param reason why, without personal data
   */
  public synchronized void reject(String id, String reason) {
    Registration r = known(id);
    if (FINISHED.contains(r.status())) {
      throw new IllegalArgumentException("the registration is finished");
    }
    registrations.put(id, r.moved("DITOLAK", reason, clock().instant()));
  }

  @Override
  protected synchronized void resetState() {
    registrations.clear();
    portions.clear();
    ledger.clear();
    sequence = 0;
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.post(KUA + "/[A-Z0-9-]+/nikah", authorised(r -> ledger.once(r,
            List.of("nomorPermohonanMpp", "nikCalonSuami", "nikCalonIstri", "tanggalAkad",
                "jamAkad", "tempatAkad"), this::register)))
        .get(KUA + "/nikah/[A-Z0-9-]+", authorised(this::registration))
        .post(KUA + "/nikah/[A-Z0-9-]+/batal", authorised(r -> ledger.once(r, List.of(),
            this::cancel)))
        .get(HAJI + "/porsi/[0-9A-Za-z]+", authorised(this::portion));
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

  private SimulatedResponse register(SimulatedRequest request, JsonNode body) {
    if (!segment(request.path(), 2).equals(kuaCode)) {
      return codeAndMessage(404, "KUA_TIDAK_DIKENAL", "kode KUA tidak dikenal");
    }
    String tracking = body.path("nomorPermohonanMpp").asText("");
    String groom = body.path("nikCalonSuami").asText("");
    String bride = body.path("nikCalonIstri").asText("");
    String venue = body.path("tempatAkad").asText("");
    LocalDate date;
    LocalTime time;
    try {
      date = LocalDate.parse(body.path("tanggalAkad").asText(""));
      time = LocalTime.parse(body.path("jamAkad").asText(""));
    } catch (DateTimeParseException e) {
      return invalid();
    }
    if (tracking.isBlank() || !groom.matches("\\d{16}") || !bride.matches("\\d{16}")
        || !Set.of("KUA", "LUAR_KUA").contains(venue)
        || venue.equals("LUAR_KUA") && body.path("alamatAkad").asText("").isBlank()) {
      return invalid();
    }
    LocalDate today = LocalDate.ofInstant(clock().instant(), WIB);
    if (weekdaysBetween(today.plusDays(1), date) < NOTICE_WORKING_DAYS) {
      return codeAndMessage(422, "PEMBERITAHUAN_KURANG",
          "kehendak nikah didaftarkan kurang dari 10 hari kerja sebelum akad");
    }
    boolean free = venue.equals("KUA") && weekday(date) && !time.isBefore(LocalTime.of(8, 0))
        && time.isBefore(LocalTime.of(16, 0));
    Registration created = new Registration("NKH-" + String.format(Locale.ROOT, "%08d",
        ++sequence), tracking, date, time, venue, free ? Rupiah.ZERO : FEE_OUTSIDE_KUA,
        "DIDAFTARKAN", null, clock().instant());
    registrations.put(created.id(), created);
    return SimulatedResponse.json(201, registrationJson(created));
  }

  private SimulatedResponse registration(SimulatedRequest request) {
    Registration r = registrations.get(last(request.path()));
    return r == null ? registrationNotFound() : SimulatedResponse.json(200, registrationJson(r));
  }

  private SimulatedResponse cancel(SimulatedRequest request, JsonNode body) {
    Registration r = registrations.get(segment(request.path(), 3));
    if (r == null) {
      return registrationNotFound();
    }
    if (r.status().equals("DIBATALKAN")) {
      return SimulatedResponse.json(200, registrationJson(r));
    }
    if (FINISHED.contains(r.status())) {
      return codeAndMessage(409, "TIDAK_DAPAT_DIBATALKAN", "pendaftaran sudah selesai");
    }
    Registration cancelled = r.moved("DIBATALKAN", body.path("alasan").asText(null),
        clock().instant());
    registrations.put(r.id(), cancelled);
    return SimulatedResponse.json(200, registrationJson(cancelled));
  }

  private SimulatedResponse portion(SimulatedRequest request) {
    HajjPortion p = portions.get(last(request.path()));
    if (p == null) {
      return codeAndMessage(404, "PORSI_TIDAK_DITEMUKAN", "nomor porsi tidak ditemukan");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nomorPorsi", p.number());
    m.put("provinsi", p.province());
    m.put("tanggalDaftar", p.registeredOn().toString());
    m.put("perkiraanTahunBerangkat", p.estimatedDepartureYear());
    m.put("status", p.status());
    return SimulatedResponse.json(200, m);
  }

  // ---------------------------------------------------------------- state and wire

  private Registration known(String id) {
    Registration r = registrations.get(id);
    if (r == null) {
      throw new IllegalArgumentException("no registration with that id");
    }
    return r;
  }

  private static boolean weekday(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static long weekdaysBetween(LocalDate from, LocalDate toExclusive) {
    long n = 0;
    for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
      if (weekday(d)) {
        n++;
      }
    }
    return n;
  }

  private static SimulatedResponse invalid() {
    return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID",
        "data calon pengantin, tanggal, jam dan tempat akad wajib dan harus valid");
  }

  private static SimulatedResponse registrationNotFound() {
    return codeAndMessage(404, "PENDAFTARAN_TIDAK_DITEMUKAN", "pendaftaran tidak ditemukan");
  }

  private static Map<String, Object> registrationJson(Registration r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nomorPendaftaran", r.id());
    m.put("nomorPermohonanMpp", r.trackingNumber());
    m.put("tanggalAkad", r.date().toString());
    m.put("jamAkad", r.time().toString());
    m.put("tempatAkad", r.venue());
    m.put("pnbp", r.fee().amount());
    m.put("status", r.status());
    m.put("catatan", r.note());
    m.put("diperbaruiPada", OffsetDateTime.ofInstant(r.updatedAt(), WIB).toString());
    return m;
  }

  // ---------------------------------------------------------------- public value types

  /**
   * A marriage registration at the KUA. The couple's NIKs are not kept.
   *
   * @param id the nomor pendaftaran
   * @param trackingNumber the MPP's tracking number
   * @param date the day of the akad
   * @param time the time of the akad
   * @param venue {@code KUA} or {@code LUAR_KUA}
   * @param fee the PNBP due
   * @param status the KUA's status
   * @param note the officer's note, or {@code null}
   * @param updatedAt when the status was set
   */
  public record Registration(String id, String trackingNumber, LocalDate date, LocalTime time,
      String venue, Rupiah fee, String status, String note, Instant updatedAt) {

    Registration moved(String newStatus, String newNote, Instant at) {
      return new Registration(id, trackingNumber, date, time, venue, fee, newStatus, newNote,
          at);
    }
  }

  /**
   * A hajj registration in the waiting queue. The pilgrim is not modelled.
   *
   * @param number the nomor porsi
   * @param province the province of the quota
   * @param registeredOn the day of the setoran awal
   * @param estimatedDepartureYear the estimated year of departure
   * @param status {@code MENUNGGU}, {@code BERANGKAT_TAHUN_BERJALAN}, {@code SUDAH_BERANGKAT} or
   *     {@code BATAL}
   */
  public record HajjPortion(String number, String province, LocalDate registeredOn,
      int estimatedDepartureYear, String status) {

    /** Checks the parts. */
    public HajjPortion {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(province, "province");
      Objects.requireNonNull(registeredOn, "registeredOn");
      Objects.requireNonNull(status, "status");
    }

    /**
     * A registration waiting in the Lampung queue.
     *
     * @param number the nomor porsi
     * @param registeredOn the day of the setoran awal
     * @param estimatedDepartureYear the estimated year of departure
     * @return the registration, {@code MENUNGGU}
     */
    public static HajjPortion waiting(String number, LocalDate registeredOn,
        int estimatedDepartureYear) {
      return new HajjPortion(number, "Lampung", registeredOn, estimatedDepartureYear,
          "MENUNGGU");
    }
  }

  /** @return the KUA code and how many registrations it holds */
  @Override
  public synchronized String toString() {
    return "KemenagSimulator[" + kuaCode + ", registrations=" + registrations.size() + "]";
  }

  /**
   * The registration by the MPP's tracking number.
   *
   * @param trackingNumber the tracking number
   * @return the registration, if any
   */
  public synchronized Optional<Registration> findByTracking(String trackingNumber) {
    return registrations.values().stream()
        .filter(r -> r.trackingNumber().equals(trackingNumber)).findFirst();
  }
}
