package id.mpp.sdk.jdbc;

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
import id.mpp.sdk.queue.QueueStore;
import id.mpp.sdk.queue.ServiceQueue;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.time.ManualClock;
import id.mpp.sdk.validation.PersonalDataHasher;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A one-agency, one-service, two-counter site on a store, for the fault tests. */
final class QueueFixture {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final AgencyId DUKCAPIL = AgencyId.of("dukcapil");
  static final ServiceCode KTP = ServiceCode.of("DUKCAPIL-KTP-EL");
  static final CounterId L1 = CounterId.of("dukcapil-loket-1");
  static final CounterId L2 = CounterId.of("dukcapil-loket-2");
  static final CommandOptions OFFICER = CommandOptions.by(Actor.officer("petugas-17"));
  static final CommandOptions KIOSK = CommandOptions.by(Actor.kiosk("kiosk-1"));
  private static final AtomicInteger SITES = new AtomicInteger();

  final ManualClock clock = startClock();
  final SiteId site = SiteId.of("fault-" + System.nanoTime() + "-" + SITES.incrementAndGet());
  final QueueDesk desk;

  /** Creates the site on the store: Dukcapil, KTP-el (prefix A), two open counters. */
  QueueFixture(QueueStore store) {
    desk = desk(store);
    desk.createAgency(new QueueAgency(DUKCAPIL, "Disdukcapil", "lantai-1", LocalTime.of(15, 0)));
    desk.createService(new ServiceQueue(KTP, DUKCAPIL, "KTP-el", "A", 3, 0,
        Duration.ofMinutes(15), Duration.ofMinutes(10), Set.of()));
    for (CounterId id : List.of(L1, L2)) {
      int number = id.equals(L1) ? 1 : 2;
      desk.createCounter(new CounterDefinition(id, DUKCAPIL, number, "Loket " + number,
          CounterKind.LOKET, null, List.of(CounterService.of(KTP))));
      desk.openCounter(id, OFFICER);
    }
  }

  /** A second desk of the same site on another store instance, as a second hub has. */
  QueueDesk desk(QueueStore store) {
    return desk(site, clock, store);
  }

  /** @return a clock at the fixture's service day: Monday 2 March 2026, 08:00 WIB */
  static ManualClock startClock() {
    return ManualClock.at(LocalDateTime.of(2026, 3, 2, 8, 0), WIB);
  }

  /** A desk of a fixture's site, also from another process that knows only the site id. */
  static QueueDesk desk(SiteId site, ManualClock clock, QueueStore store) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    return QueueDesk.builder().site(site, WIB).clock(clock).store(store)
        .hasher(PersonalDataHasher.withKey(key)).build();
  }

  Ticket issue() {
    return desk.issue(IssueRequest.walkIn(KTP), KIOSK);
  }

  Ticket callNext(CounterId counter) {
    return desk.callNext(counter, OFFICER).calledTicket().orElseThrow();
  }
}
