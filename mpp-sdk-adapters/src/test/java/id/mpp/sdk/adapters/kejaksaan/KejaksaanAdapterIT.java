package id.mpp.sdk.adapters.kejaksaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.AgencyAuthenticationException;
import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.Bill;
import id.mpp.sdk.adapter.BillRequest;
import id.mpp.sdk.adapter.PaymentStatus;
import id.mpp.sdk.adapter.PaymentStatusReport;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.adapters.support.TestHub;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceCompleteness;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.testkit.agencies.KejaksaanSimulator;
import id.mpp.sdk.testkit.agencies.KejaksaanSimulator.TilangCase;
import id.mpp.sdk.testkit.simulator.AgencySimulatorExtension;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.validation.Nik;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kejaksaan rules beyond the kit: verdict amounts, paid twice, evidence pickup, bad input. */
class KejaksaanAdapterIT {

  private static final String KEY = "kejaksaan-test-api-key";
  private static final String REGISTER = "G1234567";
  private static final String BRIVA = "880100001234567";
  private static final String PLATE = "BE1234XY";
  private static final Rupiah FINE = Rupiah.of(250_000);
  private static final Rupiah COST = Rupiah.of(1_000);
  private static final Rupiah TOTAL = FINE.plus(COST);
  private static final String TRACKING = "MPP-20260302-0007";
  private static final String PAYMENTS = "/tilang/v1/tagihan/.*/pembayaran";

