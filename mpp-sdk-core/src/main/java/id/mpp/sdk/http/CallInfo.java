package id.mpp.sdk.http;

import id.mpp.sdk.catalogue.AgencyId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a listener learns about a call: never a body, a header value, a query string or a NIK.
 *
 * @param agencyId the agency
 * @param method the HTTP method
 * @param path the path without its query; any run of 16 digits (a possible NIK) is masked
 * @param requestId the {@code X-Request-Id} sent
 * @param trackingNumber the application's tracking number when the call concerns one, or
 *     {@code null}
 * @param idempotencyKey the idempotency key sent, or {@code null}
 * @param startedAt when the call started (injected clock)
 */
public record CallInfo(AgencyId agencyId, HttpMethod method, String path, String requestId,
    String trackingNumber, String idempotencyKey, Instant startedAt) {

  /** Checks that the required parts are present. */
  public CallInfo {
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(startedAt, "startedAt");
  }

  /** @return the tracking number, if the call concerns an application */
  public Optional<String> findTrackingNumber() {
    return Optional.ofNullable(trackingNumber);
  }
}
