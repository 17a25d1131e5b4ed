package id.mpp.sdk.testkit.agencies;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.MppException;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.testkit.simulator.Routes;
import id.mpp.sdk.testkit.simulator.SimulatedRequest;
import id.mpp.sdk.testkit.simulator.SimulatedResponse;
import id.mpp.sdk.testkit.vectors.KnownAnswers;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated regional bank (Bank Lampung, Bank Rajasa …) speaking Bank Indonesia SNAP for
 * virtual accounts, as {@code docs/en/adapters/snap-bank.md} describes: the B2B access token
 * (service 73), Create VA (27), VA inquiry (24) and VA payment (25).
 *
 * <p>It verifies, like the bank: the access-token signature (SHA256withRSA over
 * {@code clientId|X-TIMESTAMP} with the partner's public key); on every transaction the bearer
 * token (issued by it, not older than 900 s), the mandatory headers ({@code X-TIMESTAMP},
 * {@code X-SIGNATURE}, {@code X-PARTNER-ID}, {@code X-EXTERNAL-ID}, {@code CHANNEL-ID}), the
 * symmetric signature (HMAC-SHA512 with the client secret over
 * {@code METHOD:path:token:sha256hex(minified body):X-TIMESTAMP}) and that {@code X-EXTERNAL-ID} was
 * not used before on the same day ({@code 409xx00} Conflict). Answers carry a seven-digit
 * {@code responseCode} whose first three digits are the HTTP status.
 *
 * <p>The bank's bills (reset before every test): an unpaid bill answers an inquiry with its amount;
 * a paid one {@code 404xx14} Paid Bill; an expired one {@code 404xx19}; an unknown or blocked one
 * {@code 404xx12}. A payment is idempotent on {@code paymentRequestId}; a closed VA must be paid in
 * full ({@code 404xx13} Invalid Amount otherwise).
 */
public final class SnapBankSimulator extends AgencySimulator {

  /** Path of the B2B access token. */
  public static final String TOKEN_PATH = "/v1.0/access-token/b2b";
  /** Path of Create VA. */
  public static final String CREATE_VA_PATH = "/v1.0/transfer-va/create-va";
  /** Path of the VA inquiry. */
  public static final String INQUIRY_PATH = "/v1.0/transfer-va/inquiry";
  /** Path of the VA payment. */
  public static final String PAYMENT_PATH = "/v1.0/transfer-va/payment";
  /** Lifetime of an access token. */
  public static final Duration TOKEN_LIFETIME = Duration.ofSeconds(900);

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Partner partner;
  private final Map<String, Instant> tokens = new HashMap<>();
  private final Map<LocalDate, Set<String>> externalIds = new HashMap<>();
  private final Map<String, BankBill> bills = new LinkedHashMap<>();
  private final Map<String, Payment> payments = new HashMap<>();
  private int tokensIssued;

  /**
   * A simulated bank serving one partner (the MPP).
   *
   * @param agencyId the bank's agency id, for example {@code bank-lampung}
   * @param clock the clock (token expiry, bill expiry, the day of {@code X-EXTERNAL-ID})
   * @param partner the partner it accepts
   */
  public SnapBankSimulator(String agencyId, Clock clock, Partner partner) {
    super(agencyId, clock);
    this.partner = Objects.requireNonNull(partner, "partner");
  }

  /** @return the partner this bank accepts */
  public Partner partner() {
    return partner;
  }

  /**
   * Adds a bill as if it had been created earlier (for example by another channel).
   *
   * @param bill the bill
   */
  public synchronized void addBill(BankBill bill) {
    bills.put(bill.virtualAccountNo(), bill);
  }

  /**
   * A bill by its virtual account number.
   *
   * @param virtualAccountNo the padded partnerServiceId followed by the customer number
   * @return the bill, if the bank has it
   */
  public synchronized Optional<BankBill> findBill(String virtualAccountNo) {
    return Optional.ofNullable(bills.get(virtualAccountNo));
  }

  /** @return every bill, in the order created */
  public synchronized List<BankBill> bills() {
    return List.copyOf(bills.values());
  }

  /**
   * A citizen pays a bill in full through another channel of the bank (ATM, mobile banking).
   *
   * @param virtualAccountNo the bill's virtual account number
   * @throws IllegalArgumentException if the bank has no unpaid bill with that number
   */
  public synchronized void payThroughOtherChannel(String virtualAccountNo) {
    BankBill bill = bills.get(virtualAccountNo);
    if (bill == null || bill.status() != BillState.UNPAID) {
      throw new IllegalArgumentException("no unpaid bill with that virtual account number");
    }
    bills.put(virtualAccountNo, bill.paid(bill.amount(), clock().instant(), "ATM"));
  }

  /**
   * Blocks a bill, so that inquiries and payments answer {@code 404xx12}.
   *
   * @param virtualAccountNo the bill's virtual account number
   */
  public synchronized void block(String virtualAccountNo) {
    BankBill bill = bills.get(virtualAccountNo);
    if (bill == null) {
      throw new IllegalArgumentException("no bill with that virtual account number");
    }
    bills.put(virtualAccountNo, bill.withStatus(BillState.BLOCKED));
  }

  /** Forgets every issued token, as a bank does when it rotates keys: the next call gets 401. */
  public synchronized void revokeTokens() {
    tokens.clear();
  }

  /** @return how many access tokens the bank issued since the last reset */
  public synchronized int tokensIssued() {
    return tokensIssued;
  }

  @Override
  protected synchronized void resetState() {
    tokens.clear();
    externalIds.clear();
    bills.clear();
    payments.clear();
    tokensIssued = 0;
  }

  @Override
  protected void defineRoutes(Routes routes) {
    routes.post(TOKEN_PATH, this::accessToken)
        .post(CREATE_VA_PATH, request -> transaction(request, "27", this::createVa))
        .post(INQUIRY_PATH, request -> transaction(request, "24", this::inquiry))
        .post(PAYMENT_PATH, request -> transaction(request, "25", this::payment));
  }

  // ---- token ----

  private synchronized SimulatedResponse accessToken(SimulatedRequest request) {
    String service = "73";
    for (String header : List.of("X-TIMESTAMP", "X-CLIENT-KEY", "X-SIGNATURE")) {
      if (request.header(header).filter(v -> !v.isBlank()).isEmpty()) {
        return error(400, service, "02", "Invalid Mandatory Field " + header);
      }
    }
    String timestamp = request.header("X-TIMESTAMP").orElseThrow();
    if (!validTimestamp(timestamp)) {
      return error(400, service, "01", "Invalid Field Format X-TIMESTAMP");
    }
    String clientId = request.header("X-CLIENT-KEY").orElseThrow();
    if (!clientId.equals(partner.clientId())) {
      return error(401, service, "00", "Unauthorized. Unknown client");
    }
    if (!SnapCrypto.verifyAccessTokenSignature(partner.publicKey(), clientId, timestamp,
        request.header("X-SIGNATURE").orElseThrow())) {
      return error(401, service, "00", "Unauthorized. Signature");
    }
    JsonNode body = json(request);
    if (body == null || !"client_credentials".equals(body.path("grantType").asText())) {
      return error(400, service, "01", "Invalid Field Format grantType");
    }
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    tokens.put(token, clock().instant().plus(TOKEN_LIFETIME));
    tokensIssued++;
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("responseCode", "2007300");
    answer.put("responseMessage", "Successful");
    answer.put("accessToken", token);
    answer.put("tokenType", "Bearer");
    answer.put("expiresIn", String.valueOf(TOKEN_LIFETIME.toSeconds()));
    answer.put("additionalInfo", Map.of());
    return SimulatedResponse.json(200, answer);
  }

  // ---- transactions ----

  private interface Handler {
    SimulatedResponse handle(String service, JsonNode body);
  }

  private synchronized SimulatedResponse transaction(SimulatedRequest request, String service,
      Handler handler) {
    String authorization = request.header("Authorization").orElse("");
    String token = authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
    Instant expiry = tokens.get(token);
    if (expiry == null || !clock().instant().isBefore(expiry)) {
      return error(401, service, "01", "Invalid Token (B2B)");
    }
    for (String header : List.of("X-TIMESTAMP", "X-SIGNATURE", "X-PARTNER-ID", "X-EXTERNAL-ID",
        "CHANNEL-ID")) {
      if (request.header(header).filter(v -> !v.isBlank()).isEmpty()) {
        return error(400, service, "02", "Invalid Mandatory Field " + header);
      }
    }
    String timestamp = request.header("X-TIMESTAMP").orElseThrow();
    if (!validTimestamp(timestamp)) {
      return error(400, service, "01", "Invalid Field Format X-TIMESTAMP");
    }
    String externalId = request.header("X-EXTERNAL-ID").orElseThrow();
    if (!externalId.matches("\\d{1,36}")) {
      return error(400, service, "01", "Invalid Field Format X-EXTERNAL-ID");
    }
    if (request.header("CHANNEL-ID").orElseThrow().length() > 5) {
      return error(400, service, "01", "Invalid Field Format CHANNEL-ID");
    }
    if (!request.header("X-PARTNER-ID").orElseThrow().equals(partner.partnerId())) {
      return error(401, service, "00", "Unauthorized. Unknown partner");
    }
    String body = request.bodyText();
    boolean signed;
    try {
      signed = SnapCrypto.transactionSignatureMatches(partner.clientSecret(), request.method(),
          request.pathAndQuery(), token, body, timestamp,
          request.header("X-SIGNATURE").orElseThrow());
    } catch (MppException e) {
      return error(400, service, "00", "Bad Request");
    }
    if (!signed) {
      return error(401, service, "00", "Unauthorized. Signature");
    }
    LocalDate day = LocalDate.ofInstant(clock().instant(), WIB);
    if (!externalIds.computeIfAbsent(day, d -> new HashSet<>()).add(externalId)) {
      return error(409, service, "00", "Conflict");
    }
    JsonNode json = json(request);
    if (json == null || !json.isObject()) {
      return error(400, service, "00", "Bad Request");
    }
    return handler.handle(service, json);
  }

  private SimulatedResponse createVa(String service, JsonNode body) {
    Optional<SimulatedResponse> invalid = checkAccount(service, body)
        .or(() -> mandatory(service, body, "virtualAccountName", "trxId"))
        .or(() -> amount(service, body, "totalAmount"));
    if (invalid.isPresent()) {
      return invalid.get();
    }
    String vaNo = body.get("virtualAccountNo").asText();
    String trxId = body.get("trxId").asText();
    Instant expiresAt = null;
    if (body.hasNonNull("expiredDate")) {
      try {
        expiresAt = OffsetDateTime.parse(body.get("expiredDate").asText()).toInstant();
      } catch (DateTimeParseException e) {
        return error(400, service, "01", "Invalid Field Format expiredDate");
      }
    }
    Rupiah amount = Rupiah.parseSnapAmount(body.get("totalAmount").get("value").asText());
    BankBill existing = bills.get(vaNo);
    if (existing != null) {
      if (existing.trxId().equals(trxId) && existing.amount().equals(amount)) {
        return SimulatedResponse.json(200, vaAnswer("2002700", existing));
      }
      return error(409, service, "01", "Conflict. Duplicate virtualAccountNo");
    }
    BankBill bill = new BankBill(body.get("partnerServiceId").asText(),
        body.get("customerNo").asText(), body.get("virtualAccountName").asText(), trxId, amount,
        expiresAt, BillState.UNPAID, null, null, null);
    bills.put(vaNo, bill);
    return SimulatedResponse.json(200, vaAnswer("2002700", bill));
  }

  private SimulatedResponse inquiry(String service, JsonNode body) {
    Optional<SimulatedResponse> invalid = checkAccount(service, body)
        .or(() -> mandatory(service, body, "inquiryRequestId"));
    if (invalid.isPresent()) {
      return invalid.get();
    }
    BankBill bill = bills.get(body.get("virtualAccountNo").asText());
    Optional<SimulatedResponse> refused = billRefusal(service, bill);
    if (refused.isPresent()) {
      return refused.get();
    }
    Map<String, Object> answer = vaAnswer("2002400", bill);
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) answer.get("virtualAccountData");
    data.put("inquiryStatus", "00");
    data.put("inquiryReason", Map.of("english", "Success", "indonesia", "Sukses"));
    data.put("inquiryRequestId", body.get("inquiryRequestId").asText());
    data.put("billDetails", List.of());
    data.put("freeTexts", List.of());
    return SimulatedResponse.json(200, answer);
  }

  private SimulatedResponse payment(String service, JsonNode body) {
    Optional<SimulatedResponse> invalid = checkAccount(service, body)
        .or(() -> mandatory(service, body, "paymentRequestId"))
        .or(() -> amount(service, body, "paidAmount"));
    if (invalid.isPresent()) {
      return invalid.get();
    }
    String vaNo = body.get("virtualAccountNo").asText();
    String paymentRequestId = body.get("paymentRequestId").asText();
    Rupiah paid = Rupiah.parseSnapAmount(body.get("paidAmount").get("value").asText());
    Payment earlier = payments.get(paymentRequestId);
    if (earlier != null) {
      if (earlier.virtualAccountNo().equals(vaNo) && earlier.amount().equals(paid)) {
        return SimulatedResponse.json(200, paymentAnswer(bills.get(vaNo), paymentRequestId));
      }
      return error(404, service, "18", "Inconsistent Request");
    }
    BankBill bill = bills.get(vaNo);
    Optional<SimulatedResponse> refused = billRefusal(service, bill);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!paid.equals(bill.amount())) {
      return error(404, service, "13", "Invalid Amount");
    }
    BankBill settled = bill.paid(paid, clock().instant(), paymentRequestId);
    bills.put(vaNo, settled);
    payments.put(paymentRequestId, new Payment(vaNo, paid));
    return SimulatedResponse.json(200, paymentAnswer(settled, paymentRequestId));
  }

  private Optional<SimulatedResponse> billRefusal(String service, BankBill bill) {
    if (bill == null) {
      return Optional.of(error(404, service, "12", "Invalid Bill/Virtual Account [Not Found]"));
    }
    if (bill.status() == BillState.BLOCKED) {
      return Optional.of(error(404, service, "12", "Invalid Bill/Virtual Account [Blocked]"));
    }
    if (bill.status() == BillState.PAID) {
      return Optional.of(error(404, service, "14", "Paid Bill"));
    }
    if (bill.expiresAt() != null && !clock().instant().isBefore(bill.expiresAt())) {
      return Optional.of(error(404, service, "19", "Invalid Bill/Virtual Account [Expired]"));
    }
    return Optional.empty();
  }

  private Optional<SimulatedResponse> checkAccount(String service, JsonNode body) {
    Optional<SimulatedResponse> missing = mandatory(service, body, "partnerServiceId",
        "customerNo", "virtualAccountNo");
    if (missing.isPresent()) {
      return missing;
    }
    String psi = body.get("partnerServiceId").asText();
    if (!psi.equals(partner.partnerServiceId())) {
      return Optional.of(error(400, service, "01", "Invalid Field Format partnerServiceId"));
    }
    String customerNo = body.get("customerNo").asText();
    if (!customerNo.matches("\\d{1,20}")) {
      return Optional.of(error(400, service, "01", "Invalid Field Format customerNo"));
    }
    if (!body.get("virtualAccountNo").asText().equals(psi + customerNo)) {
      return Optional.of(error(400, service, "01", "Invalid Field Format virtualAccountNo"));
    }
    return Optional.empty();
  }

  private Optional<SimulatedResponse> mandatory(String service, JsonNode body,
      String... fields) {
    for (String field : fields) {
      if (!body.hasNonNull(field) || body.get(field).asText().isBlank()) {
        return Optional.of(error(400, service, "02", "Invalid Mandatory Field " + field));
      }
    }
    return Optional.empty();
  }

  private Optional<SimulatedResponse> amount(String service, JsonNode body, String field) {
    JsonNode amount = body.get(field);
    if (amount == null || !amount.isObject()) {
      return Optional.of(error(400, service, "02", "Invalid Mandatory Field " + field));
    }
    JsonNode value = amount.get("value");
    if (value == null || !value.isTextual() || !value.asText().matches("\\d{1,16}\\.\\d{2}")) {
      return Optional.of(error(400, service, "01", "Invalid Field Format " + field + ".value"));
    }
    if (!"IDR".equals(amount.path("currency").asText())) {
      return Optional.of(error(400, service, "01", "Invalid Field Format " + field
          + ".currency"));
    }
    return Optional.empty();
  }

  private Map<String, Object> vaAnswer(String code, BankBill bill) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("partnerServiceId", bill.partnerServiceId());
    data.put("customerNo", bill.customerNo());
    data.put("virtualAccountNo", bill.virtualAccountNo());
    data.put("virtualAccountName", bill.name());
    data.put("trxId", bill.trxId());
    data.put("totalAmount", money(bill.amount()));
    data.put("virtualAccountTrxType", "C");
    if (bill.expiresAt() != null) {
      data.put("expiredDate", TIMESTAMP.format(bill.expiresAt().atZone(WIB)));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("responseCode", code);
    answer.put("responseMessage", "Successful");
    answer.put("virtualAccountData", data);
    return answer;
  }

  private Map<String, Object> paymentAnswer(BankBill bill, String paymentRequestId) {
    Map<String, Object> answer = vaAnswer("2002500", bill);
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) answer.get("virtualAccountData");
    data.put("paymentRequestId", paymentRequestId);
    data.put("paidAmount", money(bill.paidAmount()));
    data.put("trxDateTime", TIMESTAMP.format(bill.paidAt().atZone(WIB)));
    data.put("paymentFlagStatus", "00");
    data.put("paymentFlagReason", Map.of("english", "Success", "indonesia", "Sukses"));
    return answer;
  }

  private static Map<String, Object> money(Rupiah amount) {
    return Map.of("value", amount.toSnapAmount(), "currency", "IDR");
  }

  private static SimulatedResponse error(int status, String service, String caseCode,
      String message) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("responseCode", status + service + caseCode);
    answer.put("responseMessage", message);
    return SimulatedResponse.json(status, answer);
  }

  private static boolean validTimestamp(String text) {
    try {
      OffsetDateTime.parse(text, TIMESTAMP);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static JsonNode json(SimulatedRequest request) {
    try {
      return MppJson.defaults().read(request.body(), JsonNode.class);
    } catch (MppException e) {
      return null;
    }
  }

  private record Payment(String virtualAccountNo, Rupiah amount) {
  }

  // ---- public value types ----

  /**
   * The partner (the MPP) a bank accepts: what the bank issued to it and the public key it
   * registered. {@link #toString()} hides the secret.
   *
   * @param clientId the {@code X-CLIENT-KEY}
   * @param clientSecret the HMAC key of transaction signatures
   * @param partnerId the {@code X-PARTNER-ID}
   * @param companyCode the company code, 1–8 digits; {@code partnerServiceId} is it left-padded
   *     with spaces to 8
   * @param publicKey the partner's RSA public key (verifies access-token requests)
   */
  public record Partner(String clientId, String clientSecret, String partnerId,
      String companyCode, PublicKey publicKey) {

    /** Checks the parts. */
    public Partner {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(clientSecret, "clientSecret");
      Objects.requireNonNull(partnerId, "partnerId");
      if (!Objects.requireNonNull(companyCode, "companyCode").matches("\\d{1,8}")) {
        throw new IllegalArgumentException("companyCode must be 1-8 digits");
      }
      Objects.requireNonNull(publicKey, "publicKey");
    }

    /**
     * A test partner whose key pair is the test key of the testkit's SNAP vectors
     * ({@link #testPrivateKeyPem()} signs for it).
     *
     * @param clientId the client id
     * @param companyCode the company code
     * @return the partner
     */
    public static Partner test(String clientId, String companyCode) {
      return new Partner(clientId, "client-secret-" + clientId, "MPP" + companyCode,
          companyCode, SnapCrypto.publicKey(KnownAnswers.snap().publicKeyPem()));
    }

    /** @return the PKCS#8 PEM of the test partners' private key (a test key; it protects nothing) */
    public static String testPrivateKeyPem() {
      return KnownAnswers.snap().privateKeyPem();
    }

    /** @return the company code left-padded with spaces to 8 characters */
    public String partnerServiceId() {
      return " ".repeat(8 - companyCode.length()) + companyCode;
    }

    @Override
    public String toString() {
      return "Partner[clientId=" + clientId + ", partnerId=" + partnerId + ", companyCode="
          + companyCode + ", secret hidden]";
    }
  }

  /** The state of a bill at the bank. */
  public enum BillState {
    /** Waiting for payment. */
    UNPAID,
    /** Paid in full. */
    PAID,
    /** Blocked by the bank. */
    BLOCKED
  }

  /**
   * A bill (virtual account) the bank holds.
   *
   * @param partnerServiceId the padded company code
   * @param customerNo the customer number
   * @param name {@code virtualAccountName}
   * @param trxId the biller's transaction id
   * @param amount the amount due
   * @param expiresAt when it expires, or {@code null}
   * @param status its state (an unpaid bill past {@code expiresAt} answers as expired)
   * @param paidAmount the amount paid, or {@code null}
   * @param paidAt when it was paid, or {@code null}
   * @param paymentRequestId the payment that settled it, or {@code null}
   */
  public record BankBill(String partnerServiceId, String customerNo, String name, String trxId,
      Rupiah amount, Instant expiresAt, BillState status, Rupiah paidAmount, Instant paidAt,
      String paymentRequestId) {

    /** Checks the required parts. */
    public BankBill {
      Objects.requireNonNull(partnerServiceId, "partnerServiceId");
      Objects.requireNonNull(customerNo, "customerNo");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(trxId, "trxId");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(status, "status");
    }

    /** @return {@code partnerServiceId + customerNo} */
    public String virtualAccountNo() {
      return partnerServiceId + customerNo;
    }

    BankBill paid(Rupiah paid, Instant at, String byPayment) {
      return new BankBill(partnerServiceId, customerNo, name, trxId, amount, expiresAt,
          BillState.PAID, paid, at, byPayment);
    }

    BankBill withStatus(BillState state) {
      return new BankBill(partnerServiceId, customerNo, name, trxId, amount, expiresAt, state,
          paidAmount, paidAt, paymentRequestId);
    }
  }
}