  private final ManualClock clock =
      ManualClock.at(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Jakarta"));

  @RegisterExtension
  final AgencySimulatorExtension<KejaksaanSimulator> kejari =
      AgencySimulatorExtension.of(() -> new KejaksaanSimulator(clock, KEY));

  private TestHub hub;

  private KejaksaanAdapter adapter(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(Map.of(
        "baseUrl", kejari.simulator().baseUri().toString(), "apiKey", KEY));
    settings.putAll(overrides);
    hub = TestHub.of(new KejaksaanAdapterProvider(), settings, clock);
    return (KejaksaanAdapter) hub.adapter();
  }

  private KejaksaanAdapter adapter() {
    return adapter(Map.of());
  }

  @AfterEach
  void closeHub() {
    if (hub != null) {
      hub.close();
    }
  }

  private KejaksaanSimulator simulator() {
    return kejari.simulator();
  }

  private void decidedCase() {
    simulator().addCase(TilangCase.decided(REGISTER, BRIVA, PLATE, FINE, COST, "SIM", "STNK"));
  }

  private static ApplicationSubmission submission(String key, Map<String, String> fields) {
    return new ApplicationSubmission(TRACKING, ServiceCode.of("KEJAKSAAN-TILANG"),
        new Applicant(Nik.parse("1871014101900003"), "Siti Aminah", null, null), List.of(),
        fields, key, Instant.parse("2026-03-02T01:00:00Z"));
  }

  private BillRequest bill(String key, Rupiah amount) {
    return new BillRequest(TRACKING, ServiceCode.of("KEJAKSAAN-TILANG"), amount,
        "Denda tilang dan biaya perkara", clock.instant().plus(Duration.ofDays(1)), key);
  }

  private Bill linkedBill(KejaksaanAdapter adapter) {
    adapter.submit(submission("sub-1", Map.of("nomorRegister", REGISTER)));
    return adapter.createBill(bill("bill-1", TOTAL));
  }

  // ---------------------------------------------------------------- look-up

  @Test
  void getFine_byRegisterNumber_givesVerdictAmountsAndHeldEvidence() {
    decidedCase();

    TrafficFine fine = adapter().getFine(REGISTER);

    assertThat(fine.status()).isEqualTo(TrafficFine.Status.UNPAID);
    assertThat(fine.fine()).isEqualTo(FINE);
    assertThat(fine.courtCost()).isEqualTo(COST);
    assertThat(fine.findTotal()).contains(TOTAL);
    assertThat(fine.hearingDate()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(fine.evidence()).extracting(TrafficFine.Evidence::kind).containsExactly(
        TrafficFine.Evidence.Kind.DRIVING_LICENCE, TrafficFine.Evidence.Kind.VEHICLE_REGISTRATION);
    assertThat(fine.evidence()).allSatisfy(e ->
        assertThat(e.status()).isEqualTo(TrafficFine.Evidence.Status.HELD));
    assertThat(fine.evidenceReady()).isFalse();
  }

  @Test
  void getFine_byBrivaCode_findsTheSameCase() {
    decidedCase();

    assertThat(adapter().getFine(BRIVA).registerNumber()).isEqualTo(REGISTER);
  }

  @Test
  void getFine_whenNoVerdictYet_hasNoAmounts() {
    simulator().addCase(new TilangCase(REGISTER, BRIVA, PLATE, "Pasal 281", "Kejari Metro",
        LocalDate.of(2026, 3, 6), null, null, List.of("KENDARAAN"), null, null));

    TrafficFine fine = adapter().getFine(REGISTER);

    assertThat(fine.status()).isEqualTo(TrafficFine.Status.AWAITING_VERDICT);
    assertThat(fine.findTotal()).isEmpty();
    assertThat(fine.evidence().get(0).kind()).isEqualTo(TrafficFine.Evidence.Kind.VEHICLE);
  }

  @Test
  void getFine_whenUnknown_isNotFoundInOneRequest() {
    Throwable thrown = catchThrowable(() -> adapter().getFine("G7654321"));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) thrown).kind()).isEqualTo("tilang");
    assertThat(simulator().journal().total()).isEqualTo(1);
  }

  @Test
  void getFine_whenTicketMalformed_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().getFine("G12/../x"));

    assertThat(thrown).isInstanceOf(MppValidationException.class);
    assertThat(((MppValidationException) thrown).violations()).singleElement()
        .satisfies(v -> {
          assertThat(v.field()).isEqualTo("ticketNumber");
          assertThat(v.rule()).isEqualTo("kejaksaan.ticketNumber.format");
          assertThat(v.message()).doesNotContain("G12");
        });
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void getFine_whenPatternConfigured_acceptsTheOtherForm() {
    simulator().addCase(TilangCase.decided("TL2026000042", BRIVA, PLATE, FINE, COST, "SIM"));

    TrafficFine fine = adapter(Map.of("ticketNumberPattern", "TL[0-9]{10}"))
        .getFine("TL2026000042");

    assertThat(fine.registerNumber()).isEqualTo("TL2026000042");
  }

  @Test
  void listFinesByPlate_whenWrittenWithSpaces_findsTheVehiclesCases() {
    decidedCase();
    simulator().addCase(TilangCase.decided("G7654321", "880100007654321", "B9XYZ", FINE, COST,
        "SIM"));

    List<TrafficFine> fines = adapter().listFinesByPlate(PlateNumber.parse("be 1234 xy"));

    assertThat(fines).extracting(TrafficFine::registerNumber).containsExactly(REGISTER);
  }

  @Test
  void listFinesByPlate_whenNone_isEmpty() {
    assertThat(adapter().listFinesByPlate(PlateNumber.parse("BE 1 A"))).isEmpty();
  }

  // ---------------------------------------------------------------- bills and payment

  @Test
  void createBill_whenAmountIsNotTheVerdicts_isRefusedAndNoBillIssued() {
    decidedCase();
    KejaksaanAdapter adapter = adapter();
    adapter.submit(submission("sub-1", Map.of("nomorRegister", REGISTER)));

    Throwable thrown = catchThrowable(() -> adapter.createBill(bill("bill-1", FINE)));

    assertThat(thrown).isInstanceOf(AgencyRejectedException.class);
    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("JUMLAH_TIDAK_SESUAI");
    assertThat(simulator().bills()).isEmpty();
  }

  @Test
  void createBill_whenNoVerdictYet_isRefused() {
    simulator().addCase(new TilangCase(REGISTER, BRIVA, PLATE, "Pasal 281", "Kejari Metro",
        LocalDate.of(2026, 3, 6), null, null, List.of("SIM"), null, null));
    KejaksaanAdapter adapter = adapter();
    adapter.submit(submission("sub-1", Map.of("nomorRegister", REGISTER)));

    Throwable thrown = catchThrowable(() -> adapter.createBill(bill("bill-1", TOTAL)));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("BELUM_ADA_PUTUSAN");
    assertThat(simulator().bills()).isEmpty();
  }

  @Test
  void createBill_whenCaseAlreadyPaid_isRefusedSudahLunas() {
    decidedCase();
    KejaksaanAdapter adapter = adapter();
    Bill first = linkedBill(adapter);
    simulator().payThroughBriva(first.billId());

    Throwable thrown = catchThrowable(() -> adapter.createBill(bill("bill-2", TOTAL)));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("SUDAH_LUNAS");
    assertThat(simulator().bills()).hasSize(1);
  }

  @Test
  void createBill_whenAnotherKeyForTheSameCase_replacesTheUnpaidBill() {
    decidedCase();
    KejaksaanAdapter adapter = adapter();
    Bill first = linkedBill(adapter);

    Bill second = adapter.createBill(bill("bill-2", TOTAL));

    assertThat(second.billId()).isNotEqualTo(first.billId());
    assertThat(adapter.getPaymentStatus(first.billId()).status())
        .isEqualTo(PaymentStatus.CANCELLED);
    assertThat(adapter.getPaymentStatus(second.billId()).status())
        .isEqualTo(PaymentStatus.UNPAID);
  }

  @Test
  void collectPayment_whenPaidInFull_makesEvidenceReadyForPickup() {
    decidedCase();
    KejaksaanAdapter adapter = adapter();
    Bill bill = linkedBill(adapter);

    PaymentStatusReport paid = adapter.collectPayment(bill.billId(), TOTAL, "kasir-1");

    assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(paid.findPaidAmount()).contains(TOTAL);
    assertThat(paid.findPaidAt()).contains(clock.instant());
    TrafficFine fine = adapter.getFine(REGISTER);
    assertThat(fine.status()).isEqualTo(TrafficFine.Status.PAID);
    assertThat(fine.evidenceReady()).isTrue();
    assertThat(fine.evidence()).allSatisfy(e ->
        assertThat(e.location()).isEqualTo("Kejaksaan Negeri Bandar Lampung"));
  }

  @Test
  void collectPayment_whenRepeatedWithTheSamePaymentId_paysOnce() {
    decidedCase();
    KejaksaanAdapter adapter = adapter();
    Bill bill = linkedBill(adapter);

    PaymentStatusReport first = adapter.collectPayment(bill.billId(), TOTAL, "kasir-1");
    PaymentStatusReport again = adapter.collectPayment(bill.billId(), TOTAL, "kasir-1");

    assertThat(again).isEqualTo(first);
    simulator().journal().assertReceived(2, "POST", PAYMENTS);
    assertThat(simulator().bills()).singleElement()
        .satisfies(b -> assertThat(b.paymentId()).isEqualTo("kasir-1"));
  }

  @Test
  void collectPayment_whenAlreadyPaidThroughBriva_isRefusedSudahLunas() {
    decidedCase();
    KejaksaanAdapter adapter = adapter();
    Bill bill = linkedBill(adapter);
    simulator().payThroughBriva(bill.billId());

    Throwable thrown = catchThrowable(() ->
        adapter.collectPayment(bill.billId(), TOTAL, "kasir-2"));

    assertThat(thrown).isInstanceOf(AgencyRejectedException.class);
    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("SUDAH_LUNAS");
    assertThat(simulator().bills().get(0).paymentId()).isEqualTo("BRIVA-" + bill.billId());
  }

  @Test
  void collectPayment_whenShort_isRefusedAndBillStaysUnpaid() {
    decidedCase();
    KejaksaanAdapter adapter = adapter();
    Bill bill = linkedBill(adapter);

    Throwable thrown = catchThrowable(() ->
        adapter.collectPayment(bill.billId(), FINE, "kasir-1"));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("JUMLAH_TIDAK_SESUAI");
    assertThat(adapter.getPaymentStatus(bill.billId()).status()).isEqualTo(PaymentStatus.UNPAID);
  }

  @Test
  void collectPayment_whenPaymentIdMalformed_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() ->
        adapter().collectPayment("TGH-00000001", TOTAL, "kasir 1; drop"));

    assertThat(((MppValidationException) thrown).violations()).extracting(v -> v.field())
        .containsExactly("paymentId");
    assertThat(simulator().journal().total()).isZero();
  }

  // ---------------------------------------------------------------- applications

  @Test
  void status_followsTheCaseFromVerdictToPickup() {
    simulator().addCase(new TilangCase(REGISTER, BRIVA, PLATE, "Pasal 281", "Kejari Metro",
        LocalDate.of(2026, 3, 6), null, null, List.of("SIM"), null, null));
    KejaksaanAdapter adapter = adapter();

    SubmissionReceipt receipt = adapter.submit(submission("sub-1",
        Map.of("nomorRegister", REGISTER)));
    String reference = receipt.agencyReference();
    ApplicationStatus afterSubmit = receipt.status();
    simulator().giveVerdict(REGISTER, FINE, COST);
    ApplicationStatus afterVerdict = adapter.getStatus(reference).status();
    Bill bill = adapter.createBill(bill("bill-1", TOTAL));
    adapter.collectPayment(bill.billId(), TOTAL, "kasir-1");
    var afterPayment = adapter.getStatus(reference);
    simulator().handOverEvidence(REGISTER);
    ApplicationStatus afterHandOver = adapter.getStatus(reference).status();

    assertThat(afterSubmit).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(afterVerdict).isEqualTo(ApplicationStatus.IN_PROCESS);
    assertThat(afterPayment.status()).isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
    assertThat(afterPayment.findNote()).contains("Barang bukti dapat diambil di Kejari Metro");
    assertThat(afterHandOver).isEqualTo(ApplicationStatus.COMPLETED);
  }

  @Test
  void submit_whenRepeatedWithTheSameKey_createsOnePermohonan() {
    decidedCase();
    KejaksaanAdapter adapter = adapter();

    SubmissionReceipt first = adapter.submit(submission("sub-1",
        Map.of("nomorRegister", REGISTER)));
    SubmissionReceipt again = adapter.submit(submission("sub-1",
        Map.of("nomorRegister", REGISTER)));

    assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
    assertThat(first.status()).isEqualTo(ApplicationStatus.IN_PROCESS);
    assertThat(simulator().applicationCount()).isEqualTo(1);
  }

  @Test
  void submit_whenRegisterNumberMissing_isRefusedBeforeSending() {
    Throwable thrown = catchThrowable(() -> adapter().submit(submission("sub-1", Map.of())));

    assertThat(((MppValidationException) thrown).violations()).singleElement()
        .satisfies(v -> assertThat(v.field()).isEqualTo("fields.nomorRegister"));
    assertThat(simulator().journal().total()).isZero();
  }

  @Test
  void submit_whenCaseUnknown_isRejectedAndNothingHeld() {
    Throwable thrown = catchThrowable(() -> adapter().submit(submission("sub-1",
        Map.of("nomorRegister", "G7654321"))));

    assertThat(((AgencyRejectedException) thrown).agencyCode())
        .contains("PERKARA_TIDAK_DITEMUKAN");
    assertThat(simulator().applicationCount()).isZero();
  }

  @Test
  void cancel_beforePayment_isCancelledAndWithdrawsTheBill() {
    decidedCase();
    KejaksaanAdapter adapter = adapter();
    SubmissionReceipt receipt = adapter.submit(submission("sub-1",
        Map.of("nomorRegister", REGISTER)));
    Bill bill = adapter.createBill(bill("bill-1", TOTAL));

    var cancelled = adapter.cancel(receipt.agencyReference(), "salah perkara", "cancel-1");

    assertThat(cancelled.status()).isEqualTo(ApplicationStatus.CANCELLED);
    assertThat(adapter.getPaymentStatus(bill.billId()).status())
        .isEqualTo(PaymentStatus.CANCELLED);
  }

  @Test
  void cancel_afterPayment_isRefusedAndStaysReady() {
    decidedCase();
    KejaksaanAdapter adapter = adapter();
    SubmissionReceipt receipt = adapter.submit(submission("sub-1",
        Map.of("nomorRegister", REGISTER)));
    Bill bill = adapter.createBill(bill("bill-1", TOTAL));
    adapter.collectPayment(bill.billId(), TOTAL, "kasir-1");

    Throwable thrown = catchThrowable(() ->
        adapter.cancel(receipt.agencyReference(), "berubah pikiran", "cancel-1"));

    assertThat(((AgencyRejectedException) thrown).agencyCode()).contains("SUDAH_DIBAYAR");
    assertThat(adapter.getStatus(receipt.agencyReference()).status())
        .isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
  }

  @Test
  void getStatus_whenUnknown_isNotFound() {
    assertThat(catchThrowable(() -> adapter().getStatus("PMH-00009999")))
        .isInstanceOf(NotFoundException.class);
  }

  // ---------------------------------------------------------------- auth, catalogue

  @Test
  void calls_whenApiKeyWrong_areAuthenticationErrors() {
    Throwable thrown = catchThrowable(() -> adapter(Map.of("apiKey", "another-key"))
        .getFine(REGISTER));

    assertThat(thrown).isInstanceOf(AgencyAuthenticationException.class);
    assertThat(thrown.getMessage()).doesNotContain("another-key");
  }

  @Test
  void calls_whenMade_sendTheApiKeyHeader() {
    decidedCase();
    adapter().getFine(REGISTER);

    assertThat(simulator().journal().requests()).singleElement()
        .satisfies(r -> assertThat(r.header("X-Api-Key")).contains(KEY));
  }

  @Test
  void listServices_publishesTheCompleteTilangStandard() {
    List<ServiceDefinition> services = adapter().listServices();

    assertThat(services).extracting(s -> s.code().value()).containsExactly("KEJAKSAAN-TILANG");
    assertThat(ServiceCompleteness.of(services.get(0)).complete()).isTrue();
    assertThat(services.get(0).delivery().fee().legalBasis().citation())
        .isEqualTo("Perma No. 12 Tahun 2016");
    assertThat(simulator().journal().total()).isZero();
  }
}
