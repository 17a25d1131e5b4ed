package id.mpp.sdk.adapter;

import id.mpp.sdk.catalogue.ServiceCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An application (permohonan) handed in at the MPP, to submit to the agency. The submission
 * outbox keeps it and resubmits it with the same {@code idempotencyKey} until the agency
 * acknowledges it, so the agency sees it once.
 *
 * @param trackingNumber the MPP's tracking number of the application
 * @param serviceCode the service applied for
 * @param applicant the citizen
 * @param documents the documents handed in, by reference
 * @param fields the service's form inputs (name to value); may hold personal data, so
 *     {@link #toString()} shows only the names
 * @param idempotencyKey the key of this submission, stable across retries and restarts
 * @param submittedAt when it was handed in at the counter
 */
public record ApplicationSubmission(
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String trackingNumber,
    @NotNull ServiceCode serviceCode,
    @NotNull @Valid Applicant applicant,
    @NotNull List<@Valid DocumentRef> documents,
    @NotNull Map<@NotBlank @Size(max = 64) String, @Size(max = 4000) String> fields,
    @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey,
    @NotNull Instant submittedAt) {

  /** Checks the required parts and copies the collections. */
  public ApplicationSubmission {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(serviceCode, "serviceCode");
    Objects.requireNonNull(applicant, "applicant");
    documents = List.copyOf(documents);
    fields = Map.copyOf(fields);
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(submittedAt, "submittedAt");
  }

  /** @return the tracking number, service, masked applicant and the names of the fields */
  @Override
  public String toString() {
    return "ApplicationSubmission[trackingNumber=" + trackingNumber + ", serviceCode="
        + serviceCode + ", applicant=" + applicant + ", documents=" + documents.size()
        + ", fields=" + fields.keySet().stream().sorted().toList() + ", submittedAt="
        + submittedAt + "]";
  }
}
