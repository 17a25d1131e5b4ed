package id.mpp.sdk.tracking;

import static id.mpp.sdk.tracking.TrackerHarness.POLRES;
import static id.mpp.sdk.tracking.TrackerHarness.WIB;
import static id.mpp.sdk.tracking.TrackerHarness.form;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.AdapterRegistry;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.NoConfig;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.http.AgencyHttpClients;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.time.SiteZone;
import id.mpp.sdk.time.WorkingCalendar;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tracker finds agencies' applications capability in the hub's adapter registry. */
class TrackerAdapterRegistryTest {

  private final ManualClock clock = ManualClock.at(LocalDateTime.of(2026, 3, 2, 9, 0), WIB);
  private final SimulatedAgency agency = new SimulatedAgency(clock);
  private final AgencyHttpClients http = AgencyHttpClients.builder().clock(clock).build();

  /** The simulated agency behind a real provider, as a hub loads it. */
  static final class PolresProvider implements AgencyAdapterProvider<NoConfig> {
    private final SimulatedAgency agency;

    PolresProvider(SimulatedAgency agency) {
      this.agency = agency;
    }

    @Override
    public AdapterDescriptor descriptor() {
      return new AdapterDescriptor(POLRES, "Polres (simulasi)", "1.0.0", SpiVersion.CURRENT);
    }

    @Override
    public Class<NoConfig> configType() {
      return NoConfig.class;
    }

    @Override
    public AgencyAdapter create(AdapterContext<NoConfig> context) {
      return new Adapter(descriptor(), agency, context);
    }
  }

  static final class Adapter implements AgencyAdapter, ApplicationsCapability {
    private final AdapterDescriptor descriptor;
    private final SimulatedAgency agency;
    private final AdapterContext<NoConfig> context;

    Adapter(AdapterDescriptor descriptor, SimulatedAgency agency,
        AdapterContext<NoConfig> context) {
      this.descriptor = descriptor;
      this.agency = agency;
      this.context = context;
    }

    @Override
    public AdapterDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public AdapterHealth health() {
      return AdapterHealth.up(context.clock().instant());
    }

    @Override
    public SubmissionReceipt submit(ApplicationSubmission submission) {
      return agency.submit(submission);
    }

    @Override
    public AgencyStatusReport getStatus(String agencyReference) {
      return agency.getStatus(agencyReference);
    }

    @Override
    public AgencyStatusReport cancel(String agencyReference, String reason, String key) {
      return agency.cancel(agencyReference, reason, key);
    }
  }

  private final AdapterRegistry registry = AdapterRegistry.builder().httpClients(http)
      .clock(clock).zone(WIB).provider(new PolresProvider(agency)).build();

  @AfterEach
  void close() {
    registry.close();
    http.close();
  }

  @Test
  void runOutboxOnce_whenAgencyAdapterIsInTheRegistry_submitsThroughIt() {
    Tracker tracker = Tracker.builder().clock(clock).zone(WIB).siteCode("3273")
        .calendar(WorkingCalendar.of(SiteZone.WIB)).adapters(registry).build();
    Application a = tracker.create(form().withNotifications(NotificationChannel.NONE, "id"),
        Actor.counterOfficer("loket-5"));
    tracker.runOutboxOnce();
    assertThat(tracker.get(a.trackingNumber()).findAgencyReference()).isPresent();
    assertThat(agency.submitKeys()).hasSize(1);
    agency.setStatus(tracker.get(a.trackingNumber()).agencyReference(), "PROSES");
    assertThat(tracker.pollOnce()).isEqualTo(new PollReport(1, 1, 0));
  }
}
