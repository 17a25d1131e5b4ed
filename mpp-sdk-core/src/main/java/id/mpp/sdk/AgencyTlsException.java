package id.mpp.sdk;

import java.util.Objects;

/**
 * The TLS handshake with the agency failed closed: its certificate is not trusted, has expired,
 * names another host, or matches none of the pinned keys, or the two sides could not agree on a
 * secure connection. Nothing was sent. Repeating the call cannot help until the agency's
 * certificate or the SDK's {@link id.mpp.sdk.http.TlsPolicy} is fixed, so the SDK never retries
 * it and {@link #isRetryable()} is {@code false}.
 *
 * <p>The message names the reason, the host and, where known, the certificate's subject; it never
 * holds a key, and for a pin mismatch only how many pins were configured, not the pins.
 *
 * <p>A handshake cut by the network (the connection closed or reset half-way) is not a TLS
 * failure: it is an {@link AgencyUnavailableException}, retried like any connection failure.
 */
public class AgencyTlsException extends AgencyException {

  private static final long serialVersionUID = 1L;

  /** Why the handshake failed. */
  public enum Reason {
    /** The certificate chain does not lead to a trusted CA (self-signed, or another CA's). */
    UNTRUSTED_CERTIFICATE,
    /** A certificate of the chain has expired or is not yet valid. */
    EXPIRED_CERTIFICATE,
    /** The certificate is valid but issued for another host name. */
    HOST_NAME_MISMATCH,
    /** The certificate chain holds none of the public keys pinned for the host. */
    PIN_MISMATCH,
    /** Any other handshake failure: no common protocol or cipher suite, a fatal alert. */
    HANDSHAKE_FAILED
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param agencyId the agency id
   * @param requestId the request id the call would have sent, or {@code null}
   * @param reason why the handshake failed
   * @param message what failed and how to fix it, without key material
   * @param cause the underlying failure, or {@code null}
   */
  public AgencyTlsException(String agencyId, String requestId, Reason reason, String message,
      Throwable cause) {
    super(agencyId, requestId, "TLS " + Objects.requireNonNull(reason, "reason") + ": " + message,
        cause);
    this.reason = reason;
  }

  /** @return why the handshake failed */
  public Reason reason() {
    return reason;
  }

  /** @return {@code false}: the same call fails the same way until a certificate is fixed */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
