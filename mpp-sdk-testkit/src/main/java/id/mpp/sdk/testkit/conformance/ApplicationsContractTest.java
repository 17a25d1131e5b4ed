package id.mpp.sdk.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.tracking.ApplicationStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for adapters offering {@link ApplicationsCapability} (contract ids
 * {@code C-APP-xx}), on top of every {@link AgencyAdapterContractTest} contract: the submit →
 * status round trip, idempotent resubmission (also when the agency's answer was lost), a status
 * change at the agency mapped onto the canonical statuses, unknown references and cancellation.
 *
 * <p>An adapter that also offers another capability with its own kit (payments, membership)
 * writes one subclass per kit; the {@code C-ADP} contracts then simply run in each.
 *
 * @param <S> the agency simulator
 */
public abstract class ApplicationsContractTest<S extends AgencySimulator>
    extends AgencyAdapterContractTest<S> {

  private String warmUpReference;

  /**
   * A valid submission for this agency. Each key stands for a different application (its own
   * tracking number); the same key always gives an equal submission.
   *
   * @param idempotencyKey the key to use
   * @return the submission
   */
  protected abstract ApplicationSubmission submission(String idempotencyKey);

  /**
   * @param simulator the simulator
   * @return how many applications the agency holds
   */
  protected abstract int applicationsAtAgency(S simulator);

  /**
   * The agency moves an application on, outside the adapter (an officer at its back office), to a
   * status other than the one it was received in.
   *
   * @param simulator the simulator
   * @param agencyReference the agency's reference of the application
   * @return the canonical status the adapter must report from now on
   */
  protected abstract ApplicationStatus progressAtAgency(S simulator, String agencyReference);

  /** @return an agency reference the agency does not know */
  protected abstract String unknownReference();

  /**
   * Whether the agency lets the MPP withdraw a freshly submitted application; when it does not,
   * {@code C-APP-07} checks that a cancel is refused with a typed, safe error and the
   * application is not cancelled. The default is {@code true}.
   *
   * @return {@code true} if a new application can be cancelled
   */
  protected boolean cancellable() {
    return true;
  }

  private ApplicationsCapability applications() {
    return capability(ApplicationsCapability.class);
  }

  @Override
  protected void callAgency(AgencyAdapter adapter) {
    ApplicationsCapability applications =
        adapter.capability(ApplicationsCapability.class).orElseThrow();
    if (warmUpReference == null) {
      warmUpReference = applications.submit(submission("conformance-warm-up")).agencyReference();
    }
    applications.getStatus(warmUpReference);
  }

  @Override
  protected void exercisePersonalData(AgencyAdapter adapter) {
    ApplicationsCapability applications =
        adapter.capability(ApplicationsCapability.class).orElseThrow();
    applications.getStatus(applications.submit(submission("conformance-privacy"))
        .agencyReference());
  }

  @Test
  @DisplayName("C-APP-01 applications: a submission is received with a reference and a"
      + " canonical status; the agency holds one application")
  void submit_givesReceiptWithReferenceAndCanonicalStatus() {
    SubmissionReceipt receipt = applications().submit(submission("app-01"));

    assertThat(receipt.agencyReference()).isNotBlank();
    assertThat(receipt.nativeStatus()).isNotBlank();
    assertThat(receipt.status()).as("canonical status of native '%s'", receipt.nativeStatus())
        .isNotEqualTo(ApplicationStatus.UNKNOWN);
    assertThat(applicationsAtAgency(simulator())).isEqualTo(1);
  }

  @Test
  @DisplayName("C-APP-02 applications: the status of a new application is the receipt's, under"
      + " the same reference")
  void getStatus_afterSubmit_roundTripsTheReceipt() {
    SubmissionReceipt receipt = applications().submit(submission("app-02"));

    AgencyStatusReport report = applications().getStatus(receipt.agencyReference());

    assertThat(report.agencyReference()).isEqualTo(receipt.agencyReference());
    assertThat(report.status()).isEqualTo(receipt.status());
    assertThat(report.nativeStatus()).isEqualTo(receipt.nativeStatus());
  }

  @Test
  @DisplayName("C-APP-03 applications: submitting again with the same key returns the first"
      + " receipt and creates nothing; another key is another application")
  @Tag("reliability")
  void submit_whenRepeatedWithSameKey_returnsFirstReceipt() {
    SubmissionReceipt first = applications().submit(submission("app-03"));

    SubmissionReceipt again = applications().submit(submission("app-03"));

    assertThat(applicationsAtAgency(simulator())).as("applications after a resubmission")
        .isEqualTo(1);
    assertThat(again.agencyReference()).isEqualTo(first.agencyReference());
    SubmissionReceipt other = applications().submit(submission("app-03-other"));
    assertThat(other.agencyReference()).isNotEqualTo(first.agencyReference());
    assertThat(applicationsAtAgency(simulator())).isEqualTo(2);
  }

  @Test
  @DisplayName("C-APP-04 applications: when the answer is lost after the agency acted,"
      + " resubmitting with the same key leaves one application")
  @Tag("reliability")
  void submit_whenAnswerLost_resubmissionLeavesOneApplication() {
    callAgency(adapter());
    int before = applicationsAtAgency(simulator());

    SubmissionReceipt receipt =
        repeatAfterLostAnswer(() -> applications().submit(submission("app-04")));

    assertThat(receipt.agencyReference()).isNotBlank();
    assertThat(applicationsAtAgency(simulator())).isEqualTo(before + 1);
  }

  @Test
  @DisplayName("C-APP-05 applications: a status set at the agency is reported mapped onto the"
      + " canonical status")
  void getStatus_whenAgencyMovedTheApplication_reportsTheCanonicalStatus() {
    SubmissionReceipt receipt = applications().submit(submission("app-05"));

    ApplicationStatus expected = progressAtAgency(simulator(), receipt.agencyReference());
    AgencyStatusReport report = applications().getStatus(receipt.agencyReference());

    assertThat(expected).as("the status the agency moved to").isNotEqualTo(receipt.status())
        .isNotEqualTo(ApplicationStatus.UNKNOWN);
    assertThat(report.status()).isEqualTo(expected);
    assertThat(report.agencyReference()).isEqualTo(receipt.agencyReference());
  }

  @Test
  @DisplayName("C-APP-06 applications: an unknown reference is NotFoundException")
  void getStatus_whenUnknown_isNotFound() {
    callAgency(adapter());

    Throwable thrown = catchThrowable(() -> applications().getStatus(unknownReference()));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertSafeError(thrown);
  }

  @Test
  @DisplayName("C-APP-07 applications: a new application can be cancelled, also twice with the"
      + " same key, and then reports CANCELLED")
  void cancel_whenNew_isCancelledAndStaysSo() {
    SubmissionReceipt receipt = applications().submit(submission("app-07"));
    if (!cancellable()) {
      Throwable refused = catchThrowable(() -> applications().cancel(receipt.agencyReference(),
          "permintaan pemohon", "app-07-cancel"));
      assertThat(refused).as("cancel where the agency lets nobody withdraw")
          .isInstanceOf(id.mpp.sdk.MppException.class);
      assertSafeError(refused);
      assertThat(applications().getStatus(receipt.agencyReference()).status())
          .isNotEqualTo(ApplicationStatus.CANCELLED);
      return;
    }

    AgencyStatusReport cancelled = applications().cancel(receipt.agencyReference(),
        "permintaan pemohon", "app-07-cancel");
    AgencyStatusReport again = applications().cancel(receipt.agencyReference(),
        "permintaan pemohon", "app-07-cancel");

    assertThat(cancelled.status()).isEqualTo(ApplicationStatus.CANCELLED);
    assertThat(again.status()).isEqualTo(ApplicationStatus.CANCELLED);
    assertThat(applications().getStatus(receipt.agencyReference()).status())
        .isEqualTo(ApplicationStatus.CANCELLED);
    assertThat(applicationsAtAgency(simulator())).isEqualTo(1);
  }
}
