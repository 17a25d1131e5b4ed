package id.mpp.sdk.jdbc;

import static id.mpp.sdk.jdbc.QueueFixture.L1;
import static id.mpp.sdk.jdbc.QueueFixture.L2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import id.mpp.sdk.queue.Counter;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketCommand;
import id.mpp.sdk.queue.TicketState;
import id.mpp.sdk.queue.TicketTransition;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the database under the queue (reliability list F-DB): a connection killed in the
 * middle of call-next, every attempt losing its connection, a database restart. After each, no
 * ticket is lost or called twice, the caller got either the call or a retryable error, and the
 * desk works again.
 */
@Tag("reliability")
class PostgresFaultIT {

  private HikariDataSource pool;
  private PostgresStores stores;

  @AfterEach
  void close() {
    if (stores != null) {
      stores.close();
    }
    if (pool != null) {
      pool.close();
    }
  }

  private KillingDataSource killing(int attempts) {
    String database = PostgresTestDatabase.createDatabase();
    pool = PostgresTestDatabase.pool(database, 4);
    KillingDataSource source = new KillingDataSource(pool,
        PostgresTestDatabase.server().getPostgresDatabase(), "SKIP LOCKED");
    stores = PostgresStores.builder().dataSource(source)
        .transactionAttempts(attempts, Duration.ZERO).build();
    return source;
  }

  @Test
  void callNext_whenConnectionKilledMidCall_retriesTheWholeTransactionAndCallsOnce() {
    KillingDataSource source = killing(3);
    QueueFixture site = new QueueFixture(stores.queueStore());
    Ticket first = site.issue();
    Ticket second = site.issue();
    source.arm(1);

    Ticket called = site.callNext(L1);

    assertThat(source.kills.get()).isEqualTo(1);
    assertThat(source.markedStatements.get()).as("call heads ran again on a new connection")
        .isGreaterThanOrEqualTo(2);
    assertThat(called.id()).isEqualTo(first.id());
    assertThat(calls(site, first)).as("one CALL transition").hasSize(1);
    assertThat(site.desk.findTicket(second.id()).orElseThrow().state())
        .isEqualTo(TicketState.WAITING);
    assertThat(site.callNext(L2).id()).as("the next counter gets the next ticket")
        .isEqualTo(second.id());
  }

  @Test
  void callNext_whenEveryAttemptLosesItsConnection_failsRetryablyAndLeavesNothingBehind() {
    KillingDataSource source = killing(2);
    QueueFixture site = new QueueFixture(stores.queueStore());
    Ticket first = site.issue();
    source.arm(2);

    StoreException e = catchThrowableOfType(() -> site.callNext(L1), StoreException.class);

    assertThat(e.isRetryable()).isTrue();
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.sqlState()).satisfiesAnyOf(s -> assertThat(s).startsWith("08"),
        s -> assertThat(s).startsWith("57P"));
    assertThat(source.kills.get()).isEqualTo(2);
    Ticket after = site.desk.findTicket(first.id()).orElseThrow();
    assertThat(after.state()).isEqualTo(TicketState.WAITING);
    assertThat(after.version()).isEqualTo(first.version());
    Counter counter = site.desk.getCounter(L1);
    assertThat(counter.currentTicket()).isNull();

    assertThat(site.callNext(L1).id()).as("recovered: the same ticket, called once")
        .isEqualTo(first.id());
    assertThat(calls(site, first)).hasSize(1);
  }

  @Test
  void callNext_whenTheDatabaseRestarts_failsRetryablyThenRecoversWithNothingLost(
      @TempDir Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("pgdata"));
    int port = PostgresTestDatabase.freePort();
    EmbeddedPostgres db = PostgresTestDatabase.startOn(data, port);
    String url = db.getJdbcUrl("postgres", "postgres");
    stores = PostgresStores.builder().jdbcUrl(url, "postgres", null).maxPoolSize(2)
        .connectionTimeout(Duration.ofMillis(500)).transactionAttempts(3, Duration.ZERO).build();
    QueueFixture site = new QueueFixture(stores.queueStore());
    Ticket first = site.issue();
    Ticket second = site.issue();
    assertThat(site.callNext(L1).id()).isEqualTo(first.id());

    db.close();
    StoreException down = catchThrowableOfType(() -> site.callNext(L2), StoreException.class);
    assertThat(down.isRetryable()).isTrue();
    assertThat(down.getMessage()).doesNotContain(url).doesNotContain(String.valueOf(port));

    db = PostgresTestDatabase.startOn(data, port);
    try {
      assertThat(site.callNext(L2).id()).as("the ticket not called before the restart")
          .isEqualTo(second.id());
      Ticket third = site.issue();
      assertThat(third.sequence()).as("numbering goes on without reuse").isEqualTo(3);
      assertThat(site.desk.findTicket(first.id()).orElseThrow().state())
          .isEqualTo(TicketState.CALLED);
      assertThat(calls(site, first)).hasSize(1);
      assertThat(calls(site, second)).hasSize(1);
    } finally {
      stores.close();
      stores = null;
      db.close();
    }
  }

  @Test
  void open_whenTheSchemaIsNewerThanThisSdk_refusesNotRetryably() throws SQLException {
    String database = PostgresTestDatabase.createDatabase();
    pool = PostgresTestDatabase.pool(database, 2);
    PostgresStores.open(pool).close();
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO mpp_schema_history (installed_rank, version, description, type,"
          + " script, checksum, installed_by, execution_time, success)"
          + " VALUES (99, '99', 'from a newer sdk', 'SQL', 'V99__newer.sql', 0, 'postgres', 1,"
          + " true)");
    }

    StoreException e = catchThrowableOfType(() -> PostgresStores.open(pool),
        StoreException.class);

    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getMessage()).contains("version 99").contains("newer than this SDK");
  }

  @Test
  void open_whenTheDatabaseIsDown_failsRetryably() throws IOException {
    int port = PostgresTestDatabase.freePort();
    StoreException e = catchThrowableOfType(() -> PostgresStores.builder()
        .jdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/mpp", "mpp", null)
        .connectionTimeout(Duration.ofMillis(300)).build(), StoreException.class);

    assertThat(e.isRetryable()).isTrue();
    assertThat(e.operation()).isEqualTo("migrate");
  }

  private static List<TicketTransition> calls(QueueFixture site, Ticket t) {
    return site.desk.listTransitions(t.id()).stream()
        .filter(tr -> tr.command() == TicketCommand.CALL).toList();
  }
}
