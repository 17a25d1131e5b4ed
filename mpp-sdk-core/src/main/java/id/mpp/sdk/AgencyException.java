package id.mpp.sdk;

import java.util.Objects;
import java.util.Optional;

/**
 * A call to an agency backend failed. Subtypes say how: {@link AgencyRejectedException},
 * {@link AgencyUnavailableException}, {@link AgencyTimeoutException},
 * {@link AgencyProtocolException}, {@link OutcomeUnknownException},
 * {@link AgencyTlsException} and {@link AgencyAuthenticationException}.
 */
public abstract class AgencyException extends MppException {

  private static final long serialVersionUID = 1L;

  private final String agencyId;
  private final String requestId;

  /**
   * Creates the exception.
   *
   * @param agencyId the agency whose backend failed, for example {@code "bpjs-kesehatan"}
   * @param requestId the {@code X-Request-Id} the SDK sent, or {@code null} if none was sent
   * @param message what failed, without personal data
   * @param cause the underlying failure, or {@code null}
   */
  protected AgencyException(String agencyId, String requestId, String message, Throwable cause) {
    super("agency '" + Objects.requireNonNull(agencyId, "agencyId") + "': " + message
        + (requestId == null ? "" : " (request " + requestId + ")"), cause);
    this.agencyId = agencyId;
    this.requestId = requestId;
  }

  /** @return the agency id, for example {@code "bpjs-kesehatan"} */
  public String agencyId() {
    return agencyId;
  }

  /** @return the request id sent with the failed call, if any */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
