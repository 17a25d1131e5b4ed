package id.mpp.sdk.tracking;

import static id.mpp.sdk.tracking.TrackerHarness.form;
import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.AgencyUnavailableException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusPollerTest {

  private final TrackerHarness h = new TrackerHarness();
  private final Tracker tracker = h.builder().pollBatchSize(2).build();
  private final Actor officer = Actor.counterOfficer("loket-5");

  private List<Application> acknowledged(int count) {
    List<Application> apps = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      apps.add(tracker.create(form().withNotifications(NotificationChannel.NONE, "id"),
          officer));
    }
    h.drainOutbox(tracker, 3);
    return apps.stream().map(a -> tracker.get(a.trackingNumber())).toList();
  }

  @Test
  void pollOnce_whenAgencyMovedTheStatus_appliesIt() {
    Application a = acknowledged(1).get(0);
    h.agency.setStatus(a.agencyReference(), "SIAP_AMBIL");
    PollReport report = tracker.pollOnce();
    assertThat(report).isEqualTo(new PollReport(1, 1, 0));
    Application after = tracker.get(a.trackingNumber());
    assertThat(after.status()).isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
    assertThat(tracker.listEvents(a.trackingNumber())).last().satisfies(e -> {
      assertThat(e.nativeStatus()).isEqualTo("SIAP_AMBIL");
      assertThat(e.eventId()).startsWith("polres:poll:");
    });
  }

  @Test
  void pollOnce_whenNothingMoved_recordsNothing() {
    Application a = acknowledged(1).get(0);
    assertThat(tracker.pollOnce()).isEqualTo(new PollReport(1, 0, 0));
    assertThat(tracker.get(a.trackingNumber()).version()).isEqualTo(a.version());
  }

  @Test
  void pollOnce_whenManyOpen_asksABoundedBatchAndContinuesWhereItStopped() {
    acknowledged(5);
    int before = h.agency.statusCalls();
    assertThat(tracker.pollOnce().checked()).isEqualTo(2);
    assertThat(tracker.pollOnce().checked()).isEqualTo(2);
    assertThat(tracker.pollOnce().checked()).isEqualTo(1);
    assertThat(tracker.pollOnce().checked()).isEqualTo(2);
    assertThat(h.agency.statusCalls() - before).isEqualTo(7);
  }

  @Test
  void pollOnce_whenAgencyUnavailable_stopsAskingItThisRun() {
    acknowledged(2);
    h.agency.failNextStatusCalls(() -> new AgencyUnavailableException("polres", null, "503",
        false, null), 1);
    PollReport report = tracker.pollOnce();
    assertThat(report).isEqualTo(new PollReport(1, 0, 1));
    assertThat(h.agency.statusCalls()).isEqualTo(1);
  }

  @Test
  void pollOnce_whenNativeStatusUnmapped_changesNothing() {
    Application a = acknowledged(1).get(0);
    h.agency.setStatus(a.agencyReference(), "VERIFIKASI_LAPANGAN");
    assertThat(tracker.pollOnce()).isEqualTo(new PollReport(1, 0, 0));
    assertThat(tracker.get(a.trackingNumber()).status()).isEqualTo(ApplicationStatus.RECEIVED);
  }

  @Test
  void pollOnce_whenClosedOrNotYetAcknowledged_skipsThem() {
    Application closed = acknowledged(1).get(0);
    tracker.perform(closed.trackingNumber(), "HAND_OVER", officer);
    tracker.create(form(), officer); // not yet sent to the agency
    assertThat(tracker.pollOnce().checked()).isZero();
  }
}
