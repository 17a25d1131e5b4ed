package id.mpp.sdk.examples.day;

import static org.assertj.core.api.Assertions.assertThat;

import id.mpp.sdk.validation.MppValidator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated day with {@code --jdbc-url}: the hub finds the PostgreSQL stores of
 * mpp-sdk-jdbc through ServiceLoader, migrates an empty embedded database and runs the whole day
 * on it; every ticket and application the day made is in the database afterwards.
 */
class MppDayPostgresIT {

  private static EmbeddedPostgres db;

  @TempDir
  Path out;

  @BeforeAll
  static void startDatabase() throws IOException {
    db = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    db.close();
  }

  @Test
  void run_whenJdbcUrlGiven_runsTheDayOnPostgresAndKeepsEveryRow() throws SQLException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    DayOptions options = new DayOptions(40, 16, 0, 0.05, 7L,
        db.getJdbcUrl("postgres", "postgres"), "postgres", null, out, MppValidator.ENGLISH,
        true, false);

    DayResult r = MppDay.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

    long issued = r.tickets().values().stream().mapToLong(Long::longValue).sum();
    assertThat(issued).isEqualTo(40);
    assertThat(r.applicationsAtAgencies()).isEqualTo(r.ledger().applicationsCreated);
    assertThat(count("SELECT count(*) FROM mpp_queue_ticket")).isEqualTo(40);
    assertThat(count("SELECT count(*) FROM mpp_queue_ticket WHERE state IN ('WAITING',"
        + " 'CALLED', 'SERVING')")).as("nobody left in the queue at close").isZero();
    assertThat(count("SELECT count(*) FROM mpp_application"))
        .isEqualTo(r.ledger().applicationsCreated);
    assertThat(count("SELECT count(DISTINCT event_id) FROM mpp_status_event"))
        .isEqualTo(count("SELECT count(*) FROM mpp_status_event"));
    assertThat(count("SELECT count(*) FROM mpp_schema_history WHERE success")).isEqualTo(2);
    assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("password");
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = db.getPostgresDatabase().getConnection();
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
