package id.mpp.sdk.tracking;

import java.util.Objects;

/**
 * An SLA escalation handed to the {@link EscalationListener}.
 *
 * @param eventId the id of the SLA event in the application's history; stable, so a listener
 *     drops repeats by it
 * @param application the application when it was escalated
 * @param level {@link SlaEscalation#NEAR_BREACH} or {@link SlaEscalation#OVERDUE}
 */
public record Escalation(String eventId, Application application, SlaEscalation level) {

  /** Checks that every part is present. */
  public Escalation {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(level, "level");
  }
}
