package id.mpp.sdk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.time.ManualClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue's wire documents round-trip through the SDK codec, as a persistent store keeps them. */
class QueueWireTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final ServiceCode KTP = ServiceCode.of("DUKCAPIL-KTP-EL");
  private static final CounterId L1 = CounterId.of("dukcapil-loket-1");
  private final MppJson json = MppJson.defaults();
  private QueueDesk desk;
  private Ticket called;

  @BeforeEach
  void setUp() {
    ManualClock clock = ManualClock.at(LocalDateTime.of(2026, 3, 2, 8, 0), WIB);
    desk = QueueDesk.builder().site(SiteId.of("mpp-wire"), WIB).clock(clock).build();
    desk.createAgency(new QueueAgency(id.mpp.sdk.catalogue.AgencyId.of("dukcapil"), "Dukcapil",
        "lantai-1", null));
    desk.createService(new ServiceQueue(KTP, id.mpp.sdk.catalogue.AgencyId.of("dukcapil"), "KTP",
        "A", 3, 0, Duration.ofMinutes(15), Duration.ofMinutes(10), Set.of(PriorityClass.LANSIA)));
    desk.createCounter(new CounterDefinition(L1, id.mpp.sdk.catalogue.AgencyId.of("dukcapil"), 1,
        "Loket 1", CounterKind.LOKET, null, List.of(CounterService.of(KTP))));
    desk.openCounter(L1, CommandOptions.system());
    desk.issue(IssueRequest.walkIn(KTP).priority(PriorityClass.LANSIA), CommandOptions.system());
    called = desk.callNext(L1, CommandOptions.system()).ticket();
  }

  @Test
  void ticket_roundTripsWithApiVersionAndKind() {
    String text = json.write(called);
    assertThat(text).contains("\"apiVersion\":\"mpp.sdk/v1\"", "\"kind\":\"Ticket\"");
    assertThat(json.read(text, Ticket.class)).isEqualTo(called);
  }

  @Test
  void callResultCounterEventAndAnnouncement_roundTrip() {
    CallResult result = CallResult.called(called);
    assertThat(json.read(json.write(result), CallResult.class)).isEqualTo(result);
    Counter counter = desk.getCounter(L1);
    assertThat(json.read(json.write(counter), Counter.class)).isEqualTo(counter);
    QueueEvent event = desk.events(0, 100).get(0);
    assertThat(json.read(json.write(event), QueueEvent.class)).isEqualTo(event);
    Announcement a = desk.announcements("lantai-1", 0, 1).get(0);
    assertThat(json.read(json.write(a), Announcement.class)).isEqualTo(a);
    TicketTransition t = desk.listTransitions(called.id()).get(1);
    assertThat(json.read(json.write(t), TicketTransition.class)).isEqualTo(t);
    TicketStatus status = desk.getStatus(called.id());
    assertThat(json.read(json.write(status), TicketStatus.class)).isEqualTo(status);
  }

  @Test
  void ticket_whenANewerPeerSendsUnknownValues_readsThemAsUnknown() {
    String text = json.write(called).replace("\"LANSIA\"", "\"VETERAN\"")
        .replace("\"CALLED\"", "\"WRAP_UP\"");
    Ticket read = json.read(text, Ticket.class);
    assertThat(read.priority()).isEqualTo(PriorityClass.UNKNOWN);
    assertThat(read.state()).isEqualTo(TicketState.UNKNOWN);
  }
}
