package id.mpp.sdk.tracking;

import static id.mpp.sdk.tracking.TrackerHarness.POLRES;
import static id.mpp.sdk.tracking.TrackerHarness.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.MppValidationException;
import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.Violation;
import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.time.SiteZone;
import id.mpp.sdk.time.WorkingCalendar;
import id.mpp.sdk.validation.MppValidator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TrackerTest {

  private final TrackerHarness h = new TrackerHarness();
  private final Tracker tracker = h.tracker();
  private final Actor officer = Actor.counterOfficer("loket-5");

  @Test
  void create_whenFormValid_opensFirstNumberOfTheDayInSubmitted() {
    Application a = tracker.create(form(), officer);
    assertThat(a.trackingNumber()).isEqualTo(TrackingNumber.of("3273", LocalDate.of(2026, 3, 2),
        1));
    assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(a.version()).isEqualTo(1);
    assertThat(a.findTicket().map(QueueTicketRef::ticketNumber)).contains("B-023");
    assertThat(tracker.listEvents(a.trackingNumber())).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(StatusEvent.Type.CREATED));
    assertThat(tracker.listOutbox(a.trackingNumber())).extracting(OutboxMessage::type)
        .containsExactly(OutboxMessage.Type.SUBMIT, OutboxMessage.Type.NOTIFY);
    assertThat(h.published).hasSize(1);
  }

  @Test
  void create_whenTwoOnOneDayAndOneNextDay_numbersRunPerDay() {
    Application first = tracker.create(form(), officer);
    Application second = tracker.create(form(), officer);
    h.clock.advance(Duration.ofDays(1));
    Application third = tracker.create(form(), officer);
    assertThat(first.trackingNumber().sequence()).isEqualTo(1);
    assertThat(second.trackingNumber().sequence()).isEqualTo(2);
    assertThat(third.trackingNumber().date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(third.trackingNumber().sequence()).isEqualTo(1);
  }

  @Test
  void create_whenFormInvalid_namesEveryFieldInIndonesianAndSavesNothing() {
    Applicant noPhone = new Applicant(TrackingFixtures.NIK, "Budi Santoso", null, null);
    ApplicationForm bad = new ApplicationForm(TrackingFixtures.SKCK, " ", POLRES, null, noPhone,
        List.of(), java.util.Map.of("", "x"), new QueueTicketRef("bad id!", "B-1"),
        NotificationChannel.SMS, "jv");
    assertThatThrownBy(() -> tracker.create(bad, officer,
        CreateOptions.defaults().withLocale(MppValidator.INDONESIAN)))
        .isInstanceOfSatisfying(MppValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::field).contains("serviceName",
              "language", "ticket.ticketId", "notificationChannel");
          assertThat(e.violations()).filteredOn(v -> v.field().equals("notificationChannel"))
              .singleElement().satisfies(v -> assertThat(v.message()).contains("nomor telepon"));
          assertThat(e.getMessage()).doesNotContain(TrackingFixtures.NIK.value())
              .doesNotContain("Budi");
        });
    assertThat(tracker.list(ApplicationQuery.all(10))).isEmpty();
    assertThat(h.store.listOutbox(OutboxMessage.State.PENDING, 10)).isEmpty();
  }

  @Tag("reliability")
  @Test
  void create_whenSameIdempotencyKeyTwice_returnsFirstApplication() {
    assertCreatesOnce("loket5-click-1");
  }

  @Test
  @Tag("reliability")
  void create_whenKeyHas255Characters_opensOnce() {
    assertCreatesOnce("k".repeat(255));
  }

  private void assertCreatesOnce(String idempotencyKey) {
    CreateOptions key = CreateOptions.defaults().withIdempotencyKey(idempotencyKey);
    Application first = tracker.create(form(), officer, key);
    Application again = tracker.create(form(), officer, key);
    assertThat(again).isEqualTo(first);
    assertThat(tracker.list(ApplicationQuery.all(10))).hasSize(1);
  }

  @Test
  @Tag("reliability")
  void create_whenKeyTooLongEmptyOrHasControls_refusedNamingTheKeyWithoutEchoingIt() {
    for (String bad : List.of("k".repeat(256), "", "loket5\nclick", "loket5\u0000click")) {
      assertThatThrownBy(() -> CreateOptions.defaults().withLocale(MppValidator.INDONESIAN)
          .withIdempotencyKey(bad))
          .isInstanceOfSatisfying(MppValidationException.class, e -> {
            assertThat(e.violations()).singleElement().satisfies(v -> {
              assertThat(v.field()).isEqualTo("idempotencyKey");
              assertThat(v.rule()).isEqualTo("tracking.key.format");
              assertThat(v.message()).contains("kunci idempotensi");
            });
            assertThat(e.getMessage()).doesNotContain("loket5").doesNotContain("kkkkkkkk");
          });
    }
    assertThat(tracker.list(ApplicationQuery.all(10))).isEmpty();
    assertThat(h.store.listOutbox(OutboxMessage.State.PENDING, 10)).isEmpty();
  }

  @Test
  @Tag("reliability")
  void create_whenKeyRepeatedNinetyDaysLater_stillReturnsTheFirstApplication() {
    CreateOptions key = CreateOptions.defaults().withIdempotencyKey("loket5-click-1");
    Application first = tracker.create(form(), officer, key);
    h.clock.advance(Duration.ofDays(90));
    Application again = tracker.create(form(), officer, key);
    assertThat(again.trackingNumber()).isEqualTo(first.trackingNumber());
    assertThat(tracker.list(ApplicationQuery.all(10))).hasSize(1);
    assertThat(tracker.listEvents(first.trackingNumber())).hasSize(1);
  }

  @Tag("reliability")
  @Test
  void create_whenKeyReusedForAnotherForm_conflictsAndSavesNothing() {
    CreateOptions key = CreateOptions.defaults().withIdempotencyKey("loket5-click-1");
    tracker.create(form(), officer, key);
    ApplicationForm other = form().withFields(java.util.Map.of("keperluan", "Lain"));
    assertThatThrownBy(() -> tracker.create(other, officer, key))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("idempotency_key_reused"));
    assertThat(tracker.list(ApplicationQuery.all(10))).hasSize(1);
  }

  @Test
  void perform_whenActionAllowed_changesStatusAndAppendsEvent() {
    Application a = tracker.create(form(), officer);
    Application after = tracker.perform(a.trackingNumber(), "START_PROCESSING", officer);
    assertThat(after.status()).isEqualTo(ApplicationStatus.IN_PROCESS);
    assertThat(after.version()).isEqualTo(2);
    assertThat(tracker.listEvents(a.trackingNumber())).extracting(StatusEvent::version,
        StatusEvent::action).containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, null),
            org.assertj.core.groups.Tuple.tuple(2L, "START_PROCESSING"));
  }

  @Test
  void perform_whenReasonRequiredButMissing_failsOnReasonAndChangesNothing() {
    Application a = tracker.create(form(), officer);
    assertThatThrownBy(() -> tracker.perform(a.trackingNumber(), "REJECT", officer))
        .isInstanceOfSatisfying(MppValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("reason"));
    assertThat(tracker.get(a.trackingNumber()).version()).isEqualTo(1);
  }

  @Test
  void perform_whenRejectedWithReason_keepsReasonOnApplication() {
    Application a = tracker.create(form(), officer);
    Application after = tracker.perform(a.trackingNumber(), "REJECT", officer,
        ActionOptions.defaults().withReason("Surat pengantar kelurahan tidak ada"));
    assertThat(after.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(after.findStatusReason()).contains("Surat pengantar kelurahan tidak ada");
  }

  @Test
  void perform_whenRoleNotPermitted_conflictsAndChangesNothing() {
    Application a = tracker.create(form(), officer);
    assertThatThrownBy(() -> tracker.perform(a.trackingNumber(), "MARK_READY",
        Actor.applicant()))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("not_permitted"));
    assertThat(tracker.get(a.trackingNumber()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void perform_whenSameEventIdRepeated_appliesOnce() {
    Application a = tracker.create(form(), officer);
    ActionOptions click = ActionOptions.defaults().withEventId("loket5-click-42");
    Application first = tracker.perform(a.trackingNumber(), "START_PROCESSING", officer, click);
    Application again = tracker.perform(a.trackingNumber(), "START_PROCESSING", officer, click);
    assertThat(again).isEqualTo(first);
    assertThat(tracker.listEvents(a.trackingNumber())).hasSize(2);
  }

  @Test
  void perform_whenExpectedVersionStale_conflicts() {
    Application a = tracker.create(form(), officer);
    tracker.perform(a.trackingNumber(), "START_PROCESSING", officer);
    assertThatThrownBy(() -> tracker.perform(a.trackingNumber(), "MARK_READY", officer,
        ActionOptions.defaults().withExpectedVersion(1)))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(TrackingStore.VERSION_CONFLICT));
    assertThat(tracker.get(a.trackingNumber()).status()).isEqualTo(ApplicationStatus.IN_PROCESS);
  }

  @Test
  void perform_whenUnknownApplication_throwsNotFound() {
    assertThatThrownBy(() -> tracker.perform(TrackingFixtures.number(9), "CANCEL", officer))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listActions_whenOfficerAtSubmitted_listsOfficersButtons() {
    Application a = tracker.create(form(), officer);
    assertThat(tracker.listActions(a.trackingNumber(), Role.COUNTER_OFFICER))
        .extracting(StatusAction::name).containsExactly("START_PROCESSING", "REQUEST_REVISION",
            "MARK_READY", "HAND_OVER", "REJECT", "CANCEL");
  }

  @Test
  void applyUpdate_whenAgencyReportsReady_movesStatusAndQueuesMessage() {
    Application a = acknowledged();
    Application after = tracker.applyUpdate(new StatusUpdate("evt-1", POLRES,
        a.agencyReference(), ApplicationStatus.READY_FOR_PICKUP, "SIAP_AMBIL",
        h.clock.instant(), null));
    assertThat(after.status()).isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
    assertThat(tracker.listEvents(a.trackingNumber())).last().satisfies(e -> {
      assertThat(e.eventId()).isEqualTo("polres:evt-1");
      assertThat(e.nativeStatus()).isEqualTo("SIAP_AMBIL");
      assertThat(e.actor().role()).isEqualTo(Role.AGENCY);
    });
    assertThat(tracker.listOutbox(a.trackingNumber())).extracting(OutboxMessage::id)
        .contains("polres:evt-1/notify");
  }

  @Test
  void applyUpdate_whenSameEventTwice_appliesOnce() {
    Application a = acknowledged();
    StatusUpdate update = new StatusUpdate("evt-1", POLRES, a.agencyReference(),
        ApplicationStatus.IN_PROCESS, "PROSES", h.clock.instant(), null);
    tracker.applyUpdate(update);
    h.clock.advance(Duration.ofMinutes(1));
    tracker.applyUpdate(update);
    assertThat(tracker.listEvents(a.trackingNumber())).filteredOn(e -> e.eventId()
        .equals("polres:evt-1")).hasSize(1);
    assertThat(tracker.get(a.trackingNumber()).version()).isEqualTo(a.version() + 1);
  }

  @Test
  void applyUpdate_whenNativeStatusUnmapped_changesNothing() {
    Application a = acknowledged();
    Application after = tracker.applyUpdate(new StatusUpdate("evt-2", POLRES,
        a.agencyReference(), ApplicationStatus.UNKNOWN, "VERIFIKASI_LAPANGAN", h.clock.instant(),
        null));
    assertThat(after).isEqualTo(a);
  }

  @Test
  void applyUpdate_whenOlderThanAgencysLastChange_isIgnored() {
    Application a = acknowledged();
    java.time.Instant t = h.clock.instant();
    tracker.applyUpdate(new StatusUpdate("evt-ready", POLRES, a.agencyReference(),
        ApplicationStatus.READY_FOR_PICKUP, "SIAP_AMBIL", t.plusSeconds(60), null));
    Application after = tracker.applyUpdate(new StatusUpdate("evt-process", POLRES,
        a.agencyReference(), ApplicationStatus.IN_PROCESS, "PROSES", t.plusSeconds(30), null));
    assertThat(after.status()).isEqualTo(ApplicationStatus.READY_FOR_PICKUP);
  }

  @Test
  void applyUpdate_whenMachineForbidsTheMove_conflicts() {
    Application a = acknowledged();
    tracker.perform(a.trackingNumber(), "HAND_OVER", officer);
    assertThatThrownBy(() -> tracker.applyUpdate(new StatusUpdate("evt-3", POLRES,
        a.agencyReference(), ApplicationStatus.IN_PROCESS, "PROSES",
        h.clock.instant().plusSeconds(5), null)))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("illegal_transition"));
  }

  @Test
  void applyUpdate_whenReferenceUnknown_throwsNotFound() {
    assertThatThrownBy(() -> tracker.applyUpdate(new StatusUpdate("evt-4", POLRES, "NOPE",
        ApplicationStatus.IN_PROCESS, "PROSES", h.clock.instant(), null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listener_whenItThrows_changeStillCommits() {
    Tracker withBadListener = h.builder().listener(new TrackingListener() {
      @Override
      public void onEvent(Application application, StatusEvent event) {
        throw new IllegalStateException("screen offline");
      }
    }).build();
    Application a = withBadListener.create(form(), officer);
    assertThat(withBadListener.get(a.trackingNumber()).version()).isEqualTo(1);
  }

  @Test
  void toString_whenApplicationPrinted_showsNoPersonalData() {
    Application a = tracker.create(form(), officer);
    assertThat(a.toString()).contains(a.trackingNumber().toString(), "3201**********01")
        .doesNotContain(TrackingFixtures.NIK.value(), "Budi", "6281234567890", "budi.santoso",
            "Melamar");
  }

  @Test
  void json_whenApplicationAndEventsRoundTrip_areEqual() {
    Application a = acknowledged();
    String json = MppJson.defaults().write(a);
    assertThat(json).contains("\"kind\":\"Application\"");
    assertThat(MppJson.defaults().read(json, Application.class)).isEqualTo(a);
    for (StatusEvent e : tracker.listEvents(a.trackingNumber())) {
      assertThat(MppJson.defaults().read(MppJson.defaults().write(e), StatusEvent.class))
          .isEqualTo(e);
    }
    OutboxMessage m = tracker.listOutbox(a.trackingNumber()).get(0);
    assertThat(MppJson.defaults().read(MppJson.defaults().write(m), OutboxMessage.class))
        .isEqualTo(m);
  }

  @Test
  void build_whenRequiredSettingsMissing_namesEach() {
    assertThatThrownBy(() -> Tracker.builder().siteCode("SBY").nearBreachShare(1.5).build())
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::field).containsExactly("clock",
                "zone", "siteCode", "calendar", "nearBreachShare"));
  }

  @Test
  void build_whenCalendarInAnotherZone_isRefused() {
    assertThatThrownBy(() -> h.builder().calendar(WorkingCalendar.of(SiteZone.WITA)).build())
        .isInstanceOfSatisfying(MppValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::rule)
                .containsExactly("tracker.calendarZone"));
  }

  /** Opens an application and lets the agency acknowledge it. */
  private Application acknowledged() {
    Application a = tracker.create(form(), officer);
    h.drainOutbox(tracker, 3);
    Application after = tracker.get(a.trackingNumber());
    assertThat(after.findAgencyReference()).isPresent();
    return after;
  }
}
