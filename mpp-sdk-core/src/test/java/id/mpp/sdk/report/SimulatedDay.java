package id.mpp.sdk.report;

import id.mpp.sdk.adapter.Applicant;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.queue.Actor;
import id.mpp.sdk.queue.CommandOptions;
import id.mpp.sdk.queue.CounterDefinition;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.CounterKind;
import id.mpp.sdk.queue.CounterService;
import id.mpp.sdk.queue.IssueRequest;
import id.mpp.sdk.queue.QueueAgency;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.survey.SkmElement;
import id.mpp.sdk.survey.SkmResponse;
import id.mpp.sdk.survey.SurveyBook;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.time.ProcessingTime;
import id.mpp.sdk.time.SiteZone;
import id.mpp.sdk.time.WorkingCalendar;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.ApplicationForm;
import id.mpp.sdk.tracking.QueueTicketRef;
import id.mpp.sdk.tracking.Tracker;
import id.mpp.sdk.validation.Nik;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * One scripted day at an MPP, driven through the real queue desk, tracker and survey book with a
 * manual clock: Monday 2 March 2026 in Bandung (WIB), after a few SKCK applications handed in the
 * week before. Every number the report should show follows from the script by hand (see the
 * comments of {@link SimulatedDayReportTest}).
 */
final class SimulatedDay {

  static final ZoneId WIB = SiteZone.WIB.zoneId();
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final SiteId SITE = SiteId.of("mpp-kota-bandung");
  static final AgencyId DUKCAPIL = AgencyId.of("dukcapil");
  static final AgencyId POLRES = AgencyId.of("polres");
  static final ServiceCode KTP = ServiceCode.of("DUKCAPIL-KTP-EL");
  static final ServiceCode KK = ServiceCode.of("DUKCAPIL-KK");
  static final ServiceCode SKCK = ServiceCode.of("POLRI-SKCK-BARU");
  static final CounterId L1 = CounterId.of("dukcapil-loket-1");
  static final CounterId L2 = CounterId.of("dukcapil-loket-2");
  static final CounterId P1 = CounterId.of("polres-loket-1");

  private static final CommandOptions KIOSK = CommandOptions.by(Actor.kiosk("kiosk-1"));
  private static final CommandOptions OFFICER = CommandOptions.by(Actor.officer("petugas-1"));
  private static final id.mpp.sdk.tracking.Actor COUNTER_OFFICER =
      id.mpp.sdk.tracking.Actor.counterOfficer("petugas-skck");
  private static final Applicant APPLICANT = new Applicant(Nik.parse("3273011708900001"),
      "Siti Aminah", null, null);

  final ManualClock clock = ManualClock.at(LocalDateTime.of(2026, 2, 26, 10, 0), WIB);
  final Tracker tracker = Tracker.builder().clock(clock).zone(WIB).siteCode("3273")
      .calendar(WorkingCalendar.of(SiteZone.WIB)).build();
  QueueDesk desk;
  SurveyBook book;

  /** Handed in Thursday 26 Feb, never finished: overdue. */
  Application a1;
  /** Handed in Thursday 26 Feb, ready on Friday: on time, but not due on the report day. */
  Application a2;
  /** Handed in Friday 27 Feb, due Monday: ready 09:00 Monday. */
  Application b1;
  /** Handed in Friday 27 Feb, due Monday: ready 16:30 Monday. */
  Application b2;
  /** Handed in Friday 27 Feb, due Monday: never finished. */
  Application b3;
  Application c1;
  Application c2;

  Ticket k1;
  Ticket k2;
  Ticket k3;
  Ticket k4;
  Ticket f1;
  Ticket f2;
  Ticket s1;
  Ticket s2;

  /** Runs the whole script and leaves the clock at 17:00 on the report day. */
  SimulatedDay run() {
    weekBefore();
    clock.set(at(7, 30).atZone(WIB).toInstant());
    openSite();
    queueDay();
    applicationsOfTheDay();
    survey();
    time(16, 30);
    tracker.perform(b2.trackingNumber(), "MARK_READY", COUNTER_OFFICER);
    b2 = tracker.get(b2.trackingNumber());
    clock.set(at(17, 0).atZone(WIB).toInstant());
    return this;
  }

  private void weekBefore() {
    a1 = tracker.create(skck(null), COUNTER_OFFICER);
    a2 = tracker.create(skck(null), COUNTER_OFFICER);
    clock.set(LocalDateTime.of(2026, 2, 27, 9, 0).atZone(WIB).toInstant());
    tracker.perform(a2.trackingNumber(), "MARK_READY", COUNTER_OFFICER);
    clock.set(LocalDateTime.of(2026, 2, 27, 10, 0).atZone(WIB).toInstant());
    b1 = tracker.create(skck(null), COUNTER_OFFICER);
    b2 = tracker.create(skck(null), COUNTER_OFFICER);
    b3 = tracker.create(skck(null), COUNTER_OFFICER);
  }

