package id.mpp.sdk.benchmarks.queue;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketState;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.ThreadParams;

class QueueBenchmarkTest {

  private static QueueBenchmark.Worker worker(int index, int threads) {
    QueueBenchmark.Worker w = new QueueBenchmark.Worker();
    w.setUp(new ThreadParams(index, threads, 0, 1, 0, 1, index, threads, index, threads));
    return w;
  }

  @Test
  void sdkTicketCycle_whenRepeatedOverEveryCounter_finishesEachIssuedTicket() {
    QueueBenchmark b = new QueueBenchmark();
    b.setUp();
    QueueBenchmark.Worker w = worker(0, 1);
    Set<String> finished = new HashSet<>();

    for (int i = 0; i < 3 * QueueSite.COUNTERS; i++) {
      Ticket t = b.sdkTicketCycle(w);
      assertThat(t.state()).isEqualTo(TicketState.DONE);
      finished.add(t.id().value());
    }

    assertThat(finished).hasSize(3 * QueueSite.COUNTERS);
  }

  @Test
  void worker_whenFourThreads_drivesDisjointCounters() {
    Set<Integer> seen = new HashSet<>();
    for (int t = 0; t < 4; t++) {
      QueueBenchmark.Worker w = worker(t, 4);
      for (int i = 0; i < QueueSite.COUNTERS; i++) {
        int c = w.nextCounter();
        assertThat(c % 4).isEqualTo(t);
        seen.add(c);
      }
    }
    assertThat(seen).hasSize(QueueSite.COUNTERS);
  }

  @Test
  void baselineAbq_returnsTheSameTicketObject() {
    QueueBenchmark b = new QueueBenchmark();
    b.setUp();

    assertThat(b.baselineAbq()).isSameAs(b.baselineAbq());
  }

  @Test
  void serviceOf_whenRoundsGoOn_coversEveryServiceOnce() {
    QueueBenchmark b = new QueueBenchmark();
    b.setUp();
    QueueSite site = QueueSite.configure(newDesk());
    Set<String> services = new HashSet<>();
    for (int c = 0; c < QueueSite.COUNTERS; c++) {
      for (int r = 0; r < 9; r++) {
        services.add(site.serviceOf(c, r).value());
      }
    }
    assertThat(services).hasSize(QueueSite.SERVICES);
  }

  private static id.mpp.sdk.queue.QueueDesk newDesk() {
    return id.mpp.sdk.queue.QueueDesk.builder()
        .site(id.mpp.sdk.queue.SiteId.of("mpp-test"), java.time.ZoneId.of("Asia/Jakarta"))
        .clock(id.mpp.sdk.time.ManualClock.at(java.time.LocalDateTime.of(2026, 1, 15, 9, 0),
            java.time.ZoneId.of("Asia/Jakarta")))
        .build();
  }
}
