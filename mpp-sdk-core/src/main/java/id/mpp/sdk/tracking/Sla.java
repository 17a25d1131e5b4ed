package id.mpp.sdk.tracking;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.mpp.sdk.time.Pause;
import id.mpp.sdk.time.ProcessingTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA clock of an application: the service's processing time counted on the agency's working
 * calendar from the moment the application was handed in, stopped while the applicant must act
 * (berkas dikembalikan).
 *
 * @param processingTime the service's processing time, for example 5 working days
 * @param dueAt when the application is due, counting the finished pauses; while paused, the due
 *     date as it stood when the pause began
 * @param nearBreachAt when it counts as near breach (a configured share of its time used)
 * @param pauses the finished pauses, oldest first
 * @param pausedSince when the current pause began, or {@code null} when the clock runs
 * @param escalation how far it has been escalated since the clock last started
 * @param stoppedAt when the clock stopped for good (the result was ready, or the application
 *     closed), or {@code null} while it runs or is paused
 */
public record Sla(ProcessingTime processingTime, Instant dueAt, Instant nearBreachAt,
    List<Pause> pauses, Instant pausedSince, SlaEscalation escalation, Instant stoppedAt) {

  /** Checks the parts and copies the pauses. */
  public Sla {
    Objects.requireNonNull(processingTime, "processingTime");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(nearBreachAt, "nearBreachAt");
    pauses = pauses == null ? List.of() : List.copyOf(pauses);
    Objects.requireNonNull(escalation, "escalation");
    if (nearBreachAt.isAfter(dueAt)) {
      throw new IllegalArgumentException("nearBreachAt must not be after dueAt");
    }
  }

  /** @return whether the clock is paused now (the applicant must act) */
  @JsonIgnore
  public boolean isPaused() {
    return pausedSince != null;
  }

  /** @return whether the clock stopped for good */
  @JsonIgnore
  public boolean isStopped() {
    return stoppedAt != null;
  }

  /**
   * Whether the service level was met: the clock stopped at or before the due date.
   *
   * @return empty while the clock has not stopped; otherwise whether it stopped in time
   */
  public Optional<Boolean> findMet() {
    return stoppedAt == null ? Optional.empty() : Optional.of(!stoppedAt.isAfter(dueAt));
  }

  /** @return when the current pause began, if the clock is stopped */
  public Optional<Instant> findPausedSince() {
    return Optional.ofNullable(pausedSince);
  }

  /**
   * Whether the application is past its due date at an instant; never while paused or stopped.
   *
   * @param now the instant
   * @return whether it is overdue
   */
  public boolean isOverdue(Instant now) {
    return !isPaused() && !isStopped() && !now.isBefore(dueAt);
  }

  /**
   * Whether the application is near breach but not yet overdue at an instant; never while
   * paused or stopped.
   *
   * @param now the instant
   * @return whether it is near breach
   */
  public boolean isNearBreach(Instant now) {
    return !isPaused() && !isStopped() && !now.isBefore(nearBreachAt) && now.isBefore(dueAt);
  }

  /**
   * Returns a copy with another escalation level.
   *
   * @param level the level
   * @return the copy
   */
  public Sla withEscalation(SlaEscalation level) {
    return new Sla(processingTime, dueAt, nearBreachAt, pauses, pausedSince, level, stoppedAt);
  }
}
