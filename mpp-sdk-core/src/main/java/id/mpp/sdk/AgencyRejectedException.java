package id.mpp.sdk;

import java.util.Optional;

/**
 * The agency received the request and refused it: an HTTP 4xx (other than 401/403/408/429) or an
 * agency-level error code inside a 200 envelope. Repeating the same request will not help.
 */
public class AgencyRejectedException extends AgencyException {

  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final String agencyCode;
  private final String agencyMessage;

  /**
   * Creates the exception.
   *
   * @param agencyId the agency id
   * @param requestId the request id sent, or {@code null}
   * @param httpStatus the HTTP status of the response
   * @param agencyCode the agency's own error code, or {@code null}
   * @param agencyMessage the agency's own message (already free of personal data), or {@code null}
   */
  public AgencyRejectedException(String agencyId, String requestId, int httpStatus,
      String agencyCode, String agencyMessage) {
    super(agencyId, requestId, "rejected the request: HTTP " + httpStatus
        + (agencyCode == null ? "" : ", code " + agencyCode)
        + (agencyMessage == null ? "" : ", '" + agencyMessage + "'"), null);
    this.httpStatus = httpStatus;
    this.agencyCode = agencyCode;
    this.agencyMessage = agencyMessage;
  }

  /** @return the HTTP status of the response */
  public int httpStatus() {
    return httpStatus;
  }

  /** @return the agency's own error code, if it sent one */
  public Optional<String> agencyCode() {
    return Optional.ofNullable(agencyCode);
  }

  /** @return the agency's own message, if it sent one */
  public Optional<String> agencyMessage() {
    return Optional.ofNullable(agencyMessage);
  }
}
