package id.mpp.sdk.queue;

import id.mpp.sdk.json.WireDocument;
import java.util.Objects;
import java.util.Optional;

/**
 * What a call-next did: called a ticket, or found nobody callable.
 *
 * @param outcome called or none
 * @param ticket the called ticket; {@code null} when none
 */
public record CallResult(CallOutcome outcome, Ticket ticket) implements WireDocument {

  /** Checks that a ticket is present exactly when one was called. */
  public CallResult {
    Objects.requireNonNull(outcome, "outcome");
    if ((outcome == CallOutcome.CALLED) != (ticket != null)) {
      throw new IllegalArgumentException("a CALLED result carries the ticket, NONE carries none");
    }
  }

  /**
   * A result with a called ticket.
   *
   * @param ticket the ticket
   * @return the result
   */
  public static CallResult called(Ticket ticket) {
    return new CallResult(CallOutcome.CALLED, Objects.requireNonNull(ticket, "ticket"));
  }

  /**
   * A result without a ticket.
   *
   * @return the result
   */
  public static CallResult none() {
    return new CallResult(CallOutcome.NONE, null);
  }

  /**
   * The called ticket.
   *
   * @return the ticket, or empty when nobody was callable
   */
  public Optional<Ticket> calledTicket() {
    return Optional.ofNullable(ticket);
  }
}
