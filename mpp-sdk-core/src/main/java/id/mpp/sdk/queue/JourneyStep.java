package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a ticket's journey: one service at one agency, for example Disdukcapil's KTP-el
 * and then BPJS Kesehatan's registration under the same number.
 *
 * @param agency the agency
 * @param service the service
 * @param status the step's status
 * @param queuedAt when the ticket entered this step's queue; {@code null} while planned
 * @param calledAt when it was first called in this step; {@code null} if never
 * @param servingAt when serving started in this step; {@code null} if never
 * @param endedAt when the step ended (done, transferred, no-show, …); {@code null} while open
 * @param counter the counter that last called or served it in this step; {@code null} if none
 */
public record JourneyStep(
    AgencyId agency,
    ServiceCode service,
    StepStatus status,
    Instant queuedAt,
    Instant calledAt,
    Instant servingAt,
    Instant endedAt,
    CounterId counter) {

  /** Checks the required parts. */
  public JourneyStep {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(status, "status");
  }

  /**
   * A step not started yet.
   *
   * @param agency the agency
   * @param service the service
   * @return the planned step
   */
  public static JourneyStep planned(AgencyId agency, ServiceCode service) {
    return new JourneyStep(agency, service, StepStatus.PLANNED, null, null, null, null, null);
  }

  /**
   * The waiting time of this step: from entering the queue to the first call.
   *
   * @return the waiting time, or empty if the step was never called
   */
  public Optional<Duration> waitingTime() {
    return queuedAt == null || calledAt == null ? Optional.empty()
        : Optional.of(Duration.between(queuedAt, calledAt));
  }

  /**
   * The serving time of this step: from the start of serving to its end.
   *
   * @return the serving time, or empty unless the step was served and ended
   */
  public Optional<Duration> servingTime() {
    return servingAt == null || endedAt == null ? Optional.empty()
        : Optional.of(Duration.between(servingAt, endedAt));
  }
}
