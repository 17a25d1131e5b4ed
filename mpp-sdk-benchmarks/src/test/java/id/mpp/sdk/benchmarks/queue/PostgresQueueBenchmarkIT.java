package id.mpp.sdk.benchmarks.queue;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.ThreadParams;

/** B7's two paths do what they claim, on a real embedded PostgreSQL (no timing here). */
class PostgresQueueBenchmarkIT {

  private static PostgresQueueBenchmark b;

  @BeforeAll
  static void start() {
    b = new PostgresQueueBenchmark();
    b.setUp();
  }

  @AfterAll
  static void stop() {
    b.tearDown();
  }

  private static QueueBenchmark.Worker worker() {
    QueueBenchmark.Worker w = new QueueBenchmark.Worker();
    w.setUp(new ThreadParams(0, 1, 0, 1, 0, 1, 0, 1, 0, 1));
    return w;
  }

  @Test
  void sdkTicketCycle_whenRepeatedOverEveryCounter_finishesEachTicketOnPostgres() {
    QueueBenchmark.Worker w = worker();
    Set<String> finished = new HashSet<>();

    for (int i = 0; i < QueueSite.COUNTERS + 5; i++) {
      Ticket t = b.sdkTicketCycle(w);
      assertThat(t.state()).isEqualTo(TicketState.DONE);
      finished.add(t.id().value());
    }

    assertThat(finished).hasSize(QueueSite.COUNTERS + 5);
  }

  @Test
  void sdkTicketCycleWhileSnapshotHeld_whenRepeated_finishesTicketsBehindAnOpenTransaction()
      throws SQLException {
    QueueBenchmark.Worker w = worker();
    PostgresQueueBenchmark.HeldSnapshot held = new PostgresQueueBenchmark.HeldSnapshot();
    held.hold(b);
    try {
      assertThat(count("SELECT count(*) FROM pg_stat_activity"
          + " WHERE state = 'idle in transaction'")).as("the held transaction").isEqualTo(1);
      for (int i = 0; i < QueueSite.COUNTERS + 5; i++) {
        assertThat(b.sdkTicketCycleWhileSnapshotHeld(w, held).state())
            .isEqualTo(TicketState.DONE);
      }
      assertThat(held.isHeld()).isTrue();
    } finally {
      held.release();
    }
    assertThat(held.isHeld()).isFalse();
    assertThat(count("SELECT count(*) FROM pg_stat_activity"
        + " WHERE state = 'idle in transaction'")).isZero();
  }

  @Test
  void baselineRawSql_whenRepeated_finishesEachTicketWithFourEvents() throws SQLException {
    QueueBenchmark.Worker w = worker();
    long before = count("SELECT count(*) FROM bench_event");

    for (int i = 0; i < QueueSite.COUNTERS + 5; i++) {
      b.baselineRawSql(w);
    }

    assertThat(count("SELECT count(*) FROM bench_ticket WHERE state <> 'DONE'")).isZero();
    assertThat(count("SELECT count(*) FROM bench_event") - before)
        .isEqualTo(4L * (QueueSite.COUNTERS + 5));
    assertThat(count("SELECT count(*) FROM bench_counter WHERE current IS NOT NULL")).isZero();
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = b.database().pool().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
