package id.mpp.sdk.testkit.agencies;

import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.codeAndMessage;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.last;
import static id.mpp.sdk.testkit.agencies.IdempotencyLedger.queryParam;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A simulated Imigrasi passport API for one Kantor Imigrasi counter at an MPP, as
 * {@code docs/en/adapters/imigrasi.md} describes. The real API is not public; this is a plausible
 * design.
 *
 * <p>Every request must be HMAC-signed as the core {@code HmacSigning} scheme signs
 * ({@code X-Key-Id}, {@code X-Timestamp} in epoch seconds within 5 minutes of the simulator's
 * clock, {@code X-Signature} = Base64(HMAC-SHA256(secret, METHOD \n path?query \n timestamp \n
 * X-Request-Id \n hex SHA-256 of the body))); otherwise 401.
 *
 * <p>It plays the office: on working days (Monday to Friday) three sessions, 08:00, 10:00 and
 * 13:00, each of {@link #slotCapacity} places, and a daily quota per service (the sum of the
 * sessions unless set with {@link #setDailyQuota}); a booking in a full session is refused
 * {@code SLOT_PENUH}, on a full day {@code KUOTA_PENUH}. A passport application then moves through
 * {@code JADWAL_TERDAFTAR → PEMERIKSAAN_BERKAS → FOTO_WAWANCARA → MENUNGGU_PEMBAYARAN →
 * PENCETAKAN → SIAP_DIAMBIL → DIAMBIL} as the test calls {@link #advance}, with the side exits
 * {@code BERKAS_DIKEMBALIKAN}, {@code DITOLAK} and {@code DIBATALKAN}. State is reset before every
 * test.
 */
public final class ImigrasiSimulator extends AgencySimulator {

  /** The base path of the API. */
  public static final String BASE = "/paspor/v1";
  /** The agency id it plays. */
  public static final String AGENCY_ID = "imigrasi";
  /** The sessions of a working day. */
  public static final List<LocalTime> SESSIONS = List.of(LocalTime.of(8, 0),
      LocalTime.of(10, 0), LocalTime.of(13, 0));
  /** The flow of a passport application, in order. */
  public static final List<String> FLOW = List.of("JADWAL_TERDAFTAR", "PEMERIKSAAN_BERKAS",
      "FOTO_WAWANCARA", "MENUNGGU_PEMBAYARAN", "PENCETAKAN", "SIAP_DIAMBIL", "DIAMBIL");
  /** The PNBP the simulated office bills per passport type (PP 28/2019). */
  public static final Map<String, Long> FEES = Map.of("BIASA_48", 350_000L,
      "ELEKTRONIK_48", 650_000L, "ELEKTRONIK_POLIKARBONAT", 650_000L);

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final long MAX_SKEW_SECONDS = 300;

  private final String keyId;
  private final String secret;
  private final String officeCode;
  private final Map<String, Integer> dailyQuotas = new HashMap<>();
  private final Map<String, Booking> bookings = new LinkedHashMap<>();
  private final Map<String, PassportApplication> applications = new LinkedHashMap<>();
  private final IdempotencyLedger ledger = new IdempotencyLedger(IdempotencyLedger::codeAndMessage);
  private int slotCapacity = 10;
  private long sequence;

  /**
   * A simulated Kantor Imigrasi accepting one signing key.
   *
   * @param clock the clock (signature freshness, dates)
   * @param keyId the key id the MPP sends in {@code X-Key-Id}
   * @param secret the shared HMAC secret
   * @param officeCode the office's code, for example {@code KANIM-BDL}
   */
  public ImigrasiSimulator(Clock clock, String keyId, String secret, String officeCode) {
    super(AGENCY_ID, clock);
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.officeCode = Objects.requireNonNull(officeCode, "officeCode");
  }

  // ---------------------------------------------------------------- test controls

  /**
   * Sets the places of every session from now on (default 10).
   *
   * @param capacity the places, 0 or more
   */
  public synchronized void setSlotCapacity(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative");
    }
    slotCapacity = capacity;
  }

  /**
   * Sets the daily quota of a service on a day, below or above the sum of its sessions.
   *
   * @param serviceCode the service
   * @param date the day
   * @param total the quota
   */
  public synchronized void setDailyQuota(String serviceCode, LocalDate date, int total) {
    dailyQuotas.put(serviceCode + "@" + date, total);
  }

  /** @return every booking still held, in the order made */
  public synchronized List<Booking> bookings() {
    return List.copyOf(bookings.values());
  }

  /** @return every application, in the order received */
  public synchronized List<PassportApplication> applications() {
    return List.copyOf(applications.values());
  }

  /**
   * The office moves an application to the next step of {@link #FLOW}.
   *
   * @param applicationId the application
   * @throws IllegalArgumentException if it is unknown or at the end of its flow
   */
  public synchronized void advance(String applicationId) {
    PassportApplication a = applications.get(applicationId);
    int at = a == null ? -1 : FLOW.indexOf(a.status().equals("BERKAS_DIKEMBALIKAN")
        ? "JADWAL_TERDAFTAR" : a.status());
    if (at < 0 || at == FLOW.size() - 1) {
      throw new IllegalArgumentException("no application that can move on with that id");
    }
    applications.put(applicationId, a.moved(FLOW.get(at + 1), null, now()));
  }

  /**
   * The officer returns the documents for completion.
   *
   * @param applicationId the application
   * @param note what is missing, without personal data
   */
  public synchronized void returnDocuments(String applicationId, String note) {
    PassportApplication a = applications.get(applicationId);
    if (a == null) {
      throw new IllegalArgumentException("no application with that id");
    }
    applications.put(applicationId, a.moved("BERKAS_DIKEMBALIKAN", note, now()));
  }

  @Override
  protected synchronized void resetState() {
    dailyQuotas.clear();
    bookings.clear();
    applications.clear();
    ledger.clear();
    slotCapacity = 10;
    sequence = 0;
  }

  @Override
  protected void defineRoutes(Routes routes) {
    String office = BASE + "/kantor/[A-Z0-9-]+";
    routes.get(office + "/kuota", signed(this::quota))
        .get(office + "/jadwal", signed(this::slots))
        .post(office + "/janji-temu", signed(r -> ledger.once(r,
            List.of("layanan", "tanggal", "mulai", "nik"), this::book)))
        .post(BASE + "/janji-temu/[A-Z0-9-]+/batal", signed(r -> ledger.once(r, List.of(),
            this::cancelBooking)))
        .post(BASE + "/permohonan", signed(r -> ledger.once(r,
            List.of("nomorPermohonanMpp", "layanan", "jenisPaspor"), this::submit)))
        .get(BASE + "/permohonan/[A-Z0-9-]+", signed(this::application))
        .post(BASE + "/permohonan/[A-Z0-9-]+/batal", signed(r -> ledger.once(r, List.of(),
            this::cancelApplication)));
  }

  // ---------------------------------------------------------------- signature

  private Route signed(Route handler) {
    return request -> {
      synchronized (this) {
        Optional<String> refusal = signatureRefusal(request);
        if (refusal.isPresent()) {
          return codeAndMessage(401, refusal.get(), "permintaan tidak ditandatangani dengan benar");
        }
        if (!segment(request.path(), 2).equals("kantor")
            || segment(request.path(), 3).equals(officeCode)) {
          return handler.handle(request);
        }
        return codeAndMessage(404, "KANTOR_TIDAK_DIKENAL", "kode kantor tidak dikenal");
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

  // ---------------------------------------------------------------- appointments

  private SimulatedResponse quota(SimulatedRequest request) {
    String service = queryParam(request.query(), "layanan").orElse("");
    Optional<LocalDate> date = date(queryParam(request.query(), "tanggal").orElse(""));
    if (service.isBlank() || date.isEmpty()) {
      return invalid("layanan dan tanggal wajib");
    }
    if (!workingDay(date.get())) {
      return codeAndMessage(404, "KUOTA_TIDAK_ADA", "tidak ada layanan pada tanggal itu");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("layanan", service);
    m.put("tanggal", date.get().toString());
    m.put("kuota", dailyQuota(service, date.get()));
    m.put("terpakai", used(service, date.get(), null));
    return SimulatedResponse.json(200, m);
  }

  private SimulatedResponse slots(SimulatedRequest request) {
    String service = queryParam(request.query(), "layanan").orElse("");
    Optional<LocalDate> from = date(queryParam(request.query(), "dari").orElse(""));
    Optional<LocalDate> to = date(queryParam(request.query(), "sampai").orElse(""));
    if (service.isBlank() || from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
      return invalid("layanan, dari dan sampai wajib; sampai tidak sebelum dari");
    }
    List<Map<String, Object>> data = new ArrayList<>();
    for (LocalDate d = from.get(); !d.isAfter(to.get()); d = d.plusDays(1)) {
      if (!workingDay(d)) {
        continue;
      }
      int dayLeft = dailyQuota(service, d) - used(service, d, null);
      for (LocalTime start : SESSIONS) {
        int free = Math.max(0, Math.min(slotCapacity - used(service, d, start), dayLeft));
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("tanggal", d.toString());
        slot.put("mulai", start.toString());
        slot.put("selesai", start.plusHours(2).toString());
        slot.put("kapasitas", slotCapacity);
        slot.put("tersedia", free);
        data.add(slot);
      }
    }
    return SimulatedResponse.json(200, Map.of("data", data));
  }

  private SimulatedResponse book(SimulatedRequest request, JsonNode body) {
    String service = body.path("layanan").asText("");
    Optional<LocalDate> date = date(body.path("tanggal").asText(""));
    LocalTime start = time(body.path("mulai").asText(""));
    String nik = body.path("nik").asText("");
    if (service.isBlank() || date.isEmpty() || start == null || !nik.matches("\\d{16}")) {
      return invalid("layanan, tanggal, mulai dan nik wajib dan harus valid");
    }
    LocalDate today = LocalDate.ofInstant(clock().instant(), WIB);
    if (!date.get().isAfter(today) || !workingDay(date.get()) || !SESSIONS.contains(start)) {
      return codeAndMessage(422, "JADWAL_TIDAK_TERSEDIA",
          "janji temu hanya untuk sesi hari kerja mulai besok");
    }
    if (used(service, date.get(), null) >= dailyQuota(service, date.get())) {
      return codeAndMessage(409, "KUOTA_PENUH", "kuota harian layanan ini sudah penuh");
    }
    if (used(service, date.get(), start) >= slotCapacity) {
      return codeAndMessage(409, "SLOT_PENUH", "sesi ini sudah penuh");
    }
    Booking booking = new Booking("JT-" + String.format(Locale.ROOT, "%08d", ++sequence),
        service, date.get(), start, nik);
    bookings.put(booking.code(), booking);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kodeBooking", booking.code());
    m.put("tanggal", booking.date().toString());
    m.put("mulai", start.toString());
    m.put("selesai", start.plusHours(2).toString());
    m.put("catatan", "Bawa KTP-el, KK dan akta kelahiran asli");
    return SimulatedResponse.json(201, m);
  }

  private SimulatedResponse cancelBooking(SimulatedRequest request, JsonNode body) {
    Booking removed = bookings.remove(segment(request.path(), 3));
    return removed == null
        ? codeAndMessage(404, "JANJI_TEMU_TIDAK_DITEMUKAN", "janji temu tidak ditemukan")
        : SimulatedResponse.json(200, Map.of("kodeBooking", removed.code(), "status",
            "DIBATALKAN"));
  }

  // ---------------------------------------------------------------- applications

  private SimulatedResponse submit(SimulatedRequest request, JsonNode body) {
    String tracking = body.path("nomorPermohonanMpp").asText("");
    String type = body.path("jenisPaspor").asText("");
    String booking = body.path("kodeBooking").asText("");
    if (tracking.isBlank() || !FEES.containsKey(type) || booking.isBlank()) {
      return invalid("nomorPermohonanMpp, jenisPaspor dan kodeBooking wajib dan harus valid");
    }
    if (!bookings.containsKey(booking)) {
      return codeAndMessage(404, "JANJI_TEMU_TIDAK_DITEMUKAN", "janji temu tidak ditemukan");
    }
    String id = "PSP-" + String.format(Locale.ROOT, "%08d", ++sequence);
    PassportApplication created = new PassportApplication(id, tracking, type, booking,
        "JADWAL_TERDAFTAR", null, now());
    applications.put(id, created);
    return SimulatedResponse.json(201, applicationJson(created));
  }

  private SimulatedResponse application(SimulatedRequest request) {
    PassportApplication a = applications.get(last(request.path()));
    return a == null ? notFound() : SimulatedResponse.json(200, applicationJson(a));
  }

  private SimulatedResponse cancelApplication(SimulatedRequest request, JsonNode body) {
    PassportApplication a = applications.get(segment(request.path(), 3));
    if (a == null) {
      return notFound();
    }
    int at = FLOW.indexOf(a.status());
    if (at >= FLOW.indexOf("PENCETAKAN") || a.status().equals("DITOLAK")) {
      return codeAndMessage(409, "TIDAK_DAPAT_DIBATALKAN", "paspor sudah dicetak");
    }
    PassportApplication cancelled = a.moved("DIBATALKAN", body.path("alasan").asText(null),
        now());
    applications.put(a.id(), cancelled);
    bookings.remove(a.bookingCode());
    return SimulatedResponse.json(200, applicationJson(cancelled));
  }

  // ---------------------------------------------------------------- state and wire

  private int dailyQuota(String service, LocalDate date) {
    return dailyQuotas.getOrDefault(service + "@" + date, slotCapacity * SESSIONS.size());
  }

  private int used(String service, LocalDate date, LocalTime start) {
    int n = 0;
    for (Booking b : bookings.values()) {
      if (b.serviceCode().equals(service) && b.date().equals(date)
          && (start == null || b.start().equals(start))) {
        n++;
      }
    }
    return n;
  }

  private OffsetDateTime now() {
    return clock().instant().atZone(WIB).toOffsetDateTime();
  }

  private static boolean workingDay(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static LocalTime time(String text) {
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static SimulatedResponse invalid(String message) {
    return codeAndMessage(400, "PERMINTAAN_TIDAK_VALID", message);
  }

  private static SimulatedResponse notFound() {
    return codeAndMessage(404, "PERMOHONAN_TIDAK_DITEMUKAN", "permohonan tidak ditemukan");
  }

  private static Map<String, Object> applicationJson(PassportApplication a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nomorPermohonan", a.id());
    m.put("nomorPermohonanMpp", a.trackingNumber());
    m.put("jenisPaspor", a.passportType());
    m.put("kodeBooking", a.bookingCode());
    m.put("status", a.status());
    m.put("catatan", a.note());
    m.put("pnbp", FEES.get(a.passportType()));
    m.put("diperbaruiPada", a.updatedAt().toString());
    return m;
  }

  // ---------------------------------------------------------------- public value types

  /**
   * A booking (janji temu) the office holds.
   *
   * @param code the booking code
   * @param serviceCode the service
   * @param date the day
   * @param start the session's start
   * @param nik the applicant's NIK
   */
  public record Booking(String code, String serviceCode, LocalDate date, LocalTime start,
      String nik) {

    /** @return the code, day and session; never the NIK */
    @Override
    public String toString() {
      return "Booking[" + code + " " + date + " " + start + "]";
    }
  }

  /**
   * A passport application at the office.
   *
   * @param id the office's application number
   * @param trackingNumber the MPP's tracking number
   * @param passportType {@code BIASA_48}, {@code ELEKTRONIK_48} or
   *     {@code ELEKTRONIK_POLIKARBONAT}
   * @param bookingCode the booking it came with
   * @param status where it stands
   * @param note the officer's note, or {@code null}
   * @param updatedAt when the status was set
   */
  public record PassportApplication(String id, String trackingNumber, String passportType,
      String bookingCode, String status, String note, OffsetDateTime updatedAt) {

    PassportApplication moved(String newStatus, String newNote, OffsetDateTime at) {
      return new PassportApplication(id, trackingNumber, passportType, bookingCode, newStatus,
          newNote, at);
    }
  }
}
