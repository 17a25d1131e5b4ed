package id.mpp.sdk.benchmarks.queue;

import id.mpp.sdk.benchmarks.jdbc.BenchDatabase;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.jdbc.PostgresStores;
import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.queue.Actor;
import id.mpp.sdk.queue.CallOutcome;
import id.mpp.sdk.queue.CallResult;
import id.mpp.sdk.queue.CommandOptions;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.IssueRequest;
import id.mpp.sdk.queue.QueueDesk;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.time.ManualClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B7 (reliability.md §8): the queue engine on the PostgreSQL store — {@link QueueDesk} over
 * {@code PostgresQueueStore}, 250 services and 30 open counters — running one ticket through a
 * counter ({@code issue} + {@code callNext} + {@code startServing} + {@code finish}, four
 * transactions), against a hand-written SKIP LOCKED queue doing the same four transactions with
 * raw JDBC on the same pool and server: the number row upserted and the ticket inserted; the
 * counter locked, the head taken with {@code FOR UPDATE SKIP LOCKED}, ticket and counter
 * updated; the ticket locked and updated twice more; an event row per transaction, and the
 * ticket's JSON document (the SDK's own, taken at setup) written each time. What the SDK does
 * beyond that — the rules, the audit transitions, the announcement schedule, event cursors in
 * commit order, reading and writing every row's document — is the price the ratio shows.
 * Throughput in tickets per second; 1 and 4 threads. Goals: ≥ 0.8× raw and ≥ 500 tickets/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PostgresQueueBenchmark {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
  private static final CommandOptions OFFICER = CommandOptions.by(Actor.officer("petugas-bench"));

  private BenchDatabase db;
  private PostgresStores stores;
  private QueueDesk desk;
  private QueueSite site;
  private String ticketDoc;

  /** Starts PostgreSQL, opens the SDK stores, configures the site and the raw tables. */
  @Setup(Level.Trial)
  public void setUp() {
    db = BenchDatabase.start(8);
    stores = PostgresStores.open(db.pool());
    desk = QueueDesk.builder().site(SiteId.of("mpp-bench-pg"), WIB)
        .clock(ManualClock.at(LocalDateTime.of(2026, 1, 15, 9, 0), WIB))
        .store(stores.queueStore()).build();
    site = QueueSite.configure(desk);
    Ticket sample = desk.issue(IssueRequest.walkIn(site.serviceOf(0, 0)),
        CommandOptions.by(Actor.kiosk("kiosk-bench")));
    ticketDoc = MppJson.defaults().write(sample);
    CallResult call = desk.callNext(site.counters().get(0), OFFICER);
    desk.startServing(call.ticket().id(), OFFICER);
    desk.finish(call.ticket().id(), OFFICER);
    db.execute(
        "CREATE TABLE bench_number (service text, day date, last int NOT NULL,"
            + " PRIMARY KEY (service, day))",
        "CREATE TABLE bench_ticket (id bigserial PRIMARY KEY, service text NOT NULL,"
            + " day date NOT NULL, seq int NOT NULL, state text NOT NULL, counter text,"
            + " version bigint NOT NULL, doc jsonb NOT NULL, UNIQUE (service, day, seq))",
        "CREATE INDEX bench_ticket_lane ON bench_ticket (service, day, id)"
            + " WHERE state = 'WAITING'",
        "CREATE TABLE bench_counter (id text PRIMARY KEY, current bigint,"
            + " version bigint NOT NULL)",
        "CREATE TABLE bench_event (id bigserial PRIMARY KEY, ticket bigint NOT NULL,"
            + " type text NOT NULL, at timestamptz NOT NULL DEFAULT now())");
    for (CounterId c : site.counters()) {
      db.execute("INSERT INTO bench_counter (id, version) VALUES ('" + c.value() + "', 1)");
    }
  }

  /** Closes the stores and stops PostgreSQL. */
  @TearDown(Level.Trial)
  public void tearDown() {
    stores.close();
    db.close();
  }

  /** @return the desk on the PostgreSQL store */
  public QueueDesk desk() {
    return desk;
  }

  /** @return the site's services and counters */
  public QueueSite site() {
    return site;
  }

  /** @return the database */
  public BenchDatabase database() {
    return db;
  }

  /**
   * One ticket through a counter of the SDK's queue engine on PostgreSQL.
   *
   * @param w the thread's counters
   * @return the finished ticket
   */
  @Benchmark
  public Ticket sdkTicketCycle(QueueBenchmark.Worker w) {
    return cycle(w);
  }

  /**
   * The same, 4 threads on separate counters.
   *
   * @param w the thread's counters
   * @return the finished ticket
   */
  @Benchmark
  @Threads(4)
  public Ticket sdkTicketCycle4Threads(QueueBenchmark.Worker w) {
    return cycle(w);
  }

  /**
   * D3 (reliability.md §9.2): the same cycle while another session holds a REPEATABLE READ
   * snapshot open for the whole trial, so VACUUM can remove none of the ticket and counter
   * versions the cycle leaves dead. Compared with {@link #sdkTicketCycle}; goal ≥ 0.6×.
   *
   * @param w the thread's counters
   * @param held the open transaction
   * @return the finished ticket
   */
  @Benchmark
  public Ticket sdkTicketCycleWhileSnapshotHeld(QueueBenchmark.Worker w, HeldSnapshot held) {
    return cycle(w);
  }

  /** A REPEATABLE READ transaction that took its snapshot at setup and ends at teardown. */
  @State(Scope.Benchmark)
  public static class HeldSnapshot {

    private Connection connection;

    /**
     * Opens the transaction and takes its snapshot.
     *
     * @param b the benchmark, for its database
     * @throws SQLException if the database fails
     */
    @Setup(Level.Trial)
    public void hold(PostgresQueueBenchmark b) throws SQLException {
      connection = b.database().pool().getConnection();
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT count(*) FROM mpp_queue_ticket"); ResultSet rs = ps.executeQuery()) {
        rs.next();
      }
    }

    /**
     * Ends the transaction.
     *
     * @throws SQLException if the database fails
     */
    @TearDown(Level.Trial)
    public void release() throws SQLException {
      connection.rollback();
      connection.close();
    }

    /**
     * @return whether the transaction is still open
     * @throws SQLException if the connection cannot tell
     */
    public boolean isHeld() throws SQLException {
      return connection != null && !connection.isClosed() && !connection.getAutoCommit();
    }
  }

  private Ticket cycle(QueueBenchmark.Worker w) {
    int c = w.nextCounter();
    ServiceCode service = site.serviceOf(c, w.round());
    CounterId counter = site.counters().get(c);
    Ticket issued = desk.issue(IssueRequest.walkIn(service), w.kiosk());
    CallResult call = desk.callNext(counter, w.officer());
    if (call.outcome() != CallOutcome.CALLED || !call.ticket().id().equals(issued.id())) {
      throw new IllegalStateException("counter " + counter + " did not call " + issued.id());
    }
    desk.startServing(issued.id(), w.officer());
    return desk.finish(issued.id(), w.officer());
  }

  /**
   * The same four transactions as raw JDBC on a hand-written SKIP LOCKED queue.
   *
   * @param w the thread's counters
   * @return the id of the finished ticket
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long baselineRawSql(QueueBenchmark.Worker w) throws SQLException {
    return rawCycle(w);
  }

  /**
   * The raw cycle, 4 threads on separate counters.
   *
   * @param w the thread's counters
   * @return the id of the finished ticket
   * @throws SQLException if the database fails
   */
  @Benchmark
  @Threads(4)
  public long baselineRawSql4Threads(QueueBenchmark.Worker w) throws SQLException {
    return rawCycle(w);
  }

  long rawCycle(QueueBenchmark.Worker w) throws SQLException {
    int c = w.nextCounter();
    String service = site.serviceOf(c, w.round()).value();
    String counter = site.counters().get(c).value();
    try (Connection con = db.pool().getConnection()) {
      con.setAutoCommit(false);
      long id;
      // issue: number row and ticket in one transaction
      long seq = one(con, "INSERT INTO bench_number (service, day, last) VALUES (?, ?, 1)"
          + " ON CONFLICT (service, day) DO UPDATE SET last = bench_number.last + 1"
          + " RETURNING last", service, DAY);
      id = one(con, "INSERT INTO bench_ticket (service, day, seq, state, version, doc)"
          + " VALUES (?, ?, ?, 'WAITING', 1, ?::jsonb) RETURNING id", service, DAY, (int) seq,
          ticketDoc);
      event(con, id, "ISSUED");
      con.commit();
      // call: counter locked, head taken with SKIP LOCKED
      one(con, "SELECT version FROM bench_counter WHERE id = ? FOR UPDATE", counter);
      long head = one(con, "SELECT id FROM bench_ticket WHERE service = ? AND day = ?"
          + " AND state = 'WAITING' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED", service, DAY);
      if (head != id) {
        throw new IllegalStateException("raw queue called " + head + ", not " + id);
      }
      update(con, "UPDATE bench_ticket SET state = 'CALLED', counter = ?, version = version + 1,"
          + " doc = ?::jsonb WHERE id = ?", counter, ticketDoc, id);
      update(con, "UPDATE bench_counter SET current = ?, version = version + 1 WHERE id = ?",
          id, counter);
      event(con, id, "CALLED");
      con.commit();
      // start serving
      one(con, "SELECT version FROM bench_ticket WHERE id = ? FOR UPDATE", id);
      update(con, "UPDATE bench_ticket SET state = 'SERVING', version = version + 1,"
          + " doc = ?::jsonb WHERE id = ?", ticketDoc, id);
      event(con, id, "SERVING");
      con.commit();
      // finish
      one(con, "SELECT version FROM bench_ticket WHERE id = ? FOR UPDATE", id);
      update(con, "UPDATE bench_ticket SET state = 'DONE', version = version + 1,"
          + " doc = ?::jsonb WHERE id = ?", ticketDoc, id);
      update(con, "UPDATE bench_counter SET current = NULL, version = version + 1 WHERE id = ?",
          counter);
      event(con, id, "DONE");
      con.commit();
      return id;
    }
  }

  private static void event(Connection con, long ticket, String type) throws SQLException {
    update(con, "INSERT INTO bench_event (ticket, type) VALUES (?, ?)", ticket, type);
  }

  private static long one(Connection con, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(con, sql, params); ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("no row: " + sql);
      }
      return rs.getLong(1);
    }
  }

  private static void update(Connection con, String sql, Object... params)
      throws SQLException {
    try (PreparedStatement ps = prepare(con, sql, params)) {
      ps.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection con, String sql, Object... params)
      throws SQLException {
    PreparedStatement ps = con.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
    return ps;
  }
}
