package id.mpp.sdk.internal.tracking;

import id.mpp.sdk.AgencyUnavailableException;
import id.mpp.sdk.ConflictException;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.ApplicationQuery;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.tracking.PollReport;
import id.mpp.sdk.tracking.StatusUpdate;
import id.mpp.sdk.tracking.TrackingNumber;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks agencies that do not push for the status of their open applications: per agency and run at
 * most {@code pollBatchSize} applications, continuing next run where this one stopped and
 * wrapping round, so every open application is asked in turn and no run is unbounded. A status
 * the agency reports is applied once: its event id is derived from the agency, reference, native
 * status and time, so two pollers (or a poll and a webhook with the same content) record it once.
 */
public final class StatusPoller {

  private static final System.Logger LOG = System.getLogger(StatusPoller.class.getName());

  private final TrackingEngine engine;
  private final TrackerSettings s;
  private final Map<AgencyId, TrackingNumber> cursors = new ConcurrentHashMap<>();

  /**
   * Creates the poller.
   *
   * @param engine the tracker's engine
   */
  public StatusPoller(TrackingEngine engine) {
    this.engine = engine;
    this.s = engine.settings();
  }

  /**
   * Polls one batch per agency.
   *
   * @return what the run did
   */
  public PollReport pollOnce() {
    int checked = 0;
    int changed = 0;
    int failed = 0;
    for (AgencyId agency : s.applicationAgencies()) {
      if (s.webhooks().containsKey(agency)) {
        continue; // the agency pushes its statuses
      }
      Optional<ApplicationsCapability> capability = s.applicationsOf(agency);
      if (capability.isEmpty()) {
        continue;
      }
      ApplicationQuery query = ApplicationQuery.open(s.pollBatchSize()).withAgency(agency)
          .withAgencyReferenceOnly();
      TrackingNumber cursor = cursors.get(agency);
      List<Application> page = s.store().listApplications(
          cursor == null ? query : query.withAfter(cursor));
      if (page.size() < s.pollBatchSize()) {
        cursors.remove(agency);
      } else {
        cursors.put(agency, page.get(page.size() - 1).trackingNumber());
      }
      for (Application app : page) {
        checked++;
        try {
          AgencyStatusReport report = capability.get().getStatus(app.agencyReference());
          if (report.status() == ApplicationStatus.UNKNOWN || report.status() == app.status()) {
            if (report.status() == ApplicationStatus.UNKNOWN) {
              LOG.log(Level.WARNING, "{0} reported native status ''{1}'' for {2}, which maps to"
                  + " no canonical status", agency, report.nativeStatus(),
                  app.trackingNumber());
            }
            continue;
          }
          String eventId = "poll:" + TrackingEngine.sha256(app.agencyReference() + "\n"
              + report.nativeStatus() + "\n" + report.at());
          Application after = engine.applyUpdate(new StatusUpdate(eventId, agency,
              app.agencyReference(), report.status(), report.nativeStatus(), report.at(),
              report.note()), null, null);
          if (after.status() != app.status()) {
            changed++;
          }
        } catch (AgencyUnavailableException e) {
          failed++;
          LOG.log(Level.DEBUG, "{0} is unavailable; polling it again next run", agency);
          break;
        } catch (ConflictException e) {
          failed++;
          LOG.log(Level.WARNING, "status of {0} not applied: {1}", app.trackingNumber(),
              e.getMessage());
        } catch (RuntimeException e) {
          failed++;
          LOG.log(Level.WARNING, "could not poll the status of " + app.trackingNumber(), e);
        }
      }
    }
    return new PollReport(checked, changed, failed);
  }
}
