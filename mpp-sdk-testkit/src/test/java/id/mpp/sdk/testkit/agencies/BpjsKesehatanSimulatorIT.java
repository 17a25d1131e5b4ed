package id.mpp.sdk.testkit.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.testkit.agencies.BpjsKesehatanSimulator.Credentials;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BpjsKesehatanSimulatorIT {

  private static final ManualClock CLOCK =
      ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Jakarta"));
  private static final Credentials TEST = Credentials.TEST;
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();

  @RegisterExtension
  static final AgencySimulatorExtension<BpjsKesehatanSimulator> BPJS =
      AgencySimulatorExtension.of(() -> new BpjsKesehatanSimulator(CLOCK));

  private record Reply(int status, JsonNode json, String timestamp) {
    JsonNode meta() {
      return json.has("metaData") ? json.get("metaData") : json.get("metadata");
    }
  }

  private static Reply send(String method, String path, String body, String userKey,
      String signatureOverride, long timestampOffsetSeconds) throws Exception {
    String timestamp = Long.toString(CLOCK.instant().getEpochSecond() + timestampOffsetSeconds);
    String signature = signatureOverride != null ? signatureOverride
        : BpjsCrypto.signature(TEST.consId(), TEST.secretKey(), timestamp);
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create(BPJS.simulator().baseUri() + path))
        .header("X-cons-id", TEST.consId())
        .header("X-timestamp", timestamp)
        .header("X-signature", signature)
        .header("user_key", userKey)
        .header("Content-Type", "application/json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = HTTP.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), MppJson.defaults().read(response.body(),
        JsonNode.class), timestamp);
  }

  private static Reply vclaim(String path) throws Exception {
    return send("GET", "/vclaim-rest" + path, null, TEST.vclaimUserKey(), null, 0);
  }

  private static Reply antrean(String path, String body) throws Exception {
    return send("POST", "/antreanrs" + path, body, TEST.antreanUserKey(), null, 0);
  }

  private static String booking(String code) {
    return "{\"kodebooking\":\"" + code + "\",\"jenispasien\":\"JKN\",\"nomorkartu\":"
        + "\"0001383605256\",\"nik\":\"3201010101900001\",\"nohp\":\"081234567890\","
        + "\"kodepoli\":\"ANA\",\"namapoli\":\"Anak\",\"pasienbaru\":0,\"norm\":\"123456\","
        + "\"tanggalperiksa\":\"2026-03-02\",\"kodedokter\":12345,\"namadokter\":\"dr. Simulasi\","
        + "\"jampraktek\":\"08:00-12:00\",\"jeniskunjungan\":1,\"nomorreferensi\":"
        + "\"0301R0010326K000001\",\"nomorantrean\":\"A-12\",\"angkaantrean\":12,"
        + "\"estimasidilayani\":1772413200000,\"sisakuotajkn\":5,\"kuotajkn\":30,"
        + "\"sisakuotanonjkn\":5,\"kuotanonjkn\":30,\"keterangan\":\"\"}";
  }

  private static Reply task(String code, int taskId, Instant at) throws Exception {
    return antrean("/antrean/updatewaktu", "{\"kodebooking\":\"" + code + "\",\"taskid\":"
        + taskId + ",\"waktu\":" + at.toEpochMilli() + "}");
  }

  @Test
  void participantByCard_whenSigned_answersEncryptedPesertaWithStringCode() throws Exception {
    Reply reply = vclaim("/Peserta/nokartu/0001383605256/tglSEP/2026-03-02");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("metaData").get("code").isTextual()).isTrue();
    assertThat(reply.meta().get("code").asText()).isEqualTo("200");
    String expected = MppJson.defaults().write(Map.of("peserta",
        BpjsKesehatanSimulator.ACTIVE_PARTICIPANT.toWire()));
    assertThat(reply.json().get("response").asText()).isEqualTo(BpjsCrypto.encrypt(
        TEST.consId(), TEST.secretKey(), reply.timestamp(), expected));
  }

  @Test
  void participantByNik_whenKnown_answersSameParticipant() throws Exception {
    Reply reply = vclaim("/Peserta/nik/3201015505850002/tglSEP/2026-03-02");

    String expected = MppJson.defaults().write(Map.of("peserta",
        BpjsKesehatanSimulator.INACTIVE_PARTICIPANT.toWire()));
    assertThat(reply.json().get("response").asText()).isEqualTo(BpjsCrypto.encrypt(
        TEST.consId(), TEST.secretKey(), reply.timestamp(), expected));
  }

  @Test
  void participantByCard_whenUnknown_answersCode201WithoutResponse() throws Exception {
    Reply reply = vclaim("/Peserta/nokartu/0009999999999/tglSEP/2026-03-02");

    assertThat(reply.meta().get("code").asText()).isEqualTo("201");
    assertThat(reply.meta().get("message").asText()).isEqualTo("Peserta tidak ditemukan");
    assertThat(reply.json().has("response")).isFalse();
  }

  @Test
  void participantByCard_whenNotThirteenDigits_answersCode201() throws Exception {
    Reply reply = vclaim("/Peserta/nokartu/12345/tglSEP/2026-03-02");

    assertThat(reply.meta().get("message").asText()).contains("13 digit");
  }

  @Test
  void request_whenSignatureWrong_isRefusedWith401() throws Exception {
    Reply reply = send("GET", "/vclaim-rest/Peserta/nokartu/0001383605256/tglSEP/2026-03-02",
        null, TEST.vclaimUserKey(), "AAAA" + "=".repeat(40), 0);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.meta().get("code").asText()).isEqualTo("401");
    assertThat(reply.meta().get("message").asText()).isEqualTo("X-signature tidak valid");
  }

  @Test
  void request_whenTimestampOlderThanTolerance_isRefusedAsStale() throws Exception {
    Reply reply = send("GET", "/vclaim-rest/Peserta/nokartu/0001383605256/tglSEP/2026-03-02",
        null, TEST.vclaimUserKey(), null, -301);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.meta().get("message").asText()).contains("kedaluwarsa");
  }

  @Test
  void request_whenTimestampWithinTolerance_isAccepted() throws Exception {
    Reply reply = send("GET", "/vclaim-rest/Peserta/nokartu/0001383605256/tglSEP/2026-03-02",
        null, TEST.vclaimUserKey(), null, -300);

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void request_whenUserKeyOfOtherService_isRefused() throws Exception {
    Reply reply = send("GET", "/vclaim-rest/Peserta/nokartu/0001383605256/tglSEP/2026-03-02",
        null, TEST.antreanUserKey(), null, 0);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.meta().get("message").asText()).contains("user_key");
  }

  @Test
  void addBooking_whenValid_answersNumericCode200AndStoresBooking() throws Exception {
    Reply reply = antrean("/antrean/add", booking("MPP-001"));

    assertThat(reply.json().get("metadata").get("code").isInt()).isTrue();
    assertThat(reply.meta().get("code").asInt()).isEqualTo(200);
    assertThat(BPJS.simulator().findBooking("MPP-001")).hasValueSatisfying(b -> {
      assertThat(b.patientType()).isEqualTo("JKN");
      assertThat(b.tasks()).isEmpty();
    });
  }

  @Test
  void addBooking_whenCodeRepeated_answersDuplicate() throws Exception {
    antrean("/antrean/add", booking("MPP-001"));

    Reply reply = antrean("/antrean/add", booking("MPP-001"));

    assertThat(reply.meta().get("code").asInt()).isEqualTo(201);
    assertThat(reply.meta().get("message").asText()).contains("duplikasi");
    assertThat(BPJS.simulator().bookings()).hasSize(1);
  }

  @Test
  void updateTaskTime_whenInOrder_recordsEveryTask() throws Exception {
    antrean("/antrean/add", booking("MPP-002"));
    Instant t = CLOCK.instant();

    assertThat(task("MPP-002", 1, t).meta().get("code").asInt()).isEqualTo(200);
    assertThat(task("MPP-002", 2, t.plusSeconds(60)).meta().get("code").asInt()).isEqualTo(200);
    assertThat(task("MPP-002", 3, t.plusSeconds(60)).meta().get("code").asInt()).isEqualTo(200);

    assertThat(BPJS.simulator().findBooking("MPP-002").orElseThrow().taskIds())
        .containsExactly(1, 2, 3);
  }

  @Test
  void updateTaskTime_whenTaskRepeated_answersSudahAda() throws Exception {
    antrean("/antrean/add", booking("MPP-003"));
    task("MPP-003", 3, CLOCK.instant());

    Reply reply = task("MPP-003", 3, CLOCK.instant());

    assertThat(reply.meta().get("message").asText()).isEqualTo("TaskId=3 sudah ada");
  }

  @Test
  void updateTaskTime_whenTimeGoesBack_isRefused() throws Exception {
    antrean("/antrean/add", booking("MPP-004"));
    task("MPP-004", 3, CLOCK.instant());

    Reply reply = task("MPP-004", 4, CLOCK.instant().minusSeconds(1));

    assertThat(reply.meta().get("code").asInt()).isEqualTo(201);
    assertThat(reply.meta().get("message").asText()).contains("tidak boleh kurang");
    assertThat(BPJS.simulator().findBooking("MPP-004").orElseThrow().taskIds())
        .containsExactly(3);
  }

  @Test
  void updateTaskTime_whenTaskIdGoesBack_isRefused() throws Exception {
    antrean("/antrean/add", booking("MPP-005"));
    task("MPP-005", 3, CLOCK.instant());
    task("MPP-005", 5, CLOCK.instant());

    assertThat(task("MPP-005", 4, CLOCK.instant()).meta().get("code").asInt()).isEqualTo(201);
    assertThat(BPJS.simulator().findBooking("MPP-005").orElseThrow().taskIds())
        .containsExactly(3, 5);
  }

  @Test
  void updateTaskTime_whenFirstTaskIsFour_isRefused() throws Exception {
    antrean("/antrean/add", booking("MPP-006"));

    assertThat(task("MPP-006", 4, CLOCK.instant()).meta().get("message").asText())
        .contains("belum ada");
  }

  @Test
  void updateTaskTime_whenTaskIdInvalid_isRefused() throws Exception {
    antrean("/antrean/add", booking("MPP-007"));

    assertThat(task("MPP-007", 8, CLOCK.instant()).meta().get("message").asText())
        .isEqualTo("TaskId tidak valid");
  }

  @Test
  void updateTaskTime_afterTask99_isRefused() throws Exception {
    antrean("/antrean/add", booking("MPP-008"));
    task("MPP-008", 99, CLOCK.instant());

    assertThat(task("MPP-008", 3, CLOCK.instant()).meta().get("code").asInt()).isEqualTo(201);
    assertThat(BPJS.simulator().findBooking("MPP-008").orElseThrow().taskIds())
        .containsExactly(99);
  }

  @Test
  void cancel_whenBooked_marksCancelledAndRefusesLaterTasks() throws Exception {
    antrean("/antrean/add", booking("MPP-009"));

    Reply reply = antrean("/antrean/batal",
        "{\"kodebooking\":\"MPP-009\",\"keterangan\":\"pasien membatalkan\"}");

    assertThat(reply.meta().get("code").asInt()).isEqualTo(200);
    assertThat(BPJS.simulator().findBooking("MPP-009").orElseThrow().cancelled()).isTrue();
    assertThat(task("MPP-009", 3, CLOCK.instant()).meta().get("message").asText())
        .contains("dibatalkan");
  }

  @Test
  void listTasks_whenTasksSent_answersEncryptedListWithWibTimes() throws Exception {
    antrean("/antrean/add", booking("MPP-010"));
    task("MPP-010", 3, Instant.parse("2026-03-02T01:30:00Z"));

    Reply reply = antrean("/antrean/getlisttask", "{\"kodebooking\":\"MPP-010\"}");

    String expected = MppJson.defaults().write(Map.of("list", java.util.List.of(Map.of(
        "wakturs", "02-03-2026 08:30:00 WIB", "waktu", "02-03-2026 08:30:00 WIB",
        "taskname", "akhir waktu layan admisi/mulai waktu tunggu poli", "taskid", 3,
        "kodebooking", "MPP-010"))));
    assertThat(reply.json().get("response").asText()).isEqualTo(BpjsCrypto.encrypt(
        TEST.consId(), TEST.secretKey(), reply.timestamp(), expected));
  }

  @Test
  void addBooking_whenBodyNotJson_answersFormatError() throws Exception {
    Reply reply = antrean("/antrean/add", "not json");

    assertThat(reply.meta().get("message").asText()).isEqualTo("Format request tidak valid");
  }

  @Test
  void participantFixtures_whenPrinted_maskCardNumbers() {
    assertThat(BpjsKesehatanSimulator.ACTIVE_PARTICIPANT.toString())
        .doesNotContain("0001383605256").doesNotContain("3201010101900001");
  }

  @Test
  void request_whenTimestampTooFarInFuture_isRefused() throws Exception {
    Reply reply = send("GET", "/vclaim-rest/Peserta/nokartu/0001383605256/tglSEP/2026-03-02",
        null, TEST.vclaimUserKey(), null, 301);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.meta().get("message").asText()).contains("kedaluwarsa");
  }
}