  private void openSite() {
    desk = QueueDesk.builder().site(SITE, WIB).clock(clock).build();
    book = SurveyBook.builder().site(SITE).zone(WIB).clock(clock).build();
    desk.createAgency(new QueueAgency(DUKCAPIL, "Disdukcapil Kota Bandung", "lantai-1",
        (LocalTime) null));
    desk.createAgency(new QueueAgency(POLRES, "Polrestabes Bandung", "lantai-2",
        (LocalTime) null));
    desk.createService(new ServiceQueue(KTP, DUKCAPIL, "Perekaman KTP-el", "A", 3, 0,
        Duration.ofMinutes(15), Duration.ofMinutes(15), Set.of()));
    desk.createService(new ServiceQueue(KK, DUKCAPIL, "Kartu Keluarga", "B", 3, 0,
        Duration.ofMinutes(20), Duration.ofMinutes(15), Set.of()));
    desk.createService(new ServiceQueue(SKCK, POLRES, "SKCK baru", "C", 3, 0,
        Duration.ofMinutes(30), Duration.ofMinutes(30), Set.of()));
    counter(L1, DUKCAPIL, 1, KTP);
    counter(L2, DUKCAPIL, 2, KK);
    counter(P1, POLRES, 3, SKCK);
  }

  private void counter(CounterId id, AgencyId agency, int number, ServiceCode service) {
    desk.createCounter(new CounterDefinition(id, agency, number, "Loket " + number,
        CounterKind.LOKET, null, List.of(CounterService.of(service))));
    desk.openCounter(id, OFFICER);
  }

  private void queueDay() {
    time(8, 0);
    k1 = issue(KTP);
    k2 = issue(KTP);
    k3 = issue(KTP);
    f1 = issue(KK);
    f2 = issue(KK);
    s1 = issue(SKCK);
    s2 = issue(SKCK);
    time(8, 10);
    call(L1, k1);
    time(8, 15);
    call(L2, f1);
    time(8, 20);
    k1 = finish(k1);
    call(L1, k2);
    time(8, 25);
    call(P1, s1);
    time(8, 30);
    f1 = finish(f1);
    Ticket called = desk.callNext(L2, OFFICER).ticket();
    check(called, f2);
    time(8, 35);
    k2 = finish(k2);
    call(L1, k3);
    f2 = desk.markNoShow(f2.id(), OFFICER);
    time(9, 0);
    tracker.perform(b1.trackingNumber(), "MARK_READY", COUNTER_OFFICER);
    k4 = issue(KTP);
    time(9, 5);
    k3 = finish(k3);
    call(L1, k4);
    time(9, 10);
    k4 = finish(k4);
    time(9, 15);
    s1 = finish(s1);
    call(P1, s2);
    c1 = tracker.create(skck(s1), COUNTER_OFFICER);
    time(9, 40);
    s2 = finish(s2);
    c2 = tracker.create(skck(s2), COUNTER_OFFICER);
    tracker.perform(c2.trackingNumber(), "START_PROCESSING", COUNTER_OFFICER);
  }

  private void applicationsOfTheDay() {
    a1 = tracker.get(a1.trackingNumber());
    b1 = tracker.get(b1.trackingNumber());
    b2 = tracker.get(b2.trackingNumber());
    b3 = tracker.get(b3.trackingNumber());
    c1 = tracker.get(c1.trackingNumber());
    c2 = tracker.get(c2.trackingNumber());
  }

  private void survey() {
    time(9, 45);
    rate(k1, 4, 4, 4, 4, 4, 4, 4, 4, 4);
    rate(k2, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    rate(k3, 3, 3, 1, 3, 3, 3, 3, 3, 3);
    rate(s1, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    rate(s2, 3, 3, 3, 0, 3, 3, 3, 3, 3);
  }

  private void rate(Ticket ticket, int... scores) {
    SkmResponse.Builder b = SkmResponse.builder().ticket(desk.getTicket(ticket.id()))
        .answeredAt(clock.instant());
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] != 0) {
        b.score(SkmElement.nine().get(i), scores[i]);
      }
    }
    book.record(b.build());
  }

  private ApplicationForm skck(Ticket ticket) {
    ApplicationForm form = ApplicationForm.of(SKCK, "SKCK baru", POLRES, APPLICANT)
        .withProcessingTime(ProcessingTime.workingDays(1));
    return ticket == null ? form
        : form.withTicket(new QueueTicketRef(ticket.id().value(), ticket.number()));
  }

  private Ticket issue(ServiceCode service) {
    return desk.issue(IssueRequest.walkIn(service), KIOSK);
  }

  private void call(CounterId counter, Ticket expected) {
    Ticket called = desk.callNext(counter, OFFICER).ticket();
    check(called, expected);
    desk.startServing(called.id(), OFFICER);
  }

  private Ticket finish(Ticket ticket) {
    return desk.finish(ticket.id(), OFFICER);
  }

  private static void check(Ticket called, Ticket expected) {
    if (!called.id().equals(expected.id())) {
      throw new IllegalStateException("the script expected " + expected.number() + " but "
          + called.number() + " was called");
    }
  }

  private void time(int hour, int minute) {
    clock.set(at(hour, minute).atZone(WIB).toInstant());
  }

  private static LocalDateTime at(int hour, int minute) {
    return DAY.atTime(hour, minute);
  }
}
