package id.mpp.sdk.tracking;

import id.mpp.sdk.MppException;
import java.util.Objects;

/**
 * A webhook delivery was refused: its signature is missing, malformed or wrong, its timestamp is
 * outside the tolerance, or it repeats an event already received. Nothing was changed. The message
 * never contains the body, the signature or a secret.
 *
 * <p>An HTTP endpoint answers {@link Reason#REPLAYED} with 200 (the event is already applied, so
 * the sender may stop retrying) and every other reason with 400 or 401.
 */
public class WebhookVerificationException extends MppException {

  private static final long serialVersionUID = 1L;

  /** Why a delivery was refused. */
  public enum Reason {
    /** No signature header was sent. */
    MISSING_SIGNATURE,
    /** The header is not {@code t=<unix seconds>,v1=<64 hex digits>}. */
    MALFORMED_SIGNATURE,
    /** No {@code v1} signature matches the body under any configured secret. */
    BAD_SIGNATURE,
    /** The signed timestamp is further than the tolerance from the receiver's clock. */
    TIMESTAMP_OUT_OF_TOLERANCE,
    /** The event id was received before; a replay inside the tolerance window. */
    REPLAYED
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the delivery was refused
   * @param message what failed, without the body, the signature or a secret
   */
  public WebhookVerificationException(Reason reason, String message) {
    super(Objects.requireNonNull(reason, "reason") + ": " + message);
    this.reason = reason;
  }

  /** @return why the delivery was refused */
  public Reason reason() {
    return reason;
  }
}
