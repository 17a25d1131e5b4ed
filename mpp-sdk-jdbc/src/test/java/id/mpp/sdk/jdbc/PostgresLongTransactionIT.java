package id.mpp.sdk.jdbc;

import static id.mpp.sdk.jdbc.QueueFixture.L1;
import static id.mpp.sdk.jdbc.QueueFixture.L2;
import static id.mpp.sdk.jdbc.QueueFixture.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.mpp.sdk.jdbc.PostgresDiagnostics.TableStatistics;
import id.mpp.sdk.queue.CounterId;
import id.mpp.sdk.queue.Ticket;
import id.mpp.sdk.queue.TicketQuery;
import id.mpp.sdk.queue.TicketState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reliability case D3: a long {@code REPEATABLE READ} transaction holds its snapshot (and so the
 * xmin horizon) while the queue works through 750 tickets (3,000 transitions: issue, call,
 * serve, finish). The queue keeps working; VACUUM cannot remove the dead row versions while the
 * snapshot is held, and {@link PostgresStores#diagnostics()} shows both the open transaction
 * (with its age by the database's clock) and the dead rows; once the transaction ends, VACUUM
 * removes them all.
 *
 * <p>Table statistics are updated asynchronously. The test does not wait for them: VACUUM sets
 * a table's dead-row count itself when it ends, and before each VACUUM every pooled session is
 * made to report its pending counts ({@code pg_stat_force_next_flush()}, PostgreSQL 15+), so no
 * late report can change the figures after it. Autovacuum is off on the SDK's tables so that
 * only the test's VACUUM runs.
 */
@Tag("reliability")
class PostgresLongTransactionIT {

  private static final int POOL = 3;
  private static final int TICKETS = 750;

  private HikariDataSource pool;
  private DataSource direct;
  private PostgresStores stores;

  @BeforeEach
  void open() {
    String database = PostgresTestDatabase.createDatabase();
    pool = PostgresTestDatabase.pool(database, POOL);
    direct = PostgresTestDatabase.server().getDatabase("postgres", database);
    stores = PostgresStores.open(pool);
  }

  @AfterEach
  void close() {
    stores.close();
    pool.close();
  }

  @Test
  void vacuum_whenARepeatableReadTransactionHoldsItsSnapshot_keepsDeadRowsUntilItEnds()
      throws SQLException {
    QueueFixture site = new QueueFixture(stores.queueStore());
    List<String> tables = stores.diagnostics().tables().stream().map(TableStatistics::name)
        .toList();
    assertThat(tables).contains("mpp_queue_ticket", "mpp_queue_counter", "mpp_application")
        .doesNotContain(PostgresStores.HISTORY_TABLE);
    for (String table : tables) {
      execute("ALTER TABLE " + table + " SET (autovacuum_enabled = false)");
    }
    assertThat(stores.diagnostics().openTransactions()).as("nothing open before").isZero();

    int operations = 0;
    List<Ticket> done = new ArrayList<>();
    OffsetDateTime heldSince;
    try (Connection holder = direct.getConnection()) {
      holder.setAutoCommit(false);
      holder.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      long ticketsSeen;
      try (Statement s = holder.createStatement();
          ResultSet rs = s.executeQuery("SELECT now(), count(*) FROM mpp_queue_ticket")) {
        rs.next();
        heldSince = rs.getObject(1, OffsetDateTime.class);
        ticketsSeen = rs.getLong(2);
      }

      for (int i = 0; i < TICKETS; i++) {
        CounterId counter = i % 2 == 0 ? L1 : L2;
        Ticket issued = site.issue();
        Ticket called = site.callNext(counter);
        assertThat(called.id()).as("ticket %d called in order", i).isEqualTo(issued.id());
        site.desk.startServing(called.id(), OFFICER);
        done.add(site.desk.finish(called.id(), OFFICER));
        operations += 4;
      }
      flushStatistics();
      execute("VACUUM " + String.join(", ", tables));

      PostgresDiagnostics held = stores.diagnostics();
      assertThat(held.openTransactions()).as("the held transaction, seen by the diagnostics")
          .isEqualTo(1);
      assertThat(held.oldestTransactionAge()).as("its age by the database's clock")
          .isEqualTo(Duration.between(heldSince.toInstant(), held.takenAt()))
          .isPositive();
      assertThat(held.findTable("mpp_queue_ticket").orElseThrow().deadTuples())
          .as("every ticket's issued, called and serving versions kept: " + held)
          .isGreaterThanOrEqualTo(3L * TICKETS);
      assertThat(held.findTable("mpp_queue_counter").orElseThrow().deadTuples())
          .as("the counters' called and finished versions kept")
          .isGreaterThanOrEqualTo(2L * TICKETS);
      System.out.printf("D3 held: %d open transaction(s), oldest %s; dead tuples %d (tickets %d,"
          + " counters %d)%n", held.openTransactions(), held.oldestTransactionAge(),
          held.deadTuples(), held.findTable("mpp_queue_ticket").orElseThrow().deadTuples(),
          held.findTable("mpp_queue_counter").orElseThrow().deadTuples());
      try (Statement s = holder.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM mpp_queue_ticket")) {
        rs.next();
        assertThat(rs.getLong(1)).as("the snapshot still sees the tickets of its start")
            .isEqualTo(ticketsSeen);
      }
      holder.commit();
    }

    flushStatistics();
    execute("VACUUM " + String.join(", ", tables));
    PostgresDiagnostics after = stores.diagnostics();
    System.out.printf("D3 after commit + VACUUM: %d open transaction(s); dead tuples %d%n",
        after.openTransactions(), after.deadTuples());

    assertThat(after.openTransactions()).isZero();
    assertThat(after.oldestTransactionAge()).isZero();
    assertThat(after.deadTuples()).as("every dead version removed once the snapshot ended: "
        + after.tables().stream().filter(t -> t.deadTuples() > 0).map(TableStatistics::toString)
            .collect(Collectors.joining(", "))).isZero();
    assertThat(operations).as("every queue operation during the hold succeeded")
        .isEqualTo(4 * TICKETS);
    assertThat(done).allSatisfy(t -> assertThat(t.state()).isEqualTo(TicketState.DONE));
    assertThat(site.desk.listTickets(TicketQuery.day(site.clock.instant()
        .atZone(QueueFixture.WIB).toLocalDate()).limit(TICKETS + 1)))
        .as("all tickets stored").hasSize(TICKETS);
    Ticket next = site.issue();
    assertThat(site.callNext(L1).id()).as("the queue works after the vacuum")
        .isEqualTo(next.id());
  }

  /**
   * Makes every pooled session report its pending table counts now: with all of the pool's
   * connections borrowed at once, each runs {@code pg_stat_force_next_flush()}, which the
   * session acts on before it answers.
   */
  private void flushStatistics() throws SQLException {
    List<Connection> all = new ArrayList<>();
    try {
      for (int i = 0; i < POOL; i++) {
        Connection c = pool.getConnection();
        all.add(c);
        try (Statement s = c.createStatement()) {
          s.execute("SELECT pg_stat_force_next_flush()");
        }
      }
    } finally {
      for (Connection c : all) {
        c.close();
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = direct.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
