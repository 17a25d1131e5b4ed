package id.mpp.sdk.adapter;

/**
 * The agency takes applications (permohonan) from the MPP and reports their status.
 *
 * <p>Errors: an agency refusal is {@link id.mpp.sdk.AgencyRejectedException}; an unreachable
 * agency {@link id.mpp.sdk.AgencyUnavailableException}; a submission whose fate is unknown
 * {@link id.mpp.sdk.OutcomeUnknownException} (the outbox resubmits it with the same idempotency
 * key, which the agency must honour).
 */
public interface ApplicationsCapability extends AgencyCapability {

  /**
   * Submits an application. Submitting again with the same idempotency key returns the first
   * receipt and creates nothing new.
   *
   * @param submission the application
   * @return the agency's receipt
   */
  SubmissionReceipt submit(ApplicationSubmission submission);

  /**
   * The current status of an application.
   *
   * @param agencyReference the agency's reference from the receipt
   * @return the status, with its canonical mapping
   * @throws id.mpp.sdk.NotFoundException if the agency does not know the reference
   */
  AgencyStatusReport getStatus(String agencyReference);

  /**
   * Withdraws an application.
   *
   * @param agencyReference the agency's reference
   * @param reason why, without personal data
   * @param idempotencyKey the key of this cancellation, stable across retries
   * @return the status after cancelling (canonically {@code CANCELLED})
   * @throws id.mpp.sdk.NotFoundException if the agency does not know the reference
   * @throws id.mpp.sdk.AgencyRejectedException if the agency no longer allows a cancellation
   */
  AgencyStatusReport cancel(String agencyReference, String reason, String idempotencyKey);
}
