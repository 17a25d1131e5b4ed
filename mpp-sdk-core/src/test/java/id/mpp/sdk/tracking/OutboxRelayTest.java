package id.mpp.sdk.tracking;

import static id.mpp.sdk.tracking.TrackerHarness.POLRES;
import static id.mpp.sdk.tracking.TrackerHarness.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.AgencyRejectedException;
import id.mpp.sdk.AgencyTimeoutException;
import id.mpp.sdk.AgencyUnavailableException;
import id.mpp.sdk.ConflictException;
import id.mpp.sdk.OutcomeUnknownException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

  private final TrackerHarness h = new TrackerHarness();
  private final Tracker tracker = h.tracker();
  private final Actor officer = Actor.counterOfficer("loket-5");

  @Test
  void runOnce_whenAgencyAcknowledges_recordsReferenceReceivedAndMessageSent() {
    Application a = tracker.create(form(), officer);
    RelayReport report = tracker.runOutboxOnce();
    assertThat(report.claimed()).isEqualTo(2);
    assertThat(report.sent()).isEqualTo(2);
    Application after = tracker.get(a.trackingNumber());
    assertThat(after.status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(after.findAgencyReference()).contains("SKCK/2026/00001");
    assertThat(tracker.listEvents(a.trackingNumber())).last().satisfies(e -> {
      assertThat(e.type()).isEqualTo(StatusEvent.Type.AGENCY_ACKNOWLEDGED);
      assertThat(e.agencyReference()).isEqualTo("SKCK/2026/00001");
      assertThat(e.nativeStatus()).isEqualTo("DITERIMA");
    });
    assertThat(h.agency.submitKeys()).hasSize(1);
    assertThat(h.sender.delivered()).extracting(Notification::status)
        .containsExactly(ApplicationStatus.SUBMITTED);
  }

  @Test
  void runOnce_whenNextRunAfterAcknowledgement_sendsTheReceivedMessage() {
    Application a = tracker.create(form(), officer);
    tracker.runOutboxOnce();
    tracker.runOutboxOnce();
    assertThat(h.sender.delivered()).extracting(Notification::status)
        .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.RECEIVED);
    assertThat(h.sender.delivered().get(1).text()).contains(a.trackingNumber().toString(),
        "Penerbitan SKCK Baru").doesNotContain(TrackingFixtures.NIK.value(), "Budi");
    assertThat(h.sender.delivered().get(1).recipient()).isEqualTo("+6281234567890");
  }

  @Test
  void runOnce_whenAgencyUnavailable_retriesWithBackoffUnderTheSameKey() {
    h.agency.failNextSubmits(() -> new AgencyUnavailableException("polres", "r1", "HTTP 503",
        false, null), 2);
    Application a = tracker.create(form(), officer);
    assertThat(tracker.runOutboxOnce().retried()).isEqualTo(1);
    OutboxMessage waiting = submitOf(a);
    assertThat(waiting.attempts()).isEqualTo(1);
    assertThat(waiting.nextAttemptAt()).isEqualTo(h.clock.instant().plusSeconds(30));
    assertThat(waiting.lastError()).contains("AgencyUnavailableException");
    h.clock.advance(Duration.ofSeconds(29));
    assertThat(tracker.runOutboxOnce().claimed()).isZero();
    h.clock.advance(Duration.ofSeconds(1));
    assertThat(tracker.runOutboxOnce().retried()).isEqualTo(1);
    assertThat(submitOf(a).nextAttemptAt()).isEqualTo(h.clock.instant().plusSeconds(60));
    h.clock.advance(Duration.ofSeconds(60));
    assertThat(tracker.runOutboxOnce().sent()).isEqualTo(1);
    assertThat(h.agency.submitKeys()).hasSize(3).containsOnly(waiting.idempotencyKey());
    assertThat(h.agency.applicationsCreated()).isEqualTo(1);
    assertThat(tracker.get(a.trackingNumber()).status()).isEqualTo(ApplicationStatus.RECEIVED);
  }

  @Test
  void runOnce_whenTimeout_retries() {
    h.agency.failNextSubmits(() -> new AgencyTimeoutException("polres", "r1",
        Duration.ofSeconds(10), null), 1);
    Application a = tracker.create(form(), officer);
    tracker.runOutboxOnce();
    assertThat(submitOf(a).state()).isEqualTo(OutboxMessage.State.PENDING);
    assertThat(submitOf(a).attempts()).isEqualTo(1);
  }

  @Test
  void runOnce_whenFailuresReachTheLimit_deadLettersForAnOperator() {
    h.agency.failNextSubmits(() -> new AgencyUnavailableException("polres", null, "down", true,
        null), 5);
    Application a = tracker.create(form(), officer);
    h.drainOutbox(tracker, 10);
    OutboxMessage dead = submitOf(a);
    assertThat(dead.state()).isEqualTo(OutboxMessage.State.DEAD);
    assertThat(dead.attempts()).isEqualTo(5);
    assertThat(tracker.listDeadLetters(10)).extracting(OutboxMessage::id)
        .containsExactly(dead.id());
    assertThat(h.deadLetters).extracting(OutboxMessage::id).containsExactly(dead.id());
    assertThat(h.agency.submitKeys()).hasSize(5);
    assertThat(tracker.get(a.trackingNumber()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void retryDeadLetter_whenOperatorRetries_sendsUnderTheOriginalKey() {
    h.agency.failNextSubmits(() -> new AgencyUnavailableException("polres", null, "down", true,
        null), 5);
    Application a = tracker.create(form(), officer);
    h.drainOutbox(tracker, 10);
    String id = tracker.listDeadLetters(10).get(0).id();
    OutboxMessage pending = tracker.retryDeadLetter(id, Actor.operator("admin-mpp"));
    assertThat(pending.state()).isEqualTo(OutboxMessage.State.PENDING);
    assertThat(pending.attempts()).isZero();
    tracker.runOutboxOnce();
    assertThat(tracker.get(a.trackingNumber()).status()).isEqualTo(ApplicationStatus.RECEIVED);
    assertThat(h.agency.submitKeys()).hasSize(6).containsOnly(pending.idempotencyKey());
    assertThat(tracker.listDeadLetters(10)).isEmpty();
  }

  @Test
  void retryDeadLetter_whenMessageNotDead_conflicts() {
    Application a = tracker.create(form(), officer);
    assertThatThrownBy(() -> tracker.retryDeadLetter(submitOf(a).id(), Actor.operator("x")))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("not_dead"));
  }

  @Test
  void runOnce_whenOutcomeUnknown_recordsItAndResendsUnderTheSameKey() {
    h.agency.actBeforeFailing().failNextSubmits(() -> new OutcomeUnknownException("polres", "r1",
        "connection reset after the request was sent", null), 1);
    Application a = tracker.create(form(), officer);
    tracker.runOutboxOnce();
    OutboxMessage m = submitOf(a);
    assertThat(m.outcomeUnknown()).isTrue();
    assertThat(m.state()).isEqualTo(OutboxMessage.State.PENDING);
    h.clock.advance(Duration.ofSeconds(30));
    tracker.runOutboxOnce();
    assertThat(h.agency.submitKeys()).hasSize(2).containsOnly(m.idempotencyKey());
    assertThat(h.agency.applicationsCreated()).isEqualTo(1);
    assertThat(tracker.get(a.trackingNumber()).findAgencyReference()).contains("SKCK/2026/00001");
    assertThat(submitOf(a).outcomeUnknown()).isTrue();
  }

  @Test
  void runOnce_whenOutcomeUnknownAtAgencyWithoutKeys_deadLettersAtOnce() {
    Tracker strict = h.builder().agencyHonoursIdempotencyKeys(POLRES, false).build();
    h.agency.actBeforeFailing().failNextSubmits(() -> new OutcomeUnknownException("polres", "r1",
        "read timeout", null), 1);
    Application a = strict.create(form(), officer);
    RelayReport report = strict.runOutboxOnce();
    assertThat(report.deadLettered()).isEqualTo(1);
    OutboxMessage m = submitOf(a);
    assertThat(m.state()).isEqualTo(OutboxMessage.State.DEAD);
    assertThat(m.outcomeUnknown()).isTrue();
    assertThat(m.lastError()).contains("does not honour idempotency keys");
    assertThat(h.agency.submitKeys()).hasSize(1);
  }

  @Test
  void runOnce_whenAgencyRejects_rejectsApplicationWithReason() {
    h.agency.failNextSubmits(() -> new AgencyRejectedException("polres", "r1", 422, "E-17",
        "pemohon sedang dalam proses hukum"), 1);
    Application a = tracker.create(form(), officer);
    assertThat(tracker.runOutboxOnce().rejected()).isEqualTo(1);
    Application after = tracker.get(a.trackingNumber());
    assertThat(after.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(after.findStatusReason()).contains("pemohon sedang dalam proses hukum");
    assertThat(submitOf(a).state()).isEqualTo(OutboxMessage.State.REJECTED);
    h.clock.advance(Duration.ofHours(1));
    tracker.runOutboxOnce();
    assertThat(h.agency.submitKeys()).hasSize(1);
  }

  @Test
  void runOnce_whenAgencyRejectsWithRevisionCode_needsRevisionAndResubmitsUnderANewKey() {
    Tracker t = h.builder().revisionCodes(POLRES, Set.of("DOC-MISSING")).build();
    h.agency.failNextSubmits(() -> new AgencyRejectedException("polres", "r1", 422,
        "DOC-MISSING", "pas foto belum ada"), 1);
    Application a = t.create(form(), officer);
    t.runOutboxOnce();
    Application revise = t.get(a.trackingNumber());
    assertThat(revise.status()).isEqualTo(ApplicationStatus.NEEDS_REVISION);
    assertThat(revise.sla().isPaused()).isTrue();
    t.perform(a.trackingNumber(), "RESUBMIT", Actor.applicant());
    h.drainOutbox(t, 3);
    assertThat(t.get(a.trackingNumber()).findAgencyReference()).isPresent();
    assertThat(h.agency.submitKeys()).hasSize(2).doesNotHaveDuplicates();
    assertThat(t.listOutbox(a.trackingNumber())).filteredOn(m ->
        m.type() == OutboxMessage.Type.SUBMIT).extracting(OutboxMessage::state)
        .containsExactly(OutboxMessage.State.REJECTED, OutboxMessage.State.SENT);
  }

  @Test
  void perform_whenCancelledBeforeFirstSend_discardsSubmissionAndAgencyHearsNothing() {
    Application a = tracker.create(form(), officer);
    tracker.perform(a.trackingNumber(), "CANCEL", Actor.applicant());
    h.drainOutbox(tracker, 3);
    assertThat(submitOf(a).state()).isEqualTo(OutboxMessage.State.DISCARDED);
    assertThat(h.agency.submitKeys()).isEmpty();
    assertThat(h.agency.cancelKeys()).isEmpty();
  }

  @Test
  void perform_whenCancelledAfterAcknowledgement_cancelsAtAgencyWithItsOwnKey() {
    Application a = tracker.create(form(), officer);
    h.drainOutbox(tracker, 3);
    tracker.perform(a.trackingNumber(), "CANCEL", Actor.applicant(),
        ActionOptions.defaults().withReason("pemohon membatalkan"));
    h.drainOutbox(tracker, 3);
    List<OutboxMessage> cancels = tracker.listOutbox(a.trackingNumber()).stream()
        .filter(m -> m.type() == OutboxMessage.Type.CANCEL).toList();
    assertThat(cancels).singleElement().satisfies(m ->
        assertThat(m.state()).isEqualTo(OutboxMessage.State.SENT));
    assertThat(h.agency.cancelKeys()).containsExactly(cancels.get(0).idempotencyKey());
  }

  @Test
  void perform_whenCancelledWhileOutcomeUnknown_reconcilesThenCancels() {
    h.agency.actBeforeFailing().failNextSubmits(() -> new OutcomeUnknownException("polres", "r",
        "reset", null), 1);
    Application a = tracker.create(form(), officer);
    tracker.runOutboxOnce();
    tracker.perform(a.trackingNumber(), "CANCEL", Actor.applicant());
    h.drainOutbox(tracker, 5);
    Application after = tracker.get(a.trackingNumber());
    assertThat(after.status()).isEqualTo(ApplicationStatus.CANCELLED);
    assertThat(after.findAgencyReference()).contains("SKCK/2026/00001");
    assertThat(h.agency.cancelKeys()).hasSize(1);
    assertThat(h.agency.applicationsCreated()).isEqualTo(1);
  }

  @Test
  void runOnce_whenSenderFails_retriesAndKeepsTheCitizensMessagesInOrder() {
    h.sender.failNext(1);
    tracker.create(form(), officer);
    tracker.runOutboxOnce();
    assertThat(h.sender.delivered()).isEmpty();
    h.clock.advance(Duration.ofSeconds(30));
    tracker.runOutboxOnce();
    tracker.runOutboxOnce();
    assertThat(h.sender.received()).extracting(Notification::status).containsExactly(
        ApplicationStatus.SUBMITTED, ApplicationStatus.SUBMITTED, ApplicationStatus.RECEIVED);
    assertThat(h.sender.delivered()).extracting(Notification::status)
        .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.RECEIVED);
  }

  @Test
  void create_whenCitizenWantsNoMessages_queuesNone() {
    Application a = tracker.create(form().withNotifications(NotificationChannel.NONE, "id"),
        officer);
    assertThat(tracker.listOutbox(a.trackingNumber())).extracting(OutboxMessage::type)
        .containsExactly(OutboxMessage.Type.SUBMIT);
  }

  @Test
  void create_whenAgencyHasNoAdapter_queuesNoSubmission() {
    Application a = tracker.create(form().withNotifications(NotificationChannel.NONE, "id"),
        officer);
    Tracker noAdapter = Tracker.builder().clock(h.clock).zone(TrackerHarness.WIB)
        .siteCode("3273").calendar(id.mpp.sdk.time.WorkingCalendar.of(
            id.mpp.sdk.time.SiteZone.WIB)).build();
    Application b = noAdapter.create(form().withNotifications(NotificationChannel.NONE, "id"),
        officer);
    assertThat(noAdapter.listOutbox(b.trackingNumber())).isEmpty();
    assertThat(tracker.listOutbox(a.trackingNumber())).hasSize(1);
  }

  private OutboxMessage submitOf(Application a) {
    return h.store.listOutbox(a.trackingNumber()).stream()
        .filter(m -> m.type() == OutboxMessage.Type.SUBMIT).findFirst().orElseThrow();
  }
}
