package id.mpp.sdk.benchmarks.tracking;

import id.mpp.sdk.benchmarks.jdbc.BenchDatabase;
import id.mpp.sdk.jdbc.PostgresStores;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.StatusEvent;
import id.mpp.sdk.tracking.TrackingChange;
import id.mpp.sdk.tracking.TrackingStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B8 (reliability.md §8): a status event appended by {@code PostgresTrackingStore.commit} — one
 * transaction that updates the application where its version is the expected one and inserts
 * the event under the (tracking number, version) primary key and the unique event id, both rows
 * as JSON documents the store writes — against the same two statements run raw with JDBC on
 * the same pool, with documents serialised once at setup. Every eighth operation of both paths
 * starts a new application (an insert instead of the update). Average time per append; 1 and 4
 * threads. Goal: ≤ 1.3× raw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PostgresStatusLogBenchmark {

  private final AtomicInteger applications = new AtomicInteger();
  private final AtomicInteger rawApplications = new AtomicInteger();
  private BenchDatabase db;
  private PostgresStores stores;
  private String applicationDoc;
  private String eventDoc;

  /** Starts PostgreSQL, opens the SDK stores and serialises the raw path's documents. */
  @Setup(Level.Trial)
  public void setUp() {
    db = BenchDatabase.start(8);
    stores = PostgresStores.open(db.pool());
    Application sample = StatusLogs.application(StatusLogs.number(99_999));
    applicationDoc = MppJson.defaults().write(sample);
    eventDoc = MppJson.defaults().write(StatusLogs.next(sample));
  }

  /** Closes the stores and stops PostgreSQL. */
  @TearDown(Level.Trial)
  public void tearDown() {
    stores.close();
    db.close();
  }

  /** @return the SDK store */
  public TrackingStore store() {
    return stores.trackingStore();
  }

  /** @return the database */
  public BenchDatabase database() {
    return db;
  }

  /** One thread's current application on each path. */
  @State(Scope.Thread)
  public static class Writer {
    Application current;
    String rawTracking;
    long rawVersion;
  }

  /**
   * Appends one event through the SDK store.
   *
   * @param w the thread's application
   * @return the application after the append
   */
  @Benchmark
  public Application sdkAppend(Writer w) {
    return append(w);
  }

  /**
   * The same, 4 threads on applications of their own.
   *
   * @param w the thread's application
   * @return the application after the append
   */
  @Benchmark
  @Threads(4)
  public Application sdkAppend4Threads(Writer w) {
    return append(w);
  }

  private Application append(Writer w) {
    TrackingStore store = stores.trackingStore();
    if (w.current == null || w.current.version() >= StatusLogs.EVENTS_PER_APPLICATION) {
      int n = applications.incrementAndGet();
      if (n > 99_998) {
        throw new IllegalStateException("out of tracking numbers for the day");
      }
      Application a = StatusLogs.application(StatusLogs.number(n));
      store.commit(TrackingChange.create(a, StatusLogs.created(a), List.of(), List.of()));
      w.current = a;
      return a;
    }
    StatusEvent event = StatusLogs.next(w.current);
    Application after = w.current.next(event.toStatus(), null, w.current.sla(),
        event.occurredAt());
    store.commit(new TrackingChange(after, w.current.version(), List.of(event), List.of(),
        List.of(), List.of()));
    w.current = after;
    return after;
  }

  /**
   * The same statements run raw.
   *
   * @param w the thread's application
   * @return the version written
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long baselineRawSql(Writer w) throws SQLException {
    return rawAppend(w);
  }

  /**
   * The raw statements, 4 threads.
   *
   * @param w the thread's application
   * @return the version written
   * @throws SQLException if the database fails
   */
  @Benchmark
  @Threads(4)
  public long baselineRawSql4Threads(Writer w) throws SQLException {
    return rawAppend(w);
  }

  long rawAppend(Writer w) throws SQLException {
    try (Connection c = db.pool().getConnection()) {
      c.setAutoCommit(false);
      if (w.rawTracking == null || w.rawVersion >= StatusLogs.EVENTS_PER_APPLICATION) {
        w.rawTracking = "RAW" + rawApplications.incrementAndGet();
        w.rawVersion = 1;
        run(c, "INSERT INTO mpp_application (tracking, agency, agency_reference, version, doc)"
            + " VALUES (?, 'polres', NULL, 1, ?::jsonb)", w.rawTracking, applicationDoc);
      } else {
        long expected = w.rawVersion;
        w.rawVersion++;
        int n = run(c, "UPDATE mpp_application SET agency = 'polres', agency_reference = NULL,"
            + " version = ?, doc = ?::jsonb WHERE tracking = ? AND version = ?", w.rawVersion,
            applicationDoc, w.rawTracking, expected);
        if (n != 1) {
          throw new IllegalStateException("raw version check failed");
        }
      }
      run(c, "INSERT INTO mpp_status_event (tracking, version, event_id, doc)"
          + " VALUES (?, ?, ?, ?::jsonb)", w.rawTracking, w.rawVersion,
          w.rawTracking + ":" + w.rawVersion, eventDoc);
      c.commit();
      return w.rawVersion;
    }
  }

  private static int run(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    }
  }
}
