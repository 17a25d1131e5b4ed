package id.mpp.sdk.benchmarks.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.StatusEvent;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** B8's two paths append what they claim, on a real embedded PostgreSQL (no timing here). */
class PostgresStatusLogBenchmarkIT {

  private static PostgresStatusLogBenchmark b;

  @BeforeAll
  static void start() {
    b = new PostgresStatusLogBenchmark();
    b.setUp();
  }

  @AfterAll
  static void stop() {
    b.tearDown();
  }

  @Test
  void sdkAppend_whenRepeated_historiesHaveNoVersionGap() {
    PostgresStatusLogBenchmark.Writer w = new PostgresStatusLogBenchmark.Writer();
    Application last = null;
    for (int i = 0; i < 2 * StatusLogs.EVENTS_PER_APPLICATION; i++) {
      last = b.sdkAppend(w);
    }

    List<StatusEvent> events = b.store().listEvents(last.trackingNumber());
    assertThat(events).hasSize(StatusLogs.EVENTS_PER_APPLICATION);
    for (int v = 0; v < events.size(); v++) {
      assertThat(events.get(v).version()).isEqualTo(v + 1L);
    }
  }

  @Test
  void baselineRawSql_whenRepeated_writesVersionsOneToEightPerApplication() throws SQLException {
    PostgresStatusLogBenchmark.Writer w = new PostgresStatusLogBenchmark.Writer();
    long[] versions = new long[2 * StatusLogs.EVENTS_PER_APPLICATION];
    for (int i = 0; i < versions.length; i++) {
      versions[i] = b.baselineRawSql(w);
    }

    assertThat(versions).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8);
  }
}
