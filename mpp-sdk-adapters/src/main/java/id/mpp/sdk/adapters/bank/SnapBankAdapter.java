package id.mpp.sdk.adapters.bank;

import com.fasterxml.jackson.databind.JsonNode;
import id.mpp.sdk.AgencyProtocolException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.Bill;
import id.mpp.sdk.adapter.BillRequest;
import id.mpp.sdk.adapter.PaymentStatus;
import id.mpp.sdk.adapter.PaymentStatusReport;
import id.mpp.sdk.adapter.PaymentsCapability;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.http.AgencyHttpClient;
import id.mpp.sdk.http.AgencyHttpConfig;
import id.mpp.sdk.http.AgencyRequest;
import id.mpp.sdk.http.AgencyResponse;
import id.mpp.sdk.http.CallOptions;
import id.mpp.sdk.json.MppJson;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A regional bank (Bank Lampung, Bank Rajasa …) through Bank Indonesia SNAP virtual accounts:
 * MPP service fees (PNBP, retribusi) are billed as closed virtual accounts at the bank.
 *
 * <ul>
 *   <li>{@link #createBill}: Create VA (service 27). The customer number and {@code trxId} are
 *       derived from the bill's idempotency key, so asking again (or a retry after a lost answer)
 *       names the same virtual account and the bank answers with the bill it already holds.
 *   <li>{@link #getPaymentStatus}: VA inquiry (24): {@code 2002400} unpaid, {@code 4042414} paid,
 *       {@code 4042419} expired, {@code 4042412} unknown or blocked ({@link NotFoundException}).
 *   <li>{@link #collectPayment}: the MPP's cashier counter takes the fee itself: inquiry, then VA
 *       payment (25) with {@code paymentRequestId} equal to the {@code inquiryRequestId};
 *       idempotent on {@code paymentRequestId}.
 * </ul>
 *
 * <p>Every transaction is signed by {@link SnapAuthScheme}; amounts travel as {@code "30000.00"},
 * {@code partnerServiceId} is the company code left-padded with spaces to 8 characters.
 * Thread-safe.
 */
public final class SnapBankAdapter implements AgencyAdapter, PaymentsCapability {

  /** Path of Create VA. */
  static final String CREATE_VA_PATH = "/v1.0/transfer-va/create-va";
  /** Path of the VA inquiry. */
  static final String INQUIRY_PATH = "/v1.0/transfer-va/inquiry";
  /** Path of the VA payment. */
  static final String PAYMENT_PATH = "/v1.0/transfer-va/payment";

  private static final int CUSTOMER_NO_DIGITS = 16;

  private final AdapterDescriptor descriptor;
  private final SnapBankConfig config;
  private final AgencyHttpClient http;
  private final Clock clock;

  SnapBankAdapter(AdapterContext<SnapBankConfig> context) {
    this.descriptor = context.descriptor();
    this.config = context.config();
    this.clock = context.clock();
    Duration attempt = config.deadline().compareTo(Duration.ofSeconds(15)) < 0
        ? config.deadline() : Duration.ofSeconds(15);
    this.http = context.httpClient(AgencyHttpConfig.builder(config.baseUrl())
        .auth(new SnapAuthScheme(config))
        .deadline(config.deadline())
        .attemptTimeout(attempt)
        .build());
  }

  @Override
  public AdapterDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public Bill createBill(BillRequest request) {
    Objects.requireNonNull(request, "request");
    SnapVirtualAccount account = SnapVirtualAccount.of(config.companyCode(),
        customerNo(request.idempotencyKey()));
    Instant expiresAt = request.expiresAt() != null ? request.expiresAt()
        : clock.instant().plus(config.billValidity());
    Map<String, Object> body = account(account);
    body.put("virtualAccountName", request.description());
    body.put("trxId", trxId(request.idempotencyKey()));
    body.put("totalAmount", money(request.amount()));
    body.put("virtualAccountTrxType", "C");
    body.put("expiredDate", SnapTimestamp.format(expiresAt, config.timestampZone()));
    body.put("additionalInfo", Map.of("trackingNumber", request.trackingNumber(),
        "serviceCode", request.serviceCode().value()));
    JsonNode data = virtualAccountData(post(CREATE_VA_PATH, body, request.idempotencyKey()));
    Rupiah amount = amount(data.path("totalAmount"), "totalAmount");
    return new Bill(account.customerNo(), config.companyCode() + account.customerNo(), amount,
        expiresAt, PaymentStatus.UNPAID);
  }

  @Override
  public PaymentStatusReport getPaymentStatus(String billId) {
    SnapVirtualAccount account = account(billId);
    String inquiryRequestId = SnapAuthScheme.externalId();
    Map<String, Object> body = account(account);
    body.put("inquiryRequestId", inquiryRequestId);
    try {
      JsonNode data = virtualAccountData(post(INQUIRY_PATH, body, inquiryRequestId));
      amount(data.path("totalAmount"), "totalAmount");
      return new PaymentStatusReport(billId, "2002400", PaymentStatus.UNPAID, null, null);
    } catch (AgencyRejectedException e) {
      return settledOrThrow(billId, e);
    }
  }

  /**
   * Takes a payment at the MPP's cashier counter: a VA inquiry, then the VA payment of the full
   * amount. Idempotent on {@code paymentRequestId}: repeating it (for example after a lost answer)
   * returns the first result and pays nothing twice.
   *
   * @param billId the bill id from {@link #createBill}
   * @param amount the amount paid; a closed VA must be paid in full
   * @param paymentRequestId the payment's id, stable across retries (1-64 letters, digits,
   *     {@code -}, {@code _})
   * @return the bill's state after the payment, PAID with the amount and time
   * @throws NotFoundException if the bank does not know the bill
   * @throws AgencyRejectedException if the bank refuses (already paid by another payment
   *     {@code 4042514}, expired {@code 4042519}, wrong amount {@code 4042513})
   */
  public PaymentStatusReport collectPayment(String billId, Rupiah amount,
      String paymentRequestId) {
    Objects.requireNonNull(amount, "amount");
    if (paymentRequestId == null || !paymentRequestId.matches("[A-Za-z0-9_-]{1,64}")) {
      throw MppValidationException.of("paymentRequestId", "snap.paymentRequestId.format",
          "paymentRequestId must be 1-64 letters, digits, '-' or '_'");
    }
    SnapVirtualAccount account = account(billId);
    Map<String, Object> inquiry = account(account);
    inquiry.put("inquiryRequestId", paymentRequestId);
    JsonNode bill;
    try {
      bill = virtualAccountData(post(INQUIRY_PATH, inquiry, "inquiry-" + paymentRequestId));
    } catch (AgencyRejectedException e) {
      if (!SnapResponseCode.parse(e.agencyCode().orElse("5000000")).is(404, "14")) {
        throw notFoundOr(billId, e);
      }
      bill = null;
    }
    Map<String, Object> payment = account(account);
    payment.put("virtualAccountName", bill == null ? "" : bill.path("virtualAccountName")
        .asText(""));
    payment.put("paymentRequestId", paymentRequestId);
    payment.put("paidAmount", money(amount));
    payment.put("trxDateTime", SnapTimestamp.format(clock.instant(), config.timestampZone()));
    payment.put("flagAdvise", "N");
    JsonNode paid;
    try {
      paid = virtualAccountData(post(PAYMENT_PATH, payment, "payment-" + paymentRequestId));
    } catch (AgencyRejectedException e) {
      throw notFoundOr(billId, e);
    }
    Instant paidAt;
    try {
      paidAt = SnapTimestamp.parse(paid.path("trxDateTime").asText(""));
    } catch (IllegalArgumentException e) {
      paidAt = clock.instant();
    }
    return new PaymentStatusReport(billId, "2002500", PaymentStatus.PAID,
        amount(paid.path("paidAmount"), "paidAmount"), paidAt);
  }

  private PaymentStatusReport settledOrThrow(String billId, AgencyRejectedException e) {
    SnapResponseCode code = responseCode(e);
    if (code.is(404, "14")) {
      return new PaymentStatusReport(billId, code.toString(), PaymentStatus.PAID, null, null);
    }
    if (code.is(404, "19")) {
      return new PaymentStatusReport(billId, code.toString(), PaymentStatus.EXPIRED, null, null);
    }
    throw notFoundOr(billId, e);
  }

  private RuntimeException notFoundOr(String billId, AgencyRejectedException e) {
    return responseCode(e).is(404, "12") ? new NotFoundException("bill", billId) : e;
  }

  private static SnapResponseCode responseCode(AgencyRejectedException e) {
    try {
      return SnapResponseCode.parse(e.agencyCode().orElse(""));
    } catch (IllegalArgumentException notSnap) {
      throw e;
    }
  }

  private AgencyResponse post(String path, Map<String, Object> body, String idempotencyKey) {
    return http.send(AgencyRequest.post(path, body)
        .withOptions(CallOptions.defaults().withIdempotencyKey(idempotencyKey)));
  }

  private JsonNode virtualAccountData(AgencyResponse response) {
    JsonNode root;
    try {
      root = MppJson.defaults().read(response.body(), JsonNode.class);
    } catch (MppException e) {
      throw new AgencyProtocolException(agency(), response.requestId(),
          "the answer is not JSON", null);
    }
    String code = root == null ? "" : root.path("responseCode").asText("");
    if (!code.startsWith("200") || !root.path("virtualAccountData").isObject()) {
      throw new AgencyProtocolException(agency(), response.requestId(),
          "the answer lacks a successful responseCode or virtualAccountData", null);
    }
    return root.get("virtualAccountData");
  }

  private Rupiah amount(JsonNode money, String field) {
    try {
      return Rupiah.parseSnapAmount(money.path("value").asText(null));
    } catch (MppValidationException e) {
      throw new AgencyProtocolException(agency(), null, "field '" + field
          + ".value' is not an amount with two decimals", null);
    }
  }

  private Map<String, Object> account(SnapVirtualAccount account) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("partnerServiceId", account.partnerServiceId());
    body.put("customerNo", account.customerNo());
    body.put("virtualAccountNo", account.virtualAccountNo());
    return body;
  }

  private SnapVirtualAccount account(String billId) {
    if (billId == null || !billId.matches("\\d{1,20}")) {
      throw MppValidationException.of("billId", "snap.billId.format",
          "billId must be the 1-20 digit customer number of the virtual account");
    }
    return SnapVirtualAccount.of(config.companyCode(), billId);
  }

  private static Map<String, String> money(Rupiah amount) {
    return Map.of("value", amount.toSnapAmount(), "currency", "IDR");
  }

  /** The customer number of a bill: 16 digits derived from its idempotency key. */
  static String customerNo(String idempotencyKey) {
    BigInteger hash = new BigInteger(1, sha256(idempotencyKey));
    String digits = hash.mod(BigInteger.TEN.pow(CUSTOMER_NO_DIGITS)).toString();
    return "0".repeat(CUSTOMER_NO_DIGITS - digits.length()) + digits;
  }

  /** The {@code trxId} of a bill: the idempotency key, or its hash when longer than 64. */
  static String trxId(String idempotencyKey) {
    return idempotencyKey.length() <= 64 ? idempotencyKey
        : java.util.HexFormat.of().formatHex(sha256(idempotencyKey));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  private String agency() {
    return descriptor.agencyId().value();
  }

  @Override
  public AdapterHealth health() {
    return AdapterHealth.from(http.circuitState(), Optional.empty(), clock.instant());
  }

  @Override
  public String toString() {
    return "SnapBankAdapter[" + descriptor.agencyId() + ", " + config + "]";
  }
}
