package id.mpp.sdk.internal.tracking;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.tracking.Actor;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.ApplicationQuery;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.tracking.OutboxMessage;
import id.mpp.sdk.tracking.Sla;
import id.mpp.sdk.tracking.SlaEscalation;
import id.mpp.sdk.tracking.SlaReport;
import id.mpp.sdk.tracking.StatusEvent;
import id.mpp.sdk.tracking.TrackingNumber;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Escalates applications whose SLA clock nears or passes its due date: records an
 * {@code SLA_NEAR_BREACH} or {@code SLA_OVERDUE} event (with a stable id, so two monitors record
 * it once) and, in the same transaction, an outbox message for the {@code EscalationListener}.
 * Also answers the near-breach and overdue queries.
 */
public final class SlaMonitor {

  private static final System.Logger LOG = System.getLogger(SlaMonitor.class.getName());

  /** The statuses in which the SLA clock runs. */
  public static final Set<ApplicationStatus> RUNNING = EnumSet.of(ApplicationStatus.SUBMITTED,
      ApplicationStatus.RECEIVED, ApplicationStatus.IN_PROCESS);

  private final TrackingEngine engine;
  private final TrackerSettings s;

  /**
   * Creates the monitor.
   *
   * @param engine the tracker's engine
   */
  public SlaMonitor(TrackingEngine engine) {
    this.engine = engine;
    this.s = engine.settings();
  }

  /**
   * Escalates every application that reached its near-breach point or due date since it was last
   * escalated.
   *
   * @return how many were escalated
   */
  public SlaReport checkOnce() {
    Instant now = engine.now();
    int near = 0;
    int overdue = 0;
    ApplicationQuery query = ApplicationQuery.all(s.slaBatchSize()).withStatuses(RUNNING)
        .withNearBreachBefore(now);
    List<Application> page = s.store().listApplications(query);
    while (!page.isEmpty()) {
      for (Application app : page) {
        Sla sla = app.sla();
        SlaEscalation level = sla.isOverdue(now) ? SlaEscalation.OVERDUE
            : sla.isNearBreach(now) ? SlaEscalation.NEAR_BREACH : SlaEscalation.NONE;
        if (level.ordinal() <= sla.escalation().ordinal() || level == SlaEscalation.NONE) {
          continue;
        }
        try {
          if (escalate(app, level, now)) {
            if (level == SlaEscalation.OVERDUE) {
              overdue++;
            } else {
              near++;
            }
          }
        } catch (ConflictException e) {
          LOG.log(Level.DEBUG, "escalation of {0} left to the next run: {1}",
              app.trackingNumber(), e.reason());
        }
      }
      if (page.size() < query.limit()) {
        break;
      }
      page = s.store().listApplications(query.withAfter(page.get(page.size() - 1)
          .trackingNumber()));
    }
    return new SlaReport(near, overdue);
  }

  private boolean escalate(Application app, SlaEscalation level, Instant now) {
    StatusEvent.Type type = level == SlaEscalation.OVERDUE ? StatusEvent.Type.SLA_OVERDUE
        : StatusEvent.Type.SLA_NEAR_BREACH;
    String eventId = app.trackingNumber().compact() + ":sla:" + level.name().toLowerCase()
        + ":" + app.sla().dueAt().getEpochSecond();
    if (s.store().findEvent(eventId).isPresent()) {
      return false;
    }
    TrackingEngine.Draft draft = engine.statusChange(app, null, app.status(), Actor.system(),
        null, eventId, now, type, null);
    TrackingEngine.Draft withLevel = draft.withAfter(
        draft.after().withSla(draft.after().sla().withEscalation(level)));
    if (s.escalationListener() != null) {
      String id = eventId + "/escalate";
      withLevel.addMessage(OutboxMessage.pending(id, OutboxMessage.Type.ESCALATE,
          app.trackingNumber(), app.agency(), id, eventId, now));
    }
    engine.commitWithRetry(() -> withLevel, false);
    LOG.log(Level.INFO, "application {0} escalated: {1} (due {2})", app.trackingNumber(), level,
        app.sla().dueAt());
    return true;
  }

  /**
   * Lists applications near breach (not yet overdue) whose clock runs, in tracking-number order.
   *
   * @param page the filters, cursor and page size
   * @return at most {@code page.limit()} applications
   */
  public List<Application> listNearBreach(ApplicationQuery page) {
    Instant now = engine.now();
    return collect(page.withStatuses(statusesOf(page)).withNearBreachBefore(now),
        a -> a.sla().isNearBreach(now));
  }

  /**
   * Lists overdue applications whose clock runs, in tracking-number order.
   *
   * @param page the filters, cursor and page size
   * @return at most {@code page.limit()} applications
   */
  public List<Application> listOverdue(ApplicationQuery page) {
    Instant now = engine.now();
    return collect(page.withStatuses(statusesOf(page)).withDueBefore(now),
        a -> a.sla().isOverdue(now));
  }

  private static Set<ApplicationStatus> statusesOf(ApplicationQuery page) {
    if (page.statuses().isEmpty()) {
      return RUNNING;
    }
    EnumSet<ApplicationStatus> both = EnumSet.copyOf(page.statuses());
    both.retainAll(RUNNING);
    return both.isEmpty() ? EnumSet.of(ApplicationStatus.UNKNOWN) : both;
  }

  private List<Application> collect(ApplicationQuery query, Predicate<Application> keep) {
    List<Application> result = new ArrayList<>();
    TrackingNumber cursor = query.after();
    while (result.size() < query.limit()) {
      List<Application> page = s.store().listApplications(
          cursor == null ? query : query.withAfter(cursor));
      for (Application a : page) {
        if (keep.test(a) && result.size() < query.limit()) {
          result.add(a);
        }
      }
      if (page.size() < query.limit()) {
        break;
      }
      cursor = page.get(page.size() - 1).trackingNumber();
    }
    return List.copyOf(result);
  }
}
