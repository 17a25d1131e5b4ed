package id.mpp.sdk.tracking;

/**
 * Told when an application nears or passes its SLA due date, for example to alert the agency's
 * supervisor (as eGov DIGIT's auto-escalation does). Delivered through the outbox: at least once,
 * retried on failure, the same {@link Escalation#eventId()} on every delivery; drop repeats by it.
 */
@FunctionalInterface
public interface EscalationListener {

  /**
   * Handles one escalation. Throw to have it retried later.
   *
   * @param escalation the escalation
   */
  void onEscalation(Escalation escalation);
}
