package id.mpp.sdk.jdbc;

import static id.mpp.sdk.jdbc.QueueFixture.L1;
import static id.mpp.sdk.jdbc.QueueFixture.OFFICER;
import static id.mpp.sdk.tracking.TrackingFixtures.T0;
import static id.mpp.sdk.tracking.TrackingFixtures.application;
import static id.mpp.sdk.tracking.TrackingFixtures.create;
import static id.mpp.sdk.tracking.TrackingFixtures.message;
import static id.mpp.sdk.tracking.TrackingFixtures.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import id.mpp.sdk.ConflictException;
import id.mpp.sdk.queue.CommandOptions;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketCommand;
import id.mpp.sdk.queue.TicketState;
import id.mpp.sdk.tracking.Application;
import id.mpp.sdk.tracking.ApplicationStatus;
import id.mpp.sdk.tracking.IdempotencyRecord;
import id.mpp.sdk.tracking.OutboxMessage;
import id.mpp.sdk.tracking.TrackingChange;
import id.mpp.sdk.tracking.TrackingFixtures;
import id.mpp.sdk.tracking.TrackingNumber;
import id.mpp.sdk.tracking.TrackingStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reliability case D4: a status append (or a queue command) that hits the statement timeout
 * behind a row another transaction holds locked, or a server out of disk space. Each gives a
 * typed, retryable {@link StoreException} at once, leaves the application's version, its status
 * log and its outbox as they were (read back from the tables, not through the store), and the
 * same change repeated after the fault is gone commits exactly once.
 */
@Tag("reliability")
class PostgresAppendFaultIT {

  private static final Duration TIMEOUT = Duration.ofMillis(300);

  private HikariDataSource pool;
  private PostgresStores stores;
  private TrackingStore tracking;

  @BeforeEach
  void open() {
    pool = PostgresTestDatabase.pool(PostgresTestDatabase.createDatabase(), 4);
    stores = PostgresStores.builder().dataSource(pool).statementTimeout(TIMEOUT)
        .transactionAttempts(3, Duration.ZERO).build();
    tracking = stores.trackingStore();
  }

  @AfterEach
  void close() {
    stores.close();
    pool.close();
  }

