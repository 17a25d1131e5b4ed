package id.mpp.sdk.internal.tracking;

import id.mpp.sdk.time.HolidayDataMissingException;
import id.mpp.sdk.time.Pause;
import id.mpp.sdk.time.ProcessingTime;
import id.mpp.sdk.time.SlaCalculator;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.tracking.Sla;
import id.mpp.sdk.tracking.SlaEscalation;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The application-level SLA clock on top of the working-calendar arithmetic of
 * {@link SlaCalculator}: starts it when an application is handed in, pauses it while the
 * applicant must act ({@code NEEDS_REVISION}), resumes it (moving the due date by the paused
 * working time), stops it when the result is ready or the application closes, and places the
 * near-breach point where a configured share of the service's time is used up.
 */
public final class SlaClock {

  private static final System.Logger LOG = System.getLogger(SlaClock.class.getName());

  private final double nearBreachShare;

  /**
   * Creates the clock.
   *
   * @param nearBreachShare the share of the time after which an application is near breach
   */
  public SlaClock(double nearBreachShare) {
    this.nearBreachShare = nearBreachShare;
  }

  /**
   * Whether the SLA clock runs in a status: it runs from submission until the result is ready,
   * pauses while the applicant must revise documents, and stops afterwards.
   *
   * @param status the status
   * @return whether time counts against the service level
   */
  public static boolean runsIn(ApplicationStatus status) {
    return status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.RECEIVED
        || status == ApplicationStatus.IN_PROCESS;
  }

  /**
   * Starts the clock.
   *
   * @param calculator the agency's SLA arithmetic
   * @param time the processing time, or {@code null}
   * @param submittedAt when the application was handed in
   * @return the clock, or {@code null} when there is no processing time or the calendar has no
   *     data for the years it reaches
   */
  public Sla start(SlaCalculator calculator, ProcessingTime time, Instant submittedAt) {
    if (time == null) {
      return null;
    }
    try {
      Instant due = calculator.dueAt(submittedAt, time);
      return new Sla(time, due, nearBreach(calculator, time, submittedAt, due, List.of()),
          List.of(), null, SlaEscalation.NONE, null);
    } catch (HolidayDataMissingException e) {
      LOG.log(Level.WARNING, "no SLA clock: {0}", e.getMessage());
      return null;
    }
  }

  /**
   * Moves the clock through a status change: pause on entering {@code NEEDS_REVISION}, resume on
   * leaving it, stop on reaching a status where the clock no longer runs.
   *
   * @param calculator the agency's SLA arithmetic
   * @param sla the clock before, or {@code null}
   * @param submittedAt when the application was handed in
   * @param to the new status
   * @param at when the status changed
   * @return the clock after, or {@code null} if there was none
   */
  public Sla onStatus(SlaCalculator calculator, Sla sla, Instant submittedAt,
      ApplicationStatus to, Instant at) {
    if (sla == null || sla.isStopped()) {
      return sla;
    }
    Sla running = sla;
    if (sla.isPaused() && to != ApplicationStatus.NEEDS_REVISION) {
      running = resume(calculator, sla, submittedAt, at);
    }
    if (to == ApplicationStatus.NEEDS_REVISION) {
      return running.isPaused() ? running : new Sla(running.processingTime(), running.dueAt(),
          running.nearBreachAt(), running.pauses(), at, running.escalation(), null);
    }
    if (!runsIn(to)) {
      return new Sla(running.processingTime(), running.dueAt(), running.nearBreachAt(),
          running.pauses(), null, running.escalation(), at);
    }
    return running;
  }

  private Sla resume(SlaCalculator calculator, Sla sla, Instant submittedAt, Instant at) {
    List<Pause> pauses = new ArrayList<>(sla.pauses());
    pauses.add(Pause.of(sla.pausedSince(), at));
    try {
      Instant due = calculator.dueAt(submittedAt, sla.processingTime(), pauses);
      Instant near = nearBreach(calculator, sla.processingTime(), submittedAt, due, pauses);
      SlaEscalation level = !at.isBefore(due) ? sla.escalation() : SlaEscalation.NONE;
      return new Sla(sla.processingTime(), due, near, pauses, null, level, null);
    } catch (HolidayDataMissingException e) {
      LOG.log(Level.WARNING, "SLA due date kept after a pause: {0}", e.getMessage());
      return new Sla(sla.processingTime(), sla.dueAt(), sla.nearBreachAt(), pauses, null,
          sla.escalation(), null);
    }
  }

  /**
   * The first instant at which the share of the service's time is used up: working time for
   * working units, wall-clock time for minutes and calendar days, pauses excluded. Found by
   * bisection to the second, since counted time only grows.
   */
  private Instant nearBreach(SlaCalculator calculator, ProcessingTime time, Instant start,
      Instant due, List<Pause> pauses) {
    try {
      Duration total = counted(calculator, time, start, due, pauses);
      long target = (long) Math.ceil(total.toMillis() * nearBreachShare);
      long lo = start.getEpochSecond();
      long hi = due.getEpochSecond();
      while (lo < hi) {
        long mid = lo + (hi - lo) / 2;
        if (counted(calculator, time, start, Instant.ofEpochSecond(mid), pauses).toMillis()
            >= target) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      Instant near = Instant.ofEpochSecond(lo);
      return near.isAfter(due) ? due : near;
    } catch (HolidayDataMissingException e) {
      return due;
    }
  }

  private static Duration counted(SlaCalculator calculator, ProcessingTime time, Instant from,
      Instant to, List<Pause> pauses) {
    Objects.requireNonNull(time, "time");
    return switch (time.unit()) {
      case WORKING_DAYS, WORKING_HOURS -> calculator.workingTimeBetween(from, to, pauses);
      default -> wallClock(from, to, pauses);
    };
  }

  private static Duration wallClock(Instant from, Instant to, List<Pause> pauses) {
    Duration d = Duration.between(from, to);
    // overlaps of the (possibly overlapping) pauses with [from, to), merged
    List<Pause> sorted = new ArrayList<>(pauses);
    sorted.sort((a, b) -> a.start().compareTo(b.start()));
    Instant cursor = from;
    for (Pause p : sorted) {
      Instant s = p.start().isBefore(cursor) ? cursor : p.start();
      Instant e = p.end().isAfter(to) ? to : p.end();
      if (e.isAfter(s)) {
        d = d.minus(Duration.between(s, e));
        cursor = e;
      }
    }
    return d;
  }
}
