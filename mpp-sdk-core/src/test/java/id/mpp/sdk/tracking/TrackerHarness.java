package id.mpp.sdk.tracking;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.time.ProcessingTime;
import id.mpp.sdk.time.SiteZone;
import id.mpp.sdk.time.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tracker wired to an in-memory store, a simulated agency, a recording sender and a manual
 * clock standing at Monday 2 March 2026, 09:00 WIB, with deterministic ids and no jitter.
 */
final class TrackerHarness {

  static final ZoneId WIB = SiteZone.WIB.zoneId();
  static final AgencyId POLRES = TrackingFixtures.POLRES;

  final ManualClock clock = ManualClock.at(LocalDateTime.of(2026, 3, 2, 9, 0), WIB);
  final SimulatedAgency agency = new SimulatedAgency(clock);
  final RecordingSender sender = new RecordingSender();
  final TrackingStore store;
  final List<StatusEvent> published = new ArrayList<>();
  final List<OutboxMessage> deadLetters = new ArrayList<>();
  final List<Escalation> escalations = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();

  TrackerHarness() {
    this(TrackingStore.inMemory());
  }

  TrackerHarness(TrackingStore store) {
    this.store = store;
  }

  /** @return a builder with everything wired; tests add or override settings */
  Tracker.Builder builder() {
    return Tracker.builder()
        .clock(clock)
        .zone(WIB)
        .siteCode("3273")
        .calendar(WorkingCalendar.of(SiteZone.WIB))
        .store(store)
        .applications(POLRES, agency)
        .notificationSender(sender)
        .escalationListener(escalations::add)
        .outboxPolicy(OutboxPolicy.defaults().withJitter(0)
            .withBackoff(Duration.ofSeconds(30), Duration.ofMinutes(10)).withMaxAttempts(5))
        .idGenerator(() -> "id" + ids.incrementAndGet())
        .listener(new TrackingListener() {
          @Override
          public void onEvent(Application application, StatusEvent event) {
            synchronized (published) {
              published.add(event);
            }
          }

          @Override
          public void onDeadLetter(OutboxMessage message) {
            deadLetters.add(message);
          }
        });
  }

  Tracker tracker() {
    return builder().build();
  }

  /** @return a valid SKCK form with 3 working days, SMS messages in Indonesian */
  static ApplicationForm form() {
    return ApplicationForm.of(TrackingFixtures.SKCK, "Penerbitan SKCK Baru", POLRES,
            TrackingFixtures.APPLICANT)
        .withProcessingTime(ProcessingTime.workingDays(3))
        .withDocuments(List.of(HandedInDocument.paper("KTP-EL", "Fotokopi KTP-el",
            DocumentForm.COPY, 1)))
        .withTicket(new QueueTicketRef("ticket-7", "B-023"))
        .withNotifications(NotificationChannel.SMS, "id");
  }

  /**
   * Runs the relay until it has nothing due, moving the clock past each backoff.
   *
   * @param tracker the tracker
   * @param maxRuns a bound
   */
  void drainOutbox(Tracker tracker, int maxRuns) {
    for (int i = 0; i < maxRuns; i++) {
      RelayReport r = tracker.runOutboxOnce();
      if (r.claimed() == 0 && store.listOutbox(OutboxMessage.State.PENDING, 1000).isEmpty()) {
        return;
      }
      clock.advance(Duration.ofMinutes(11));
    }
  }
}
