package id.mpp.sdk.benchmarks.tracking;

import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.StatusEvent;
import id.mpp.sdk.tracking.TrackingChange;
import id.mpp.sdk.tracking.TrackingStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B6 (reliability.md §8): appending one status event to an application and reading its stream,
 * through the SDK's in-memory {@link TrackingStore} (one transaction with the expected-version
 * check, unique event id, the application's new version) against a synchronized
 * {@link ArrayList} per application (add, then copy the stream). After
 * {@value StatusLogs#EVENTS_PER_APPLICATION} events the next application is created, in both. Goal:
 * ≤ 3× the baseline's time, and no version gap (checked when the benchmark is set up and by its
 * test).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class StatusLogBenchmark {

  private TrackingStore store;
  private Application current;
  private int sequence;

  private List<StatusEvent> list;
  private Application listApplication;
  private int listSequence;

  /** A fresh store and list for every iteration, so the history does not grow past one. */
  @Setup(Level.Iteration)
  public void setUp() {
    store = TrackingStore.inMemory();
    sequence = 0;
    current = null;
    list = null;
    listSequence = 0;
    listApplication = null;
  }

  /** @return the store of the current iteration */
  public TrackingStore store() {
    return store;
  }

  /** @return the stream after the SDK store appended one event */
  @Benchmark
  public List<StatusEvent> sdkAppendAndRead() {
    if (current == null || current.version() >= StatusLogs.EVENTS_PER_APPLICATION) {
      Application a = StatusLogs.application(StatusLogs.number(++sequence));
      store.commit(TrackingChange.create(a, StatusLogs.created(a), List.of(), List.of()));
      current = a;
    }
    StatusEvent event = StatusLogs.next(current);
    Application after = current.next(event.toStatus(), null, current.sla(), event.occurredAt());
    store.commit(new TrackingChange(after, current.version(), List.of(event), List.of(),
        List.of(), List.of()));
    current = after;
    return store.listEvents(after.trackingNumber());
  }

  /** @return the stream after a synchronized list appended the same event */
  @Benchmark
  public List<StatusEvent> baselineSynchronizedList() {
    if (listApplication == null
        || listApplication.version() >= StatusLogs.EVENTS_PER_APPLICATION) {
      Application a = StatusLogs.application(StatusLogs.number(++listSequence));
      list = Collections.synchronizedList(new ArrayList<>());
      list.add(StatusLogs.created(a));
      listApplication = a;
    }
    StatusEvent event = StatusLogs.next(listApplication);
    listApplication = listApplication.next(event.toStatus(), null, listApplication.sla(),
        event.occurredAt());
    list.add(event);
    synchronized (list) {
      return new ArrayList<>(list);
    }
  }
}
