package id.mpp.sdk.benchmarks.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.tracking.StatusEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusLogBenchmarkTest {

  @Test
  void sdkAppendAndRead_whenRepeated_streamsHaveNoVersionGap() {
    StatusLogBenchmark b = new StatusLogBenchmark();
    b.setUp();

    List<StatusEvent> last = List.of();
    // each application takes EVENTS_PER_APPLICATION - 1 appends after its CREATED event
    for (int i = 0; i < 3 * (StatusLogs.EVENTS_PER_APPLICATION - 1); i++) {
      last = b.sdkAppendAndRead();
      for (int v = 0; v < last.size(); v++) {
        assertThat(last.get(v).version()).isEqualTo(v + 1L);
      }
    }

    assertThat(last).hasSize(StatusLogs.EVENTS_PER_APPLICATION);
    assertThat(b.store().findApplication(StatusLogs.number(3))).get()
        .extracting(a -> a.version()).isEqualTo((long) StatusLogs.EVENTS_PER_APPLICATION);
  }

  @Test
  void baselineSynchronizedList_returnsTheSameStreamAsTheStore() {
    StatusLogBenchmark b = new StatusLogBenchmark();
    b.setUp();

    for (int i = 0; i < StatusLogs.EVENTS_PER_APPLICATION + 2; i++) {
      assertThat(b.baselineSynchronizedList()).isEqualTo(b.sdkAppendAndRead());
    }
  }
}
