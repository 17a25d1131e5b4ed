package id.mpp.sdk.internal.tracking;

import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.StatusMapping;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.time.SlaCalculator;
import id.mpp.sdk.time.WorkingCalendar;
import id.mpp.sdk.tracking.EscalationListener;
import id.mpp.sdk.tracking.NotificationSender;
import id.mpp.sdk.tracking.NotificationTemplates;
import id.mpp.sdk.tracking.OutboxPolicy;
import id.mpp.sdk.tracking.StatusMachine;
import id.mpp.sdk.tracking.TrackingListener;
import id.mpp.sdk.tracking.TrackingStore;
import id.mpp.sdk.tracking.WebhookVerifier;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The checked settings of a tracker, shared by its engine, relay, poller and SLA monitor.
 * Built only by {@code Tracker.Builder}, which has checked every value.
 *
 * @param clock the hub's clock
 * @param zone the site's zone
 * @param siteCode the site code of tracking numbers
 * @param store the store
 * @param registry the loaded adapters, or {@code null}
 * @param applications applications capabilities given directly, by agency
 * @param calendar the site's working calendar
 * @param agencyCalendars agencies' own calendars
 * @param machines status machines by service
 * @param defaultMachine the machine of every other service
 * @param sender the notification sender, or {@code null}
 * @param templates the notification templates
 * @param escalationListener the escalation listener, or {@code null}
 * @param listeners the tracking listeners
 * @param policy the outbox policy
 * @param webhooks webhook verifiers by agency (agencies that push)
 * @param statusMappings native status mappings by agency, for webhooks without a canonical status
 * @param revisionCodes agency rejection codes that mean "revise and resubmit"
 * @param honoursKeys whether an agency honours idempotency keys (default yes)
 * @param slaClock the SLA clock
 * @param pollBatchSize applications polled per agency and run
 * @param slaBatchSize applications checked per SLA run
 * @param ids the id generator
 */
public record TrackerSettings(Clock clock, ZoneId zone, String siteCode, TrackingStore store,
    AdapterRegistry registry, Map<AgencyId, ApplicationsCapability> applications,
    WorkingCalendar calendar, Map<AgencyId, WorkingCalendar> agencyCalendars,
    Map<ServiceCode, StatusMachine> machines, StatusMachine defaultMachine,
    NotificationSender sender, NotificationTemplates templates,
    EscalationListener escalationListener, List<TrackingListener> listeners, OutboxPolicy policy,
    Map<AgencyId, WebhookVerifier> webhooks, Map<AgencyId, StatusMapping> statusMappings,
    Map<AgencyId, Set<String>> revisionCodes, Map<AgencyId, Boolean> honoursKeys,
    SlaClock slaClock, int pollBatchSize, int slaBatchSize, Supplier<String> ids) {

  /** Copies the collections. */
  public TrackerSettings {
    applications = Map.copyOf(applications);
    agencyCalendars = Map.copyOf(agencyCalendars);
    machines = Map.copyOf(machines);
    listeners = List.copyOf(listeners);
    webhooks = Map.copyOf(webhooks);
    statusMappings = Map.copyOf(statusMappings);
    revisionCodes = Map.copyOf(revisionCodes);
    honoursKeys = Map.copyOf(honoursKeys);
  }

  /**
   * The applications capability of an agency.
   *
   * @param agency the agency
   * @return the capability, if given directly or offered by the agency's loaded adapter
   */
  public Optional<ApplicationsCapability> applicationsOf(AgencyId agency) {
    ApplicationsCapability direct = applications.get(agency);
    if (direct != null) {
      return Optional.of(direct);
    }
    return registry == null ? Optional.empty()
        : registry.findCapability(agency, ApplicationsCapability.class);
  }

  /** @return every agency with an applications capability */
  public Set<AgencyId> applicationAgencies() {
    Set<AgencyId> agencies = new LinkedHashSet<>(applications.keySet());
    if (registry != null) {
      registry.list().forEach(d -> {
        if (registry.findCapability(d.agencyId(), ApplicationsCapability.class).isPresent()) {
          agencies.add(d.agencyId());
        }
      });
    }
    return agencies;
  }

  /**
   * The status machine of a service.
   *
   * @param service the service
   * @return its machine, or the default one
   */
  public StatusMachine machineOf(ServiceCode service) {
    return machines.getOrDefault(service, defaultMachine);
  }

  /**
   * The working calendar an agency counts its service levels on.
   *
   * @param agency the agency
   * @return its own calendar, or the site's
   */
  public WorkingCalendar calendarOf(AgencyId agency) {
    return agencyCalendars.getOrDefault(agency, calendar);
  }

  /**
   * Whether an agency's rejection code means the applicant must revise and resubmit.
   *
   * @param agency the agency
   * @param code the agency's code, or {@code null}
   * @return whether it is one of the agency's revision codes
   */
  public boolean isRevisionCode(AgencyId agency, String code) {
    return code != null && revisionCodes.getOrDefault(agency, Set.of()).contains(code);
  }

  /**
   * @param agency the agency
   * @return whether a resend under the same key is safe at this agency
   */
  public boolean honoursKeys(AgencyId agency) {
    return honoursKeys.getOrDefault(agency, true);
  }

  /** Per-agency SLA arithmetic, built once per calendar. */
  static final class Calculators {
    private final Map<WorkingCalendar, SlaCalculator> cache = new ConcurrentHashMap<>();

    SlaCalculator of(WorkingCalendar calendar) {
      return cache.computeIfAbsent(calendar, SlaCalculator::of);
    }
  }

  @Override
  public String toString() {
    return "TrackerSettings[site=" + siteCode + ", zone=" + zone + ", store=" + store
        + ", machines=" + machines.keySet() + "]";
  }
}
