package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.json.WireDocument;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a ticket's append-only audit log: which command moved it from which state to
 * which, who gave it, at which counter, when and why. Versions of one ticket run 1, 2, 3, …
 * without gaps; the entry with version {@code v} produced the ticket's version {@code v}.
 *
 * @param ticket the ticket
 * @param version the ticket version this transition produced
 * @param from the state before; {@code null} for the transition that created the ticket
 * @param to the state after
 * @param command the command or event
 * @param actor who gave it
 * @param counter the counter involved; {@code null} if none
 * @param reason why (required for an officer's cancel); {@code null} if none given
 * @param at when
 * @param agency the agency of the ticket's step after the transition
 * @param service the service of the ticket's step after the transition
 * @param step the index of that journey step
 */
public record TicketTransition(
    TicketId ticket,
    long version,
    TicketState from,
    TicketState to,
    TicketCommand command,
    Actor actor,
    CounterId counter,
    String reason,
    Instant at,
    AgencyId agency,
    ServiceCode service,
    int step) implements WireDocument {

  /** Checks the required parts. */
  public TicketTransition {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(service, "service");
    if (version < 1) {
      throw new IllegalArgumentException("transition version must be positive");
    }
  }
}
