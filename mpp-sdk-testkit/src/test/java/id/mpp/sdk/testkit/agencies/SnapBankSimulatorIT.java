package id.mpp.sdk.testkit.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator.BankBill;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator.BillState;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator.Partner;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnapBankSimulatorIT {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ManualClock CLOCK =
      ManualClock.at(Instant.parse("2026-03-02T02:00:00Z"), WIB);
  private static final Partner PARTNER = Partner.test("mpp-bandar-lampung", "12345");
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();
  private static final AtomicLong EXTERNAL_IDS = new AtomicLong(1000);

  @RegisterExtension
  static final AgencySimulatorExtension<SnapBankSimulator> BANK =
      AgencySimulatorExtension.of(() -> new SnapBankSimulator("bank-lampung", CLOCK, PARTNER));

  private String token;

  private record Reply(int status, JsonNode json) {
    String code() {
      return json.get("responseCode").asText();
    }
  }

  private static String now() {
    return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").format(CLOCK.instant()
        .atZone(WIB));
  }

  private static Reply post(String path, String body, java.util.Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BANK.simulator().baseUri()
        + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    HttpResponse<String> response = HTTP.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), MppJson.defaults().read(response.body(),
        JsonNode.class));
  }

  private static String rsaSign(String text) throws Exception {
    String base64 = Partner.testPrivateKeyPem().replace("-----BEGIN PRIVATE KEY-----", "")
        .replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(
        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(key);
    rsa.update(text.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(rsa.sign());
  }

  private static Reply requestToken(String clientId, String signature) throws Exception {
    return post(SnapBankSimulator.TOKEN_PATH,
        "{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}",
        java.util.Map.of("X-TIMESTAMP", now(), "X-CLIENT-KEY", clientId,
            "X-SIGNATURE", signature));
  }

  private Reply transaction(String path, String body, String externalId, String tokenToUse)
      throws Exception {
    String timestamp = now();
    String signature = SnapCrypto.transactionSignature(PARTNER.clientSecret(), "POST", path,
        tokenToUse, body, timestamp);
    return post(path, body, java.util.Map.of("Authorization", "Bearer " + tokenToUse,
        "X-TIMESTAMP", timestamp, "X-SIGNATURE", signature, "X-PARTNER-ID", PARTNER.partnerId(),
        "X-EXTERNAL-ID", externalId, "CHANNEL-ID", "95221"));
  }

  private Reply transaction(String path, String body) throws Exception {
    return transaction(path, body, Long.toString(EXTERNAL_IDS.incrementAndGet()), token);
  }

  private static String createVa(String customerNo, String trxId, String amount) {
    return "{\"partnerServiceId\":\"   12345\",\"customerNo\":\"" + customerNo
        + "\",\"virtualAccountNo\":\"   12345" + customerNo + "\",\"virtualAccountName\":"
        + "\"Retribusi MPP\",\"trxId\":\"" + trxId + "\",\"totalAmount\":{\"value\":\"" + amount
        + "\",\"currency\":\"IDR\"},\"virtualAccountTrxType\":\"C\",\"expiredDate\":"
        + "\"2026-03-03T23:59:59+07:00\"}";
  }

  private static String inquiry(String customerNo) {
    return "{\"partnerServiceId\":\"   12345\",\"customerNo\":\"" + customerNo
        + "\",\"virtualAccountNo\":\"   12345" + customerNo + "\",\"inquiryRequestId\":\"INQ-"
        + customerNo + "\"}";
  }

  private static String payment(String customerNo, String paymentRequestId, String amount) {
    return "{\"partnerServiceId\":\"   12345\",\"customerNo\":\"" + customerNo
        + "\",\"virtualAccountNo\":\"   12345" + customerNo + "\",\"virtualAccountName\":"
        + "\"Retribusi MPP\",\"paymentRequestId\":\"" + paymentRequestId + "\",\"paidAmount\":"
        + "{\"value\":\"" + amount + "\",\"currency\":\"IDR\"},\"trxDateTime\":\"" + now() + "\"}";
  }

  @BeforeEach
  void obtainToken() throws Exception {
    Reply reply = requestToken(PARTNER.clientId(), rsaSign(PARTNER.clientId() + "|" + now()));
    token = reply.json().get("accessToken").asText();
  }

  @Test
  void accessToken_whenSignedWithPartnerKey_issuesBearerFor900Seconds() throws Exception {
    Reply reply = requestToken(PARTNER.clientId(), rsaSign(PARTNER.clientId() + "|" + now()));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.code()).isEqualTo("2007300");
    assertThat(reply.json().get("tokenType").asText()).isEqualTo("Bearer");
    assertThat(reply.json().get("expiresIn").asText()).isEqualTo("900");
    assertThat(BANK.simulator().tokensIssued()).isEqualTo(2);
  }

  @Test
  void accessToken_whenSignatureOverOtherTimestamp_isRefused() throws Exception {
    Reply reply = requestToken(PARTNER.clientId(),
        rsaSign(PARTNER.clientId() + "|2026-03-02T08:00:00+07:00"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("4017300");
  }

  @Test
  void accessToken_whenClientUnknown_isRefused() throws Exception {
    assertThat(requestToken("someone-else", rsaSign("someone-else|" + now())).code())
        .isEqualTo("4017300");
  }

  @Test
  void createVa_whenSigned_storesUnpaidBill() throws Exception {
    Reply reply = transaction(SnapBankSimulator.CREATE_VA_PATH,
        createVa("0000000001", "TRX-1", "30000.00"));

    assertThat(reply.code()).isEqualTo("2002700");
    assertThat(BANK.simulator().findBill("   123450000000001")).hasValueSatisfying(bill -> {
      assertThat(bill.status()).isEqualTo(BillState.UNPAID);
      assertThat(bill.amount()).isEqualTo(Rupiah.of(30_000));
    });
  }

  @Test
  void createVa_whenSameTrxIdAgain_answersSameBillOnce() throws Exception {
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"));

    Reply again = transaction(SnapBankSimulator.CREATE_VA_PATH,
        createVa("0000000001", "TRX-1", "30000.00"));

    assertThat(again.code()).isEqualTo("2002700");
    assertThat(BANK.simulator().bills()).hasSize(1);
  }

  @Test
  void createVa_whenNumberTakenByOtherTrx_answersConflict() throws Exception {
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"));

    assertThat(transaction(SnapBankSimulator.CREATE_VA_PATH,
        createVa("0000000001", "TRX-2", "30000.00")).code()).isEqualTo("4092701");
  }

  @Test
  void transaction_whenExternalIdReusedSameDay_answers409() throws Exception {
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"),
        "777", token);

    Reply reply = transaction(SnapBankSimulator.INQUIRY_PATH, inquiry("0000000001"), "777",
        token);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.code()).isEqualTo("4092400");
  }

  @Test
  void transaction_whenExternalIdReusedNextDay_isAccepted() throws Exception {
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"),
        "778", token);
    CLOCK.advance(Duration.ofDays(1));
    obtainToken();

    assertThat(transaction(SnapBankSimulator.CREATE_VA_PATH,
        createVa("0000000002", "TRX-2", "30000.00"), "778", token).code()).isEqualTo("2002700");
  }

  @Test
  void transaction_whenSignatureWrong_answers401() throws Exception {
    String body = inquiry("0000000001");
    Reply reply = post(SnapBankSimulator.INQUIRY_PATH, body, java.util.Map.of(
        "Authorization", "Bearer " + token, "X-TIMESTAMP", now(),
        "X-SIGNATURE", SnapCrypto.transactionSignature("wrong", "POST",
            SnapBankSimulator.INQUIRY_PATH, token, body, now()),
        "X-PARTNER-ID", PARTNER.partnerId(), "X-EXTERNAL-ID", "42", "CHANNEL-ID", "95221"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("4012400");
  }

  @Test
  void transaction_whenTokenExpired_answersInvalidToken() throws Exception {
    CLOCK.advance(SnapBankSimulator.TOKEN_LIFETIME);

    Reply reply = transaction(SnapBankSimulator.INQUIRY_PATH, inquiry("0000000001"));

    assertThat(reply.code()).isEqualTo("4012401");
  }

  @Test
  void transaction_whenHeaderMissing_namesIt() throws Exception {
    String body = inquiry("0000000001");
    String timestamp = now();
    Reply reply = post(SnapBankSimulator.INQUIRY_PATH, body, java.util.Map.of(
        "Authorization", "Bearer " + token, "X-TIMESTAMP", timestamp,
        "X-SIGNATURE", SnapCrypto.transactionSignature(PARTNER.clientSecret(), "POST",
            SnapBankSimulator.INQUIRY_PATH, token, body, timestamp),
        "X-PARTNER-ID", PARTNER.partnerId(), "CHANNEL-ID", "95221"));

    assertThat(reply.code()).isEqualTo("4002402");
    assertThat(reply.json().get("responseMessage").asText()).contains("X-EXTERNAL-ID");
  }

  @Test
  void inquiry_whenUnpaid_answersAmountAsString() throws Exception {
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"));

    Reply reply = transaction(SnapBankSimulator.INQUIRY_PATH, inquiry("0000000001"));

    assertThat(reply.code()).isEqualTo("2002400");
    JsonNode data = reply.json().get("virtualAccountData");
    assertThat(data.get("totalAmount").get("value").asText()).isEqualTo("30000.00");
    assertThat(data.get("partnerServiceId").asText()).isEqualTo("   12345");
  }

  @Test
  void inquiry_whenPaidThroughOtherChannel_answersPaidBill() throws Exception {
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"));
    BANK.simulator().payThroughOtherChannel("   123450000000001");

    Reply reply = transaction(SnapBankSimulator.INQUIRY_PATH, inquiry("0000000001"));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.code()).isEqualTo("4042414");
  }

  @Test
  void inquiry_whenExpired_answersExpiredBill() throws Exception {
    BANK.simulator().addBill(new BankBill("   12345", "0000000003", "Retribusi", "TRX-3",
        Rupiah.of(10_000), CLOCK.instant().plusSeconds(60), BillState.UNPAID, null, null, null));
    CLOCK.advance(Duration.ofSeconds(60));
    obtainToken();

    assertThat(transaction(SnapBankSimulator.INQUIRY_PATH, inquiry("0000000003")).code())
        .isEqualTo("4042419");
  }

  @Test
  void inquiry_whenUnknownOrBlocked_answersInvalidBill() throws Exception {
    assertThat(transaction(SnapBankSimulator.INQUIRY_PATH, inquiry("0000000009")).code())
        .isEqualTo("4042412");
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"));
    BANK.simulator().block("   123450000000001");

    assertThat(transaction(SnapBankSimulator.INQUIRY_PATH, inquiry("0000000001")).code())
        .isEqualTo("4042412");
  }

  @Test
  void inquiry_whenPartnerServiceIdNotPadded_answersInvalidFormat() throws Exception {
    Reply reply = transaction(SnapBankSimulator.INQUIRY_PATH, inquiry("0000000001")
        .replace("\"   12345\"", "\"12345\""));

    assertThat(reply.code()).isEqualTo("4002401");
  }

  @Test
  void payment_whenFullAmount_settlesBill() throws Exception {
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"));

    Reply reply = transaction(SnapBankSimulator.PAYMENT_PATH,
        payment("0000000001", "PAY-1", "30000.00"));

    assertThat(reply.code()).isEqualTo("2002500");
    assertThat(reply.json().get("virtualAccountData").get("paidAmount").get("value").asText())
        .isEqualTo("30000.00");
    assertThat(BANK.simulator().findBill("   123450000000001").orElseThrow().status())
        .isEqualTo(BillState.PAID);
  }

  @Test
  void payment_whenSamePaymentRequestIdRepeated_answersSameResultOnce() throws Exception {
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"));
    transaction(SnapBankSimulator.PAYMENT_PATH, payment("0000000001", "PAY-1", "30000.00"));

    Reply again = transaction(SnapBankSimulator.PAYMENT_PATH,
        payment("0000000001", "PAY-1", "30000.00"));

    assertThat(again.code()).isEqualTo("2002500");
    assertThat(BANK.simulator().findBill("   123450000000001").orElseThrow()
        .paymentRequestId()).isEqualTo("PAY-1");
  }

  @Test
  void payment_whenOtherPaymentForPaidBill_answersPaidBill() throws Exception {
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"));
    transaction(SnapBankSimulator.PAYMENT_PATH, payment("0000000001", "PAY-1", "30000.00"));

    assertThat(transaction(SnapBankSimulator.PAYMENT_PATH,
        payment("0000000001", "PAY-2", "30000.00")).code()).isEqualTo("4042514");
  }

  @Test
  void payment_whenAmountDiffers_answersInvalidAmount() throws Exception {
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"));

    assertThat(transaction(SnapBankSimulator.PAYMENT_PATH,
        payment("0000000001", "PAY-1", "20000.00")).code()).isEqualTo("4042513");
    assertThat(BANK.simulator().findBill("   123450000000001").orElseThrow().status())
        .isEqualTo(BillState.UNPAID);
  }

  @Test
  void payment_whenAmountNotTwoDecimals_answersInvalidFieldFormat() throws Exception {
    transaction(SnapBankSimulator.CREATE_VA_PATH, createVa("0000000001", "TRX-1", "30000.00"));

    assertThat(transaction(SnapBankSimulator.PAYMENT_PATH,
        payment("0000000001", "PAY-1", "30000")).code()).isEqualTo("4002501");
  }
}
