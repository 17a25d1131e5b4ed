package id.mpp.sdk.tracking;

import static id.mpp.sdk.tracking.TrackerHarness.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import id.mpp.sdk.testing.LedgerSeeds;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * J4 of the reliability list, the transactional outbox: the relay is killed between "sent" and
 * "marked sent" (deterministically, by {@link CrashingTrackingStore}). Pass: 0 submissions or
 * notifications lost; duplicates at the agency and at the notification consumer at most the number
 * of relay crashes; the consumer drops duplicates by id; the agency creates each application once
 * because every resend carries the message's one idempotency key.
 *
 * <p>Abstract over the store, so a database store proves the same with one subclass.
 */
@Tag("reliability")
public abstract class OutboxLedgerContractTest {

  /**
   * Creates a fresh, empty store for one test.
   *
   * @return the store
   */
  protected abstract TrackingStore newStore();

  private final Actor officer = Actor.counterOfficer("loket-5");

  @Test
  void relay_whenKilledThreeTimesBeforeMarkingSubmissionSent_resendsUnderOneKey() {
    AtomicInteger remaining = new AtomicInteger(3);
    CrashingTrackingStore store = new CrashingTrackingStore(newStore(),
        m -> m.type() == OutboxMessage.Type.SUBMIT && remaining.getAndDecrement() > 0);
    TrackerHarness h = new TrackerHarness(store);
    Tracker tracker = h.tracker();
    Application a = tracker.create(form().withNotifications(NotificationChannel.NONE, "id"),
        officer);
    for (int run = 0; run < 4; run++) {
      RelayReport report = tracker.runOutboxOnce();
      assertThat(report.claimed()).as("run %d", run).isEqualTo(1);
      h.clock.advance(Duration.ofMinutes(2).plusSeconds(1)); // the dead relay's lease runs out
    }
    assertThat(store.submitCrashes()).isEqualTo(3);
    assertThat(h.agency.submitKeys()).hasSize(4).containsOnly(h.agency.submitKeys().get(0));
    assertThat(h.agency.applicationsCreated()).isEqualTo(1);
    Application after = tracker.get(a.trackingNumber());
    assertThat(after.status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(tracker.listEvents(a.trackingNumber())).filteredOn(e ->
        e.type() == StatusEvent.Type.AGENCY_ACKNOWLEDGED).hasSize(1);
    assertThat(tracker.listOutbox(a.trackingNumber())).singleElement()
        .satisfies(m -> assertThat(m.state()).isEqualTo(OutboxMessage.State.SENT));
    assertThat(tracker.runOutboxOnce().claimed()).isZero();
  }

  @Test
  void relay_whenKilledBeforeMarkingNotificationSent_consumerDropsTheRepeatById() {
    AtomicInteger remaining = new AtomicInteger(2);
    CrashingTrackingStore store = new CrashingTrackingStore(newStore(),
        m -> m.type() == OutboxMessage.Type.NOTIFY && remaining.getAndDecrement() > 0);
    TrackerHarness h = new TrackerHarness(store);
    Tracker tracker = h.tracker();
    tracker.perform(tracker.create(form(), officer).trackingNumber(), "CANCEL",
        Actor.applicant());
    h.drainOutbox(tracker, 10);
    assertThat(store.notifyCrashes()).isEqualTo(2);
    assertThat(h.sender.received()).hasSize(2 + 2);
    assertThat(h.sender.delivered()).extracting(Notification::status)
        .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.CANCELLED);
  }

  static List<Long> seeds() {
    return LedgerSeeds.seeds("J4 outbox ledger");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void relay_whenKilledAtRandomOverManyApplications_losesNothingAndDuplicatesAtMostCrashes(
      long seed) {
    Random random = new Random(seed);
    CrashingTrackingStore store = new CrashingTrackingStore(newStore(),
        m -> random.nextInt(100) < 30);
    TrackerHarness h = new TrackerHarness(store);
    Tracker tracker = h.tracker();
    int count = 60;
    List<TrackingNumber> numbers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      numbers.add(tracker.create(form(), officer).trackingNumber());
    }
    for (int run = 0; run < 200 && !h.store.listOutbox(OutboxMessage.State.PENDING, 1000)
        .isEmpty(); run++) {
      tracker.runOutboxOnce();
      h.clock.advance(Duration.ofMinutes(2).plusSeconds(1));
    }
    assertThat(h.store.listOutbox(OutboxMessage.State.PENDING, 1000)).as("seed %d pending", seed)
        .isEmpty();
    assertThat(h.store.listOutbox(OutboxMessage.State.DEAD, 1000)).as("seed %d dead", seed)
        .isEmpty();
    assertThat(store.submitCrashes()).as("seed %d submit crashes", seed).isPositive();
    assertThat(store.notifyCrashes()).as("seed %d notify crashes", seed).isPositive();

    // lost: every application reached the agency and every status message reached the citizen
    Set<String> expectedNotifications = new HashSet<>();
    for (TrackingNumber n : numbers) {
      Application a = tracker.get(n);
      assertThat(a.findAgencyReference()).as("seed %d: %s acknowledged", seed, n).isPresent();
      List<StatusEvent> history = tracker.listEvents(n);
      for (int i = 0; i < history.size(); i++) {
        assertThat(history.get(i).version()).as("seed %d version", seed).isEqualTo(i + 1L);
      }
      assertThat(history).filteredOn(e -> e.type() == StatusEvent.Type.AGENCY_ACKNOWLEDGED)
          .hasSize(1);
      history.stream().filter(StatusEvent::changesStatus)
          .forEach(e -> expectedNotifications.add(e.eventId() + "/notify"));
    }
    Set<String> delivered = new HashSet<>();
    h.sender.delivered().forEach(n -> delivered.add(n.id()));
    assertThat(delivered).as("seed %d: lost or unexpected notifications", seed)
        .isEqualTo(expectedNotifications);

    // duplicates: bounded by the crashes; the agency acted once per application
    assertThat(h.agency.applicationsCreated()).as("seed %d created", seed).isEqualTo(count);
    assertThat(h.agency.submitKeys().size() - count).as("seed %d resends", seed)
        .isLessThanOrEqualTo(store.submitCrashes());
    assertThat(new HashSet<>(h.agency.submitKeys())).as("seed %d keys", seed).hasSize(count);
    assertThat(h.sender.received().size() - delivered.size()).as("seed %d repeats", seed)
        .isLessThanOrEqualTo(store.notifyCrashes());
    System.out.printf("J4 seed %d: %d applications, %d submit crashes, %d resends, "
        + "%d notify crashes, %d repeated notifications, 0 lost%n", seed, count,
        store.submitCrashes(), h.agency.submitKeys().size() - count, store.notifyCrashes(),
        h.sender.received().size() - delivered.size());
  }
}