  @Test
  void commit_whenTheApplicationRowIsLockedPastTheStatementTimeout_failsRetryablyAndWritesNothing()
      throws SQLException {
    Application a = created(1);
    TrackingChange change = append(a);
    Rows before = rows(a.trackingNumber());

    StoreException e;
    try (Connection holder = lockRow("SELECT 1 FROM mpp_application WHERE tracking = ? FOR UPDATE",
        a.trackingNumber().compact())) {
      e = catchThrowableOfType(() -> tracking.commit(change), StoreException.class);
      assertThat(rows(a.trackingNumber())).as("nothing written while the row is locked")
          .isEqualTo(before);
      holder.rollback();
    }

    assertThat(e).as("a typed store error").isNotNull();
    assertThat(e.sqlState()).isEqualTo("57014");
    assertThat(e.operation()).isEqualTo("tracking.commit");
    assertThat(e.isRetryable()).as("retryable: the lock may be gone later").isTrue();
    assertThat(e.outcomeUnknown()).as("the server rolled back; nothing committed").isFalse();
    assertThat(e.attempts()).as("not retried inside: another wait would only hold the caller")
        .isEqualTo(1);
    assertThat(e.getMessage()).contains("statement timeout of 300 ms")
        .contains("nothing was committed").doesNotContain(a.applicant().fullName());
    assertThat(rows(a.trackingNumber())).as("version, status log and outbox unchanged")
        .isEqualTo(before);

    tracking.commit(change);

    assertThat(rows(a.trackingNumber())).as("the retry commits everything once")
        .isEqualTo(new Rows(2, 2, 2, 1));
    assertThatThrownBy(() -> tracking.commit(change)).as("and only once")
        .isInstanceOf(ConflictException.class);
    assertThat(rows(a.trackingNumber())).isEqualTo(new Rows(2, 2, 2, 1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mpp_status_event", "mpp_outbox"})
  void commit_whenTheDiskIsFullOnInsert_failsRetryablyAndLeavesNoPartialAppend(String table)
      throws SQLException {
    Application a = created(2);
    TrackingChange change = append(a);
    Rows before = rows(a.trackingNumber());
    sql("CREATE SEQUENCE disk_full_calls");
    sql("CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        + " PERFORM nextval('disk_full_calls');"
        + " RAISE EXCEPTION 'could not extend file: No space left on device'"
        + " USING ERRCODE = 'disk_full'; END $$");
    sql("CREATE TRIGGER disk_full BEFORE INSERT ON " + table
        + " FOR EACH ROW EXECUTE FUNCTION disk_full()");

    StoreException e = catchThrowableOfType(() -> tracking.commit(change), StoreException.class);

    assertThat(e).as("a typed store error").isNotNull();
    assertThat(e.sqlState()).isEqualTo("53100");
    assertThat(e.isRetryable()).as("retryable once space is freed").isTrue();
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(count("SELECT last_value FROM disk_full_calls"))
        .as("the full disk was hit once, not hammered by retries").isEqualTo(1);
    assertThat(e.getMessage()).contains("out of disk space").contains("nothing was committed");
    assertThat(rows(a.trackingNumber()))
        .as("no version, event or outbox row of the failed append").isEqualTo(before);

    sql("DROP TRIGGER disk_full ON " + table);
    tracking.commit(change);

    assertThat(rows(a.trackingNumber())).as("the retry commits everything once")
        .isEqualTo(new Rows(2, 2, 2, 1));
  }

  @Test
  void callNext_whenTheCounterRowIsLockedPastTheStatementTimeout_failsRetryablyThenCallsOnce()
      throws SQLException {
    QueueFixture site = new QueueFixture(stores.queueStore());
    Ticket first = site.issue();
    long events = count("SELECT count(*) FROM mpp_queue_event WHERE site = ?", site.site.value());
    CommandOptions call = OFFICER.key("call-after-lock");

    StoreException e;
    try (Connection holder = lockRow("SELECT 1 FROM mpp_queue_counter WHERE site = ? AND id = ?"
        + " FOR UPDATE", site.site.value(), L1.value())) {
      e = catchThrowableOfType(() -> site.desk.callNext(L1, call), StoreException.class);
      holder.rollback();
    }

    assertThat(e).as("a typed store error").isNotNull();
    assertThat(e.sqlState()).isEqualTo("57014");
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(site.desk.findTicket(first.id()).orElseThrow().state())
        .isEqualTo(TicketState.WAITING);
    assertThat(site.desk.getCounter(L1).currentTicket()).isNull();
    assertThat(count("SELECT count(*) FROM mpp_queue_event WHERE site = ?", site.site.value()))
        .as("no queue event of the failed call").isEqualTo(events);
    assertThat(count("SELECT count(*) FROM mpp_queue_idempotency WHERE site = ? AND key = ?",
        site.site.value(), "call-after-lock")).as("the key was not claimed").isZero();

    Ticket called = site.desk.callNext(L1, call).calledTicket().orElseThrow();
    Ticket again = site.desk.callNext(L1, call).calledTicket().orElseThrow();

    assertThat(called.id()).isEqualTo(first.id());
    assertThat(again.id()).as("the repeat is a replay").isEqualTo(first.id());
    assertThat(site.desk.listTransitions(first.id()).stream()
        .filter(t -> t.command() == TicketCommand.CALL)).as("called once").hasSize(1);
  }

  @Test
  void nextSequence_whenItsRowIsLockedPastTheStatementTimeout_failsRetryablyAndSkipsNoNumber()
      throws SQLException {
    LocalDate day = LocalDate.of(2026, 3, 16);
    assertThat(tracking.nextSequence("3273", day)).isEqualTo(1);

    StoreException e;
    try (Connection holder = lockRow("SELECT 1 FROM mpp_tracking_sequence"
        + " WHERE site_code = ? AND day = ? FOR UPDATE", "3273", day)) {
      e = catchThrowableOfType(() -> tracking.nextSequence("3273", day), StoreException.class);
      holder.rollback();
    }

    assertThat(e).as("a single statement is bounded too").isNotNull();
    assertThat(e.sqlState()).isEqualTo("57014");
    assertThat(e.operation()).isEqualTo("tracking.nextSequence");
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(tracking.nextSequence("3273", day)).as("the cancelled increment rolled back")
        .isEqualTo(2);
  }

  @Test
  void statementTimeout_whenATransactionEnds_isNotLeftOnThePooledConnection()
      throws SQLException {
    created(3);
    List<Connection> all = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        all.add(pool.getConnection());
      }
      for (Connection c : all) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SHOW statement_timeout")) {
          rs.next();
          assertThat(rs.getString(1)).as("SET LOCAL ends with the transaction").isEqualTo("0");
        }
      }
    } finally {
      for (Connection c : all) {
        c.close();
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  /** What an append writes, read from the tables themselves. */
  private record Rows(long version, long events, long outbox, long keys) {
  }

  private Rows rows(TrackingNumber n) throws SQLException {
    String id = n.compact();
    return new Rows(count("SELECT version FROM mpp_application WHERE tracking = ?", id),
        count("SELECT count(*) FROM mpp_status_event WHERE tracking = ?", id),
        count("SELECT count(*) FROM mpp_outbox WHERE tracking = ?", id),
        count("SELECT count(*) FROM mpp_tracking_key WHERE key = ?", "append-" + id));
  }

  /** An application at version 1 with its first event and one outbox message. */
  private Application created(int sequence) {
    Application a = application(number(sequence));
    tracking.commit(create(a, message("submit-" + sequence, a.trackingNumber(),
        OutboxMessage.Type.SUBMIT, T0)));
    return a;
  }

  /** A status append that also writes an outbox message and claims a key. */
  private static TrackingChange append(Application a) {
    TrackingChange base = TrackingFixtures.append(a, "received-" + a.trackingNumber().compact(),
        ApplicationStatus.RECEIVED, T0.plusSeconds(60));
    return new TrackingChange(base.application(), base.expectedVersion(), base.events(),
        List.of(message("notify-" + a.trackingNumber().compact(), a.trackingNumber(),
            OutboxMessage.Type.NOTIFY, T0.plusSeconds(60))), List.of(),
        List.of(new IdempotencyRecord("append-" + a.trackingNumber().compact(),
            a.trackingNumber(), "receive", T0)));
  }

  /** Opens a transaction that holds a row lock until the caller rolls it back. */
  private Connection lockRow(String sql, Object... params) throws SQLException {
    Connection c = pool.getConnection();
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("the row to lock exists").isTrue();
      }
    }
    return c;
  }

  private long count(String sql, Object... params) throws SQLException {
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private void sql(String sql) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
