package id.mpp.sdk.json;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.Actor;
import id.mpp.sdk.queue.Announcement;
import id.mpp.sdk.queue.Booking;
import id.mpp.sdk.queue.BookingId;
import id.mpp.sdk.queue.BookingState;
import id.mpp.sdk.queue.CallResult;
import id.mpp.sdk.queue.CommandOptions;
import id.mpp.sdk.queue.Counter;
import id.mpp.sdk.queue.CounterDefinition;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.CounterKind;
import id.mpp.sdk.queue.CounterService;
import id.mpp.sdk.queue.IssueRequest;
import id.mpp.sdk.queue.KpiQuery;
import id.mpp.sdk.queue.PriorityClass;
import id.mpp.sdk.queue.QueueAgency;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.QueueEvent;
import id.mpp.sdk.queue.QueueKpis;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketStatus;
import id.mpp.sdk.queue.TicketTransition;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.tracking.StatusWebhook;
import id.mpp.sdk.validation.Nik;
import id.mpp.sdk.validation.PersonalDataHasher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/**
 * Wire examples of the queue, made by driving a real {@link QueueDesk} (in-memory store, manual
 * clock) through a short morning at a Polres SKCK counter: two walk-ins, one called, served and
 * finished; plus a booking and a status webhook.
 */
final class QueueWireExamples {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final SiteId SITE = SiteId.of("mpp-bandar-lampung");
  private static final AgencyId POLRI = AgencyId.of("polri");
  private static final ServiceCode SKCK = ServiceCode.of("POLRI-SKCK-BARU");
  private static final CounterId LOKET = CounterId.of("loket-7");

  /** The results of one simulated morning. */
  record Morning(Ticket served, CallResult call, TicketStatus waiting, Counter counter,
      List<TicketTransition> transitions, List<QueueEvent> events,
      List<Announcement> announcements, QueueKpis kpis) {
  }

  private static Morning morning;

  private QueueWireExamples() {
  }

  static synchronized Morning morning() {
    if (morning == null) {
      morning = simulate();
    }
    return morning;
  }

  private static Morning simulate() {
    ManualClock clock = ManualClock.at(LocalDateTime.of(2026, 3, 2, 8, 0), WIB);
    QueueDesk desk = QueueDesk.builder().site(SITE, WIB).clock(clock).build();
    desk.createAgency(new QueueAgency(POLRI, "Kepolisian Resor", "zona-b", LocalTime.of(15, 0)));
    desk.createService(new ServiceQueue(SKCK, POLRI, "Penerbitan SKCK baru", "S", 3, 120,
        Duration.ofMinutes(30), Duration.ofMinutes(10), EnumSet.complementOf(EnumSet.of(PriorityClass.UNKNOWN))));
    desk.createCounter(new CounterDefinition(LOKET, POLRI, 7, "Loket 7", CounterKind.LOKET,
        "zona-b", List.of(CounterService.of(SKCK))));
    CommandOptions officer = CommandOptions.by(Actor.officer("petugas-polres-1"));
    CommandOptions kiosk = CommandOptions.by(Actor.kiosk("kiosk-1"));
    desk.openCounter(LOKET, officer);
    Ticket first = desk.issue(IssueRequest.walkIn(SKCK), kiosk);
    clock.advance(Duration.ofMinutes(2));
    Ticket second = desk.issue(IssueRequest.walkIn(SKCK), kiosk);
    clock.advance(Duration.ofMinutes(6));
    CallResult call = desk.callNext(LOKET, officer);
    clock.advance(Duration.ofMinutes(1));
    desk.startServing(first.id(), officer);
    clock.advance(Duration.ofMinutes(9));
    Ticket served = desk.finish(first.id(), officer);
    return new Morning(served, call, desk.getStatus(second.id()), desk.getCounter(LOKET),
        desk.listTransitions(first.id()), desk.events(0, 100),
        desk.recentlyCalled("zona-b", 10), desk.kpis(KpiQuery.day(desk.today())));
  }

  static Booking booking() {
    Instant created = Instant.parse("2026-03-01T09:15:00Z");
    return new Booking(BookingId.of("bk-20260302-0001"), SITE, "SKCK-7Q2M", SKCK, POLRI,
        java.time.LocalDate.of(2026, 3, 2), LocalTime.of(8, 0), LocalTime.of(10, 0),
        BookingState.BOOKED, PersonalDataHasher.withKey(new byte[32])
            .hash(Nik.parse("3201011708900001")), created, created, null, 1);
  }

  static StatusWebhook statusWebhook() {
    return new StatusWebhook("polri-evt-000123", "SKCK/2026/03/000123", "SELESAI_CETAK",
        ApplicationStatus.READY_FOR_PICKUP, Instant.parse("2026-03-02T04:30:00Z"),
        "SKCK siap diambil di loket 7");
  }
}
