package id.mpp.sdk.testkit.agencies;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.MppException;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.testkit.simulator.Routes;
import id.mpp.sdk.testkit.simulator.SimulatedRequest;
import id.mpp.sdk.testkit.simulator.SimulatedResponse;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated BPJS Kesehatan web service (WS BPJS): VClaim participant look-ups and the Antrean RS
 * task-time endpoints, as {@code docs/en/adapters/bpjs-kesehatan.md} describes them.
 *
 * <p>Like BPJS, it checks on every request the headers {@code X-cons-id}, {@code X-timestamp}
 * (epoch seconds, within {@link #timestampTolerance()} of its clock), {@code X-signature}
 * (Base64 HMAC-SHA256 of {@code consId&timestamp} with the secret) and the {@code user_key} of the
 * service (VClaim and Antrean have different keys), and refuses a bad or stale one with HTTP 401
 * and envelope code {@code 401}. VClaim answers use the {@code metaData} envelope with a string
 * code and an encrypted {@code response} (AES-256-CBC over LZ-String, keyed by the request's
 * timestamp); Antrean answers use {@code metadata} with a numeric code. Business errors are code
 * {@code 201} with a message in Bahasa Indonesia.
 *
 * <p>State (reset before every test): the participants (two fixtures, {@link #ACTIVE_PARTICIPANT}
 * and {@link #INACTIVE_PARTICIPANT}, plus those added with {@link #addParticipant}) and the
 * Antrean bookings with their task times. Antrean rules played: unique {@code kodebooking};
 * task ids 1–7 and 99; the first task is 1 (new patient) or 3 (returning patient); task ids only
 * increase; a task id already sent is refused ("sudah ada"); times never decrease; nothing after
 * cancellation or task 99. The timestamp tolerance and these messages are UNCONFIRMED (not
 * published by BPJS) and configurable or easy to change here.
 */
public final class BpjsKesehatanSimulator extends AgencySimulator {

  /** The agency id this simulator plays. */
  public static final String AGENCY_ID = "bpjs-kesehatan";
  /** The VClaim base path, as in {@code https://apijkn.bpjs-kesehatan.go.id/vclaim-rest/}. */
  public static final String VCLAIM_BASE_PATH = "/vclaim-rest";
  /** The Antrean RS base path, as in {@code https://apijkn.bpjs-kesehatan.go.id/antreanrs/}. */
  public static final String ANTREAN_BASE_PATH = "/antreanrs";

  /** An active participant (status code 0, AKTIF), present after every reset. */
  public static final Participant ACTIVE_PARTICIPANT = new Participant("0001383605256",
      "3201010101900001", "PESERTA AKTIF SIMULASI", LocalDate.of(1990, 1, 1), "L", "0", "AKTIF",
      "14", "PEKERJA PENERIMA UPAH", "3", "KELAS III", "0301R001", "RS SIMULASI");
  /** An inactive participant (status code 1, NON AKTIF), present after every reset. */
  public static final Participant INACTIVE_PARTICIPANT = new Participant("0002000000017",
      "3201015505850002", "PESERTA NONAKTIF SIMULASI", LocalDate.of(1985, 5, 15), "P", "1",
      "NON AKTIF KARENA PREMI", "21", "PEKERJA BUKAN PENERIMA UPAH", "2", "KELAS II",
      "0301R001", "RS SIMULASI");

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final DateTimeFormatter TASK_TIME =
      DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss").withZone(WIB);
  private static final Pattern PESERTA_BY_CARD =
      Pattern.compile(VCLAIM_BASE_PATH + "/Peserta/nokartu/([^/]+)/tglSEP/([^/]+)");
  private static final Pattern PESERTA_BY_NIK =
      Pattern.compile(VCLAIM_BASE_PATH + "/Peserta/nik/([^/]+)/tglSEP/([^/]+)");
  private static final Set<Integer> TASK_IDS = Set.of(1, 2, 3, 4, 5, 6, 7, 99);
  private static final List<String> REQUIRED_BOOKING_FIELDS = List.of("kodebooking",
      "jenispasien", "nik", "nohp", "kodepoli", "namapoli", "pasienbaru", "norm",
      "tanggalperiksa", "kodedokter", "namadokter", "jampraktek", "jeniskunjungan",
      "nomorantrean", "angkaantrean", "estimasidilayani", "sisakuotajkn", "kuotajkn",
      "sisakuotanonjkn", "kuotanonjkn", "keterangan");

  private final Credentials credentials;
  private final Duration timestampTolerance;
  private final Map<String, Participant> participantsByCard = new LinkedHashMap<>();
  private final Map<String, Booking> bookings = new LinkedHashMap<>();

  /**
   * A simulator with {@link Credentials#TEST} and a 300-second timestamp tolerance.
   *
   * @param clock the clock (use the one the adapter under test uses)
   */
  public BpjsKesehatanSimulator(Clock clock) {
    this(clock, Credentials.TEST, Duration.ofSeconds(300));
  }

  /**
   * A simulator.
   *
   * @param clock the clock
   * @param credentials the consumer it accepts
   * @param timestampTolerance how far {@code X-timestamp} may be from the clock, either way
   */
  public BpjsKesehatanSimulator(Clock clock, Credentials credentials,
      Duration timestampTolerance) {
    super(AGENCY_ID, clock);
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.timestampTolerance = Objects.requireNonNull(timestampTolerance, "timestampTolerance");
  }

  /** @return the consumer this simulator accepts */
  public Credentials credentials() {
    return credentials;
  }

  /** @return how far {@code X-timestamp} may be from the clock */
  public Duration timestampTolerance() {
    return timestampTolerance;
  }

  /** @return the VClaim base URL, {@code http://127.0.0.1:<port>/vclaim-rest} */
  public URI vclaimBaseUri() {
    return URI.create(baseUri() + VCLAIM_BASE_PATH);
  }

  /** @return the Antrean RS base URL, {@code http://127.0.0.1:<port>/antreanrs} */
  public URI antreanBaseUri() {
    return URI.create(baseUri() + ANTREAN_BASE_PATH);
  }

  /**
   * Adds (or replaces) a participant until the next reset.
   *
   * @param participant the participant
   */
  public synchronized void addParticipant(Participant participant) {
    participantsByCard.put(participant.cardNumber(), participant);
  }

  /**
   * A booking reported through Antrean RS.
   *
   * @param bookingCode the {@code kodebooking}
   * @return the booking and its task times, if it was added
   */
  public synchronized Optional<Booking> findBooking(String bookingCode) {
    return Optional.ofNullable(bookings.get(bookingCode)).map(Booking::copy);
  }

  /** @return every booking reported since the last reset, in the order added */
  public synchronized List<Booking> bookings() {
    return bookings.values().stream().map(Booking::copy).toList();
  }

  @Override
  protected synchronized void resetState() {
    participantsByCard.clear();
    bookings.clear();
    addParticipant(ACTIVE_PARTICIPANT);
    addParticipant(INACTIVE_PARTICIPANT);
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.get(PESERTA_BY_CARD.pattern(), request -> vclaim(request, this::participantByCard))
        .get(PESERTA_BY_NIK.pattern(), request -> vclaim(request, this::participantByNik))
        .post(ANTREAN_BASE_PATH + "/antrean/add", request -> antrean(request, this::addBooking))
        .post(ANTREAN_BASE_PATH + "/antrean/updatewaktu",
            request -> antrean(request, this::updateTaskTime))
        .post(ANTREAN_BASE_PATH + "/antrean/batal", request -> antrean(request, this::cancel))
        .post(ANTREAN_BASE_PATH + "/antrean/getlisttask",
            request -> antrean(request, this::listTasks));
  }

  // ---- authentication, envelopes, encryption ----

  /** What a handler answers before it is wrapped in the service's envelope. */
  private record Answer(int code, String message, Object payload) {

    static Answer ok(Object payload) {
      return new Answer(200, "OK", payload);
    }

    static Answer error(String message) {
      return new Answer(201, message, null);
    }
  }

  private interface Handler {
    Answer handle(SimulatedRequest request, JsonNode body);
  }

  private SimulatedResponse vclaim(SimulatedRequest request, Handler handler) {
    Optional<String> refusal = authenticate(request, credentials.vclaimUserKey());
    if (refusal.isPresent()) {
      return SimulatedResponse.json(401, envelope("metaData", "401", refusal.get(), null));
    }
    Answer answer;
    synchronized (this) {
      answer = handler.handle(request, null);
    }
    Object response = answer.payload() == null ? null : BpjsCrypto.encrypt(
        credentials.consId(), credentials.secretKey(), request.header("X-timestamp").orElseThrow(),
        MppJson.defaults().write(answer.payload()));
    return SimulatedResponse.json(200, envelope("metaData", String.valueOf(answer.code()),
        answer.message(), response));
  }

  private SimulatedResponse antrean(SimulatedRequest request, Handler handler) {
    Optional<String> refusal = authenticate(request, credentials.antreanUserKey());
    if (refusal.isPresent()) {
      return SimulatedResponse.json(401, envelope("metadata", 401, refusal.get(), null));
    }
    JsonNode body;
    try {
      body = MppJson.defaults().read(request.body(), JsonNode.class);
    } catch (MppException e) {
      return SimulatedResponse.json(200, envelope("metadata", 201, "Format request tidak valid",
          null));
    }
    if (body == null || !body.isObject()) {
      return SimulatedResponse.json(200, envelope("metadata", 201, "Format request tidak valid",
          null));
    }
    Answer answer;
    synchronized (this) {
      answer = handler.handle(request, body);
    }
    Object response = answer.payload() == null ? null : BpjsCrypto.encrypt(
        credentials.consId(), credentials.secretKey(), request.header("X-timestamp").orElseThrow(),
        MppJson.defaults().write(answer.payload()));
    return SimulatedResponse.json(200, envelope("metadata", answer.code(), answer.message(),
        response));
  }

  private static Map<String, Object> envelope(String metaKey, Object code, String message,
      Object response) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("code", code);
    meta.put("message", message);
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put(metaKey, meta);
    if (response != null) {
      envelope.put("response", response);
    }
    return envelope;
  }

  private Optional<String> authenticate(SimulatedRequest request, String userKey) {
    Optional<String> consId = request.header("X-cons-id");
    Optional<String> timestamp = request.header("X-timestamp");
    Optional<String> signature = request.header("X-signature");
    Optional<String> key = request.header("user_key");
    if (consId.isEmpty() || timestamp.isEmpty() || signature.isEmpty() || key.isEmpty()) {
      return Optional.of("Header X-cons-id, X-timestamp, X-signature dan user_key wajib diisi");
    }
    if (!consId.get().equals(credentials.consId())) {
      return Optional.of("Consumer ID tidak terdaftar");
    }
    if (!timestamp.get().matches("\\d{1,12}")) {
      return Optional.of("X-timestamp harus detik epoch");
    }
    long skew = Math.abs(clock().instant().getEpochSecond() - Long.parseLong(timestamp.get()));
    if (skew > timestampTolerance.toSeconds()) {
      return Optional.of("X-timestamp kedaluwarsa");
    }
    if (!BpjsCrypto.signatureMatches(credentials.consId(), credentials.secretKey(),
        timestamp.get(), signature.get())) {
      return Optional.of("X-signature tidak valid");
    }
    if (!key.get().equals(userKey)) {
      return Optional.of("user_key tidak valid untuk layanan ini");
    }
    return Optional.empty();
  }

  // ---- VClaim ----

  private Answer participantByCard(SimulatedRequest request, JsonNode unused) {
    Matcher m = PESERTA_BY_CARD.matcher(request.path());
    m.matches();
    if (!m.group(1).matches("\\d{13}")) {
      return Answer.error("Nomor kartu harus 13 digit");
    }
    return participant(m.group(2), participantsByCard.get(m.group(1)));
  }

  private Answer participantByNik(SimulatedRequest request, JsonNode unused) {
    Matcher m = PESERTA_BY_NIK.matcher(request.path());
    m.matches();
    if (!m.group(1).matches("\\d{16}")) {
      return Answer.error("NIK harus 16 digit");
    }
    Participant found = participantsByCard.values().stream()
        .filter(p -> p.nik().equals(m.group(1))).findFirst().orElse(null);
    return participant(m.group(2), found);
  }

  private Answer participant(String sepDate, Participant participant) {
    try {
      LocalDate.parse(sepDate);
    } catch (DateTimeException e) {
      return Answer.error("Format tanggal SEP tidak valid (yyyy-MM-dd)");
    }
    if (participant == null) {
      return Answer.error("Peserta tidak ditemukan");
    }
    return Answer.ok(Map.of("peserta", participant.toWire()));
  }

  // ---- Antrean RS ----

  private Answer addBooking(SimulatedRequest request, JsonNode body) {
    for (String field : REQUIRED_BOOKING_FIELDS) {
      if (!body.hasNonNull(field) || body.get(field).asText().isBlank()
          && !field.equals("keterangan")) {
        return Answer.error(field + " belum diisi");
      }
    }
    String type = body.get("jenispasien").asText();
    if (!type.equals("JKN") && !type.equals("NON JKN")) {
      return Answer.error("jenispasien harus JKN atau NON JKN");
    }
    String card = body.path("nomorkartu").asText("");
    if (type.equals("JKN") && !card.matches("\\d{13}")) {
      return Answer.error("nomorkartu harus 13 digit untuk pasien JKN");
    }
    if (!body.get("nik").asText().matches("\\d{16}")) {
      return Answer.error("nik harus 16 digit");
    }
    LocalDate examDate;
    try {
      examDate = LocalDate.parse(body.get("tanggalperiksa").asText());
    } catch (DateTimeException e) {
      return Answer.error("Format tanggalperiksa tidak valid (yyyy-MM-dd)");
    }
    if (!body.get("jampraktek").asText().matches("\\d{2}:\\d{2}-\\d{2}:\\d{2}")) {
      return Answer.error("Format jampraktek tidak valid (HH:mm-HH:mm)");
    }
    if (!body.get("jeniskunjungan").asText().matches("[1-4]")) {
      return Answer.error("jeniskunjungan harus 1 sampai 4");
    }
    if (!body.get("estimasidilayani").canConvertToLong()) {
      return Answer.error("estimasidilayani harus milidetik epoch");
    }
    String code = body.get("kodebooking").asText();
    if (bookings.containsKey(code)) {
      return Answer.error("Terdapat duplikasi Kode Booking");
    }
    bookings.put(code, new Booking(code, type, examDate, body.get("kodepoli").asText(),
        body.get("nomorantrean").asText(), false, "", new ArrayList<>()));
    return Answer.ok(null);
  }

  private Answer updateTaskTime(SimulatedRequest request, JsonNode body) {
    Booking booking = bookings.get(body.path("kodebooking").asText(""));
    if (booking == null) {
      return Answer.error("Kode Booking tidak ditemukan");
    }
    JsonNode taskNode = body.get("taskid");
    if (taskNode == null || !taskNode.canConvertToInt()
        || !TASK_IDS.contains(taskNode.asInt())) {
      return Answer.error("TaskId tidak valid");
    }
    JsonNode timeNode = body.get("waktu");
    if (timeNode == null || !timeNode.isIntegralNumber() || timeNode.asLong() <= 0) {
      return Answer.error("waktu harus milidetik epoch");
    }
    int taskId = taskNode.asInt();
    Instant time = Instant.ofEpochMilli(timeNode.asLong());
    if (booking.cancelled()) {
      return Answer.error("Antrean sudah dibatalkan");
    }
    if (booking.tasks().stream().anyMatch(t -> t.taskId() == taskId)) {
      return Answer.error("TaskId=" + taskId + " sudah ada");
    }
    if (booking.tasks().stream().anyMatch(t -> t.taskId() == 99)) {
      return Answer.error("TaskId=99 sudah ada, antrean tidak dapat diperbarui");
    }
    Optional<Task> last = booking.tasks().isEmpty() ? Optional.empty()
        : Optional.of(booking.tasks().get(booking.tasks().size() - 1));
    if (taskId != 99) {
      if (last.isEmpty() && taskId != 1 && taskId != 3) {
        return Answer.error("TaskId sebelumnya belum ada (mulai dari TaskId=1 atau TaskId=3)");
      }
      if (last.isPresent() && taskId < last.get().taskId()) {
        return Answer.error("TaskId=" + taskId + " tidak boleh setelah TaskId="
            + last.get().taskId());
      }
    }
    if (last.isPresent() && time.isBefore(last.get().time())) {
      return Answer.error("waktu TaskId=" + taskId + " tidak boleh kurang dari waktu TaskId="
          + last.get().taskId());
    }
    if (body.has("jenisresep")) {
      String recipe = body.get("jenisresep").asText();
      if (!recipe.equals("Tidak ada") && !recipe.equals("Racikan")
          && !recipe.equals("Non racikan")) {
        return Answer.error("jenisresep harus Tidak ada, Racikan atau Non racikan");
      }
    }
    booking.tasks().add(new Task(taskId, time));
    return Answer.ok(null);
  }

  private Answer cancel(SimulatedRequest request, JsonNode body) {
    String code = body.path("kodebooking").asText("");
    Booking booking = bookings.get(code);
    if (booking == null) {
      return Answer.error("Kode Booking tidak ditemukan");
    }
    if (booking.cancelled()) {
      return Answer.error("Antrean sudah dibatalkan");
    }
    String reason = body.path("keterangan").asText("");
    if (reason.isBlank()) {
      return Answer.error("keterangan belum diisi");
    }
    bookings.put(code, new Booking(code, booking.patientType(), booking.examDate(),
        booking.poliCode(), booking.queueNumber(), true, reason, booking.tasks()));
    return Answer.ok(null);
  }

  private Answer listTasks(SimulatedRequest request, JsonNode body) {
    String code = body.path("kodebooking").asText("");
    Booking booking = bookings.get(code);
    if (booking == null) {
      return Answer.error("Kode Booking tidak ditemukan");
    }
    List<Map<String, Object>> list = new ArrayList<>();
    for (Task task : booking.tasks()) {
      String when = TASK_TIME.format(task.time()) + " WIB";
      list.add(Map.of("wakturs", when, "waktu", when, "taskname", taskName(task.taskId()),
          "taskid", task.taskId(), "kodebooking", code));
    }
    return Answer.ok(Map.of("list", list));
  }

  private static String taskName(int taskId) {
    return switch (taskId) {
      case 1 -> "mulai waktu tunggu admisi";
      case 2 -> "akhir waktu tunggu admisi/mulai waktu layan admisi";
      case 3 -> "akhir waktu layan admisi/mulai waktu tunggu poli";
      case 4 -> "akhir waktu tunggu poli/mulai waktu layan poli";
      case 5 -> "akhir waktu layan poli/mulai waktu tunggu farmasi";
      case 6 -> "akhir waktu tunggu farmasi/mulai waktu layan farmasi membuat obat";
      case 7 -> "akhir waktu obat selesai dibuat";
      default -> "tidak hadir/batal";
    };
  }

  // ---- public value types ----

  /**
   * The consumer credentials BPJS issues: the consumer id and secret, and one user key per
   * service. {@link #toString()} shows the consumer id only.
   *
   * @param consId the consumer id ({@code X-cons-id})
   * @param secretKey the consumer secret (signs requests, keys responses)
   * @param vclaimUserKey the VClaim {@code user_key}
   * @param antreanUserKey the Antrean RS {@code user_key}
   */
  public record Credentials(String consId, String secretKey, String vclaimUserKey,
      String antreanUserKey) {

    /** Test credentials that protect nothing. */
    public static final Credentials TEST = new Credentials("30432", "simulator-secret-8xT3kQ0p",
        "vclaim-user-key-simulator", "antrean-user-key-simulator");

    /** Checks presence. */
    public Credentials {
      Objects.requireNonNull(consId, "consId");
      Objects.requireNonNull(secretKey, "secretKey");
      Objects.requireNonNull(vclaimUserKey, "vclaimUserKey");
      Objects.requireNonNull(antreanUserKey, "antreanUserKey");
    }

    @Override
    public String toString() {
      return "Credentials[consId=" + consId + ", secrets hidden]";
    }
  }

  /**
   * A JKN participant as VClaim's {@code peserta} object describes it. Personal data:
   * {@link #toString()} shows the masked card number only.
   *
   * @param cardNumber the 13-digit card number (noka)
   * @param nik the 16-digit NIK
   * @param name the name
   * @param birthDate the date of birth
   * @param sex {@code L} or {@code P}
   * @param statusCode {@code statusPeserta.kode}; {@code 0} is active
   * @param statusDescription {@code statusPeserta.keterangan}, for example {@code AKTIF}
   * @param typeCode {@code jenisPeserta.kode}
   * @param type {@code jenisPeserta.keterangan}
   * @param classCode {@code hakKelas.kode}
   * @param className {@code hakKelas.keterangan}
   * @param providerCode {@code provUmum.kdProvider}, the first-level facility
   * @param providerName {@code provUmum.nmProvider}
   */
  public record Participant(String cardNumber, String nik, String name, LocalDate birthDate,
      String sex, String statusCode, String statusDescription, String typeCode, String type,
      String classCode, String className, String providerCode, String providerName) {

    /** Checks the card number and NIK formats. */
    public Participant {
      if (!Objects.requireNonNull(cardNumber, "cardNumber").matches("\\d{13}")) {
        throw new IllegalArgumentException("cardNumber must be 13 digits");
      }
      if (!Objects.requireNonNull(nik, "nik").matches("\\d{16}")) {
        throw new IllegalArgumentException("nik must be 16 digits");
      }
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(birthDate, "birthDate");
      Objects.requireNonNull(sex, "sex");
      Objects.requireNonNull(statusCode, "statusCode");
      Objects.requireNonNull(statusDescription, "statusDescription");
      Objects.requireNonNull(typeCode, "typeCode");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(classCode, "classCode");
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(providerCode, "providerCode");
      Objects.requireNonNull(providerName, "providerName");
    }

    Map<String, Object> toWire() {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("noKartu", cardNumber);
      p.put("nik", nik);
      p.put("nama", name);
      p.put("pisa", "1");
      p.put("sex", sex);
      p.put("tglLahir", birthDate.toString());
      p.put("tglCetakKartu", "2021-03-04");
      p.put("tglTAT", "2099-12-31");
      p.put("tglTMT", "2014-01-01");
      p.put("statusPeserta", Map.of("kode", statusCode, "keterangan", statusDescription));
      p.put("jenisPeserta", Map.of("kode", typeCode, "keterangan", type));
      p.put("hakKelas", Map.of("kode", classCode, "keterangan", className));
      p.put("provUmum", Map.of("kdProvider", providerCode, "nmProvider", providerName));
      p.put("umur", Map.of("umurSekarang", "-", "umurSaatPelayanan", "-"));
      return p;
    }

    @Override
    public String toString() {
      return "Participant[" + cardNumber.substring(0, 4) + "*******" + cardNumber.substring(11)
          + ", status " + statusCode + "]";
    }
  }

  /**
   * A booking reported through {@code antrean/add}, with the task times received since.
   *
   * @param bookingCode {@code kodebooking}
   * @param patientType {@code JKN} or {@code NON JKN}
   * @param examDate {@code tanggalperiksa}
   * @param poliCode {@code kodepoli}
   * @param queueNumber {@code nomorantrean}
   * @param cancelled whether {@code antrean/batal} was received
   * @param cancelReason the {@code keterangan} of the cancellation, empty if none
   * @param tasks the task times received, in order
   */
  public record Booking(String bookingCode, String patientType, LocalDate examDate,
      String poliCode, String queueNumber, boolean cancelled, String cancelReason,
      List<Task> tasks) {

    Booking copy() {
      return new Booking(bookingCode, patientType, examDate, poliCode, queueNumber, cancelled,
          cancelReason, List.copyOf(tasks));
    }

    /** @return the task ids received, in order */
    public List<Integer> taskIds() {
      return tasks.stream().map(Task::taskId).toList();
    }
  }

  /**
   * One task time received through {@code antrean/updatewaktu}.
   *
   * @param taskId 1–7 or 99
   * @param time the {@code waktu}
   */
  public record Task(int taskId, Instant time) {
  }
}
